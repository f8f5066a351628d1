import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/paging/page-query.dto';
import { ApplicationStatus } from '../application-status';
import { NotBlank } from '../../common/validation/field-rules';

/** The company sets a status, with an optional message the student receives by e-mail. */
export class ChangeApplicationStatusDto {
  @ApiProperty({ enum: ApplicationStatus })
  @IsEnum(ApplicationStatus)
  status!: ApplicationStatus;

  @ApiPropertyOptional({ maxLength: 5000, description: 'Sent to the student with the new status' })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(5000)
  message?: string;
}

/** A message relayed by the platform between the company and the student. */
export class ApplicationMessageDto {
  @ApiProperty({ minLength: 1, maxLength: 5000 })
  @IsString()
  @NotBlank()
  @Length(1, 5000)
  message!: string;
}

/** Lists of applications: by status. */
export class ApplicationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ApplicationStatus })
  @IsOptional()
  @IsEnum(ApplicationStatus)
  status?: ApplicationStatus;
}

/** "Consulter les réponses à mes offres": across the company's offers, by status or offer. */
export class CompanyApplicationQueryDto extends ApplicationQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  offerId?: string;
}
