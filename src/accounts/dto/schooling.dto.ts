import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { IsReferenceCode } from '../../reference/is-reference-code.validator';

export class UpdateSchoolingDto {
  @ApiPropertyOptional({ description: 'A programme of any university (the student moves with it)' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 5 })
  @IsOptional()
  @Type(() => Number)
  @IsReferenceCode('study_year')
  studyYear?: number;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: "The student's own country of residence (ISO code), not the university's; null clears it",
    example: 'TN',
  })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsReferenceCode('country')
  residenceCountry?: string | null;
}
