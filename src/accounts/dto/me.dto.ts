import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { Role } from '../../common/auth/role.enum';
import { NotBlank } from '../../common/validation/field-rules';

class StudentSideDto {
  @ApiProperty() programmeId!: string;
  @ApiProperty() programmeName!: string;
  @ApiProperty() universityId!: string;
  @ApiProperty() universityName!: string;
  @ApiProperty() studyYear!: number;
  @ApiProperty({ description: "The university's country", example: 'TN' }) universityCountry!: string;
  @ApiProperty({ type: String, nullable: true, description: "The student's own country of residence", example: 'FR' })
  residenceCountry!: string | null;
}

class CompanySideDto {
  @ApiProperty() companyId!: string;
  @ApiProperty() companyName!: string;
  @ApiProperty({ enum: ['active', 'pending', 'rejected'] }) membershipStatus!: string;
  @ApiProperty({
    enum: ['pending', 'approved', 'rejected'],
    description: 'The company awaits approval by the platform before its contacts read profiles or publish offers',
  })
  companyApprovalStatus!: string;
}

export class MeDto {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: Role }) role!: Role;
  @ApiProperty({ nullable: true, type: String, enum: ['M.', 'Mme'] }) civility!: string | null;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ enum: ['fr', 'en'] }) locale!: string;
  @ApiProperty({ nullable: true, type: String }) universityId!: string | null;
  @ApiPropertyOptional({ type: StudentSideDto }) student?: StudentSideDto;
  @ApiPropertyOptional({ type: CompanySideDto }) company?: CompanySideDto;
}

export class UpdateMeDto {
  @ApiPropertyOptional({ enum: ['M.', 'Mme'] })
  @IsOptional()
  @IsIn(['M.', 'Mme'])
  civility?: 'M.' | 'Mme';

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  firstName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  lastName?: string;

  @ApiPropertyOptional({ enum: ['fr', 'en'] })
  @IsOptional()
  @IsIn(['fr', 'en'])
  locale?: 'fr' | 'en';
}
