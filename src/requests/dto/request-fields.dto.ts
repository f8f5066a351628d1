import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { NotNull, tidyIfString } from '../../common/validation/field-rules';
import { IsReferenceCode } from '../../reference/is-reference-code.validator';
import { normaliseCodeList, normaliseTextList } from '../../common/validation/text-list';

export const MAX_KEYWORDS = 30;

/** The editable fields of a request except the title, shared by creation and update. All optional. */
export class RequestFieldsDto {
  @ApiPropertyOptional({ maxLength: 5000, example: 'Étudiant en 3e année, je cherche un stage de fin d’études…' })
  @NotNull()
  @IsString()
  @MaxLength(5000)
  message?: string;

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_KEYWORDS,
    description: 'Skills and keywords; trimmed, duplicates (ignoring case) removed, each at most 60 characters',
    example: ['TypeScript', 'PostgreSQL'],
  })
  @NotNull()
  @Transform(({ value }) => normaliseTextList(value))
  @IsArray()
  @ArrayMaxSize(MAX_KEYWORDS)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  keywords?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 20, description: 'NACE Rev. 2 division codes', example: ['62'] })
  @NotNull()
  @Transform(({ value }) => normaliseCodeList(value, 'upper'))
  @IsArray()
  @ArrayMaxSize(20)
  @IsReferenceCode('nace_division', { each: true })
  wantedNaceDivisions?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 30, description: 'ISO 3166-1 alpha-2 codes', example: ['TN', 'FR'] })
  @NotNull()
  @Transform(({ value }) => normaliseCodeList(value, 'upper'))
  @IsArray()
  @ArrayMaxSize(30)
  @IsReferenceCode('country', { each: true })
  wantedCountries?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 20, example: ['Tunis', 'Sfax'] })
  @NotNull()
  @Transform(({ value }) => normaliseTextList(value))
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  wantedCities?: string[];

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2026-02-02' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'startDate must be a date as YYYY-MM-DD', context: { message: 'isDay' } })
  @IsISO8601(
    { strict: true },
    { message: 'startDate must be a valid calendar date', context: { message: 'isCalendarDay' } },
  )
  startDate?: string | null;

  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 52, nullable: true, example: 16 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(52)
  durationWeeks?: number | null;

  @ApiPropertyOptional({ type: [String], maxItems: 10, description: 'ISO 639-1 codes', example: ['fr', 'en'] })
  @NotNull()
  @Transform(({ value }) => normaliseCodeList(value, 'lower'))
  @IsArray()
  @ArrayMaxSize(10)
  // No language list in the reference data yet: the shape of an ISO 639-1 code is checked.
  @Matches(/^[a-z]{2}$/, {
    each: true,
    message: 'each value in languages must be an ISO 639-1 code (e.g. fr)',
    context: { message: 'isLanguage' },
  })
  languages?: string[];

  @ApiPropertyOptional({ description: 'Whether companies may find this request once published', default: false })
  @NotNull()
  @IsBoolean()
  visibleToCompanies?: boolean;
}

export class CreateRequestDto extends RequestFieldsDto {
  @ApiProperty({ minLength: 3, maxLength: 150, example: 'Stage de fin d’études en développement web' })
  @Transform(tidyIfString)
  @IsString()
  @Length(3, 150)
  title!: string;
}

export class UpdateRequestDto extends RequestFieldsDto {
  @ApiPropertyOptional({ minLength: 3, maxLength: 150 })
  @NotNull()
  @Transform(tidyIfString)
  @IsString()
  @Length(3, 150)
  title?: string;
}
