import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsReferenceCode } from '../../reference/is-reference-code.validator';
import { defaultSort, ProfileSearchCriteria, ProfileSort } from '../profile-search-criteria';
import { decodeCursor } from '../query/search-cursor';
import { IsNotBefore, IsSearchCursor, toIntegerList, toList } from './search-query.validators';

const LIST = 'Repeat the parameter or separate values with commas.';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `GET /profiles/search`: keywords, facet filters, plain filters, sort and paging. */
export class ProfileSearchQueryDto {
  @ApiPropertyOptional({
    maxLength: 200,
    description:
      'Keywords, French-aware (accents, plurals, elision, case) and typo-tolerant on titles and keywords. ' +
      'Up to three words must all match, beyond that three in four; "quoted words" must match as a phrase.',
    example: 'développement web',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ type: [String], description: `Facet: NACE divisions (sectors). ${LIST}`, example: ['62'] })
  @IsOptional()
  @Transform(({ value }) => toList(value))
  @IsArray()
  @ArrayMaxSize(50)
  @IsReferenceCode('nace_division', { each: true })
  sector?: string[];

  @ApiPropertyOptional({ type: [String], description: `Filter: NACE sections. ${LIST}`, example: ['J'] })
  @IsOptional()
  @Transform(({ value }) => toList(value, 'upper'))
  @IsArray()
  @ArrayMaxSize(21)
  @IsReferenceCode('nace_section', { each: true })
  section?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: `Facet: wanted countries (ISO 3166-1 alpha-2). ${LIST}`,
    example: ['FR', 'TN'],
  })
  @IsOptional()
  @Transform(({ value }) => toList(value, 'upper'))
  @IsArray()
  @ArrayMaxSize(50)
  @IsReferenceCode('country', { each: true })
  country?: string[];

  @ApiPropertyOptional({ type: [Number], description: `Facet: years of study. ${LIST}`, example: [4, 5] })
  @IsOptional()
  @Transform(({ value }) => toIntegerList(value))
  @IsArray()
  @IsReferenceCode('study_year', { each: true })
  studyYear?: number[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: `Facet: programmes ("filières"). ${LIST}` })
  @IsOptional()
  @Transform(({ value }) => toList(value, 'lower'))
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  programme?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: `Facet: universities. ${LIST}` })
  @IsOptional()
  @Transform(({ value }) => toList(value, 'lower'))
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  university?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: `Filter: languages (ISO 639-1), any of them. ${LIST}`,
    example: ['fr'],
  })
  @IsOptional()
  @Transform(({ value }) => toList(value, 'lower'))
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(/^[a-z]{2}$/, {
    each: true,
    message: 'each value in language must be an ISO 639-1 code (e.g. fr)',
    context: { message: 'isLanguage' },
  })
  language?: string[];

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    description:
      "Available from this date: the request's availability overlaps [availableFrom, availableTo]. " +
      'A request without dates counts as flexible and matches.',
    example: '2026-02-01',
  })
  @IsOptional()
  @Matches(DATE, { message: 'availableFrom must be a date as YYYY-MM-DD', context: { message: 'isDay' } })
  @IsISO8601(
    { strict: true },
    { message: 'availableFrom must be a valid calendar date', context: { message: 'isCalendarDay' } },
  )
  availableFrom?: string;

  @ApiPropertyOptional({ type: String, format: 'date', example: '2026-06-30' })
  @IsOptional()
  @Matches(DATE, { message: 'availableTo must be a date as YYYY-MM-DD', context: { message: 'isDay' } })
  @IsISO8601(
    { strict: true },
    { message: 'availableTo must be a valid calendar date', context: { message: 'isCalendarDay' } },
  )
  @IsNotBefore('availableFrom')
  availableTo?: string;

  @ApiPropertyOptional({
    enum: ProfileSort,
    description: 'Default: relevance with keywords, date (newest first) without',
  })
  @IsOptional()
  @IsEnum(ProfileSort)
  sort?: ProfileSort;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page (same query and sort)' })
  @IsOptional()
  @IsSearchCursor()
  cursor?: string;
}

/** The validated query as the query builder's typed criteria. */
export function criteriaOf(query: ProfileSearchQueryDto): ProfileSearchCriteria {
  const q = query.q?.trim() || null;
  return {
    q,
    selected: {
      sector: query.sector ?? [],
      country: query.country ?? [],
      studyYear: query.studyYear ?? [],
      programme: query.programme ?? [],
      university: query.university ?? [],
    },
    sections: query.section ?? [],
    languages: query.language ?? [],
    availableFrom: query.availableFrom ?? null,
    availableTo: query.availableTo ?? null,
    sort: query.sort ?? defaultSort(q),
    limit: query.limit,
    after: query.cursor ? decodeCursor(query.cursor).after : null,
  };
}
