import { IsDecimal } from '../../../common/validation/field-rules';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/paging/page-query.dto';

/** Multi-line text: only the ends are trimmed, the lines are kept as written. */
const trimIfString = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A day of the internship reported by its student. */
export class CreateJournalEntryDto {
  @ApiProperty({ example: '2027-02-15', description: 'The day reported on (within the internship, not in the future)' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
    message: 'date must be a day, YYYY-MM-DD',
    context: { message: 'isDay' },
  })
  date!: string;

  @ApiProperty({ minLength: 1, maxLength: 10000, description: 'What was done' })
  @Transform(trimIfString)
  @IsString()
  @Length(1, 10000)
  tasks!: string;

  @ApiPropertyOptional({
    maxLength: 10000,
    description: 'Difficulties met; any text flags the entry and is e-mailed to both tutors',
  })
  @IsOptional()
  @Transform(trimIfString)
  @IsString()
  @MaxLength(10000)
  difficulties?: string;

  @ApiProperty({ minimum: 0.25, maximum: 24, example: 7.5, description: 'Hours worked that day' })
  @IsDecimal(2)
  @Min(0.25)
  @Max(24)
  hours!: number;
}

/** A tutor's comment on an entry. */
export class CreateJournalCommentDto {
  @ApiProperty({ minLength: 1, maxLength: 5000 })
  @Transform(trimIfString)
  @IsString()
  @Length(1, 5000)
  body!: string;
}

/** The journal, newest first; `flagged=true` keeps the entries reporting a difficulty. */
export class JournalQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  flagged?: boolean;
}
