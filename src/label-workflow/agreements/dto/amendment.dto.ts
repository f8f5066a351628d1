import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { NotNull } from '../../../common/validation/field-rules';

/** An amendment ("avenant"): new dates and/or tutors; everything else is carried over from the current version. */
export class AmendmentDto {
  @ApiPropertyOptional({ format: 'date', example: '2027-02-08' })
  @NotNull()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'startDate must be a date as YYYY-MM-DD', context: { message: 'isDay' } })
  @IsISO8601(
    { strict: true },
    { message: 'startDate must be a valid calendar date', context: { message: 'isCalendarDay' } },
  )
  startDate?: string;

  @ApiPropertyOptional({ format: 'date', example: '2027-06-30' })
  @NotNull()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'endDate must be a date as YYYY-MM-DD', context: { message: 'isDay' } })
  @IsISO8601(
    { strict: true },
    { message: 'endDate must be a valid calendar date', context: { message: 'isCalendarDay' } },
  )
  endDate?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'An active contact of the host company' })
  @NotNull()
  @IsUUID('all')
  companyTutorId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'An academic tutor account' })
  @NotNull()
  @IsUUID('all')
  academicTutorId?: string;

  @ApiPropertyOptional({ maxLength: 1000, description: 'Why the agreement changes (kept in the audit)' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}
