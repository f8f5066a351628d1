import { IsDecimal } from '../../../common/validation/field-rules';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageQueryDto } from '../../../common/paging/page-query.dto';
import { InternshipStatus } from '../internship-party';

const ACADEMIC_YEAR = /^[0-9]{4}-[0-9]{4}$/;
/** Optional, but never null: `null` is refused by the field's own rules (only tutors may be cleared). */
const Absent = () => ValidateIf((_: object, value: unknown) => value !== undefined);

/** The "fiche de stage" fields anyone completing it may send. */
export class InternshipSheetDto {
  @ApiPropertyOptional({ format: 'date' }) @Absent() @IsDateString({ strict: true }) startDate?: string;
  @ApiPropertyOptional({ format: 'date' }) @Absent() @IsDateString({ strict: true }) endDate?: string;
  @ApiPropertyOptional({ maxLength: 200 }) @Absent() @IsString() @Length(1, 200) title?: string;
  @ApiPropertyOptional({ maxLength: 20000 }) @Absent() @IsString() @MaxLength(20000) description?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description:
      'An active contact of the host company; null removes the tutor (before the start only: then replace them)',
  })
  @IsOptional()
  @IsUUID('all')
  companyTutorId?: string | null;
}

/** A direct agreement, without an offer: the programme manager records it. */
export class CreateInternshipDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') studentId!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') companyId!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'An offer of that company, when there is one' })
  @IsOptional()
  @IsUUID('all')
  offerId?: string;
  @ApiProperty({ format: 'date' }) @IsDateString({ strict: true }) startDate!: string;
  @ApiProperty({ format: 'date' }) @IsDateString({ strict: true }) endDate!: string;
  @ApiProperty({ maxLength: 200 }) @IsString() @Length(1, 200) title!: string;
  @ApiPropertyOptional({ maxLength: 20000 }) @IsOptional() @IsString() @MaxLength(20000) description?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'An active contact of the host company' })
  @IsOptional()
  @IsUUID('all')
  companyTutorId?: string;
}

/** Edits of the sheet; the university's fields are for the programme manager (or an admin). */
export class UpdateInternshipDto extends InternshipSheetDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'A programme of the student’s university' })
  @Absent()
  @IsUUID('all')
  programmeId?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 8 }) @Absent() @IsInt() @Min(1) @Max(8) studyYear?: number;
  @ApiPropertyOptional({ example: '2026-2027' })
  @Absent()
  @Matches(ACADEMIC_YEAR, { message: 'academicYear must read like 2026-2027', context: { message: 'isAcademicYear' } })
  academicYear?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description:
      'An academic tutor of the student’s university; null removes the tutor (before the start only: then replace them)',
  })
  @IsOptional()
  @IsUUID('all')
  academicTutorId?: string | null;
}

export class InternshipQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '2026-2027' })
  @IsOptional()
  @Matches(ACADEMIC_YEAR, { message: 'academicYear must read like 2026-2027', context: { message: 'isAcademicYear' } })
  academicYear?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all') programmeId?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 8 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(8)
  studyYear?: number;
  @ApiPropertyOptional({ enum: InternshipStatus })
  @IsOptional()
  @IsIn(Object.values(InternshipStatus))
  status?: InternshipStatus;

  @ApiPropertyOptional({
    description: 'Only internships with a step waiting for me: to hand in (its prerequisites validated) or to validate',
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  waitingForMe?: boolean;
}

/** What the performer hands in for a step. */
export class SubmitStepDto {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'form: the answers (a JSON object); document: { "documentId": … } of one of your documents; none: nothing',
  })
  @IsOptional()
  @IsObject()
  evidence?: Record<string, unknown>;

  @ApiPropertyOptional({ minimum: 0, maximum: 20, description: 'Required by graded steps (evaluations, defence)' })
  @IsOptional()
  @IsDecimal(2)
  @Min(0)
  @Max(20)
  grade?: number;

  @ApiPropertyOptional({ enum: ['grant', 'refuse'], description: 'The label decision step only' })
  @IsOptional()
  @IsIn(['grant', 'refuse'])
  decision?: 'grant' | 'refuse';

  @ApiPropertyOptional({ maxLength: 2000, description: 'Why the label is refused (required then)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class ValidateStepDto {
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}

/** Why a validator sends a submitted step back to its performer. */
export class ReturnStepDto {
  @ApiProperty({ maxLength: 2000, description: 'What to put right; e-mailed to the performer' })
  @IsString()
  @Matches(/\S/, { message: 'comment must not be blank', context: { message: 'isNotBlank' } })
  @MaxLength(2000)
  comment!: string;
}

/** Why the internship is cancelled. */
export class CancelInternshipDto {
  @ApiProperty({ maxLength: 2000, description: 'E-mailed to the student and the tutors' })
  @IsString()
  @Matches(/\S/, { message: 'reason must not be blank', context: { message: 'isNotBlank' } })
  @MaxLength(2000)
  reason!: string;
}
