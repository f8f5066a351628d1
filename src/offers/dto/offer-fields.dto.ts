import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NotNull, tidyIfString } from '../../common/validation/field-rules';
import { IsReferenceCode } from '../../reference/is-reference-code.validator';
import { normaliseCodeList, normaliseTextList } from '../../common/validation/text-list';
import { OfferTargeting } from '../offer-targeting';
import { MAX_SKILL_LENGTH, MAX_SKILLS, normaliseSkills } from '../skill-tags';
import { AllowanceDto } from './allowance.dto';
import { IsFutureInstant } from './is-future-instant.validator';

const upperCodes = ({ value }: { value: unknown }) => normaliseCodeList(value, 'upper');
const distinctNumbers = ({ value }: { value: unknown }) => (Array.isArray(value) ? [...new Set(value)] : value);

/**
 * An offer as a company contact writes it. Text fields are kept exactly as typed (HTML included) and only ever
 * returned as JSON data. The update DTO is this one with every field optional (but never null where required).
 */
export class CreateOfferDto {
  @ApiProperty({ minLength: 3, maxLength: 150, example: 'Stagiaire en qualité agro-industrie' })
  @Transform(tidyIfString)
  @IsString()
  @Length(3, 150)
  title!: string;

  @ApiProperty({ description: 'Internship type code (reference data)', example: 'mastery' })
  @IsReferenceCode('internship_type')
  internshipType!: string;

  @ApiProperty({ maxLength: 10000, example: 'Participer à la mise en place de la démarche HACCP…' })
  @IsString()
  @MaxLength(10000)
  mission!: string;

  @ApiProperty({ minimum: 1, maximum: 52, example: 16 })
  @IsInt()
  @Min(1)
  @Max(52)
  durationWeeks!: number;

  @ApiProperty({ type: String, format: 'date', example: '2027-02-01' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'startDate must be a date as YYYY-MM-DD', context: { message: 'isDay' } })
  @IsISO8601(
    { strict: true },
    { message: 'startDate must be a valid calendar date', context: { message: 'isCalendarDay' } },
  )
  startDate!: string;

  @ApiProperty({ maxLength: 120, example: 'Clapiers' })
  @Transform(tidyIfString)
  @IsString()
  @Length(1, 120)
  city!: string;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2 code', example: 'FR' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsReferenceCode('country')
  countryCode!: string;

  @ApiProperty({ maxLength: 150, description: 'Position held during the internship', example: 'Assistant qualité' })
  @Transform(tidyIfString)
  @IsString()
  @Length(2, 150)
  position!: string;

  @ApiPropertyOptional({ type: AllowanceDto, nullable: true, description: 'null or absent: no allowance' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AllowanceDto)
  allowance?: AllowanceDto | null;

  @ApiProperty({ minimum: 1, maximum: 100, example: 1 })
  @IsInt()
  @Min(1)
  @Max(100)
  places!: number;

  @ApiProperty({
    type: String,
    format: 'date-time',
    description: 'Must be in the future',
    example: '2027-01-15T23:59:00Z',
  })
  @IsISO8601({ strict: true })
  @IsFutureInstant()
  applicationDeadline!: string;

  @ApiProperty({ enum: OfferTargeting, description: 'open to all students, or "offre ciblée" at one population' })
  @IsEnum(OfferTargeting)
  targeting!: OfferTargeting;

  @ApiPropertyOptional({ description: 'With targeting "country": ISO 3166-1 alpha-2 code', example: 'TN' })
  @NotNull()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsReferenceCode('country')
  targetCountryCode?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'With targeting "university"' })
  @NotNull()
  @IsUUID()
  targetUniversityId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'With targeting "programme" (a programme of a university)' })
  @NotNull()
  @IsUUID()
  targetProgrammeId?: string;

  // "Profils recherchés": structured so that matching can use it.

  @ApiPropertyOptional({ type: [String], maxItems: 20, description: 'NACE Rev. 2 division codes', example: ['10'] })
  @NotNull()
  @Transform(upperCodes)
  @IsArray()
  @ArrayMaxSize(20)
  @IsReferenceCode('nace_division', { each: true })
  wantedNaceDivisions?: string[];

  @ApiPropertyOptional({ type: [Number], maxItems: 8, description: 'Level: the study years wanted', example: [4, 5] })
  @NotNull()
  @Transform(distinctNumbers)
  @IsArray()
  @ArrayMaxSize(8)
  @IsReferenceCode('study_year', { each: true })
  wantedStudyYears?: number[];

  @ApiPropertyOptional({
    type: [String],
    maxItems: 20,
    description: 'Programmes or fields of study',
    example: ['Agroalimentaire'],
  })
  @NotNull()
  @Transform(({ value }) => normaliseTextList(value))
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(150, { each: true })
  wantedProgrammes?: string[];

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_SKILLS,
    description: `Free tags; trimmed, duplicates ignoring case and accents removed, each at most ${MAX_SKILL_LENGTH} characters`,
    example: ['HACCP', 'Qualité'],
  })
  @NotNull()
  @Transform(({ value }) => normaliseSkills(value))
  @IsArray()
  @ArrayMaxSize(MAX_SKILLS)
  @IsString({ each: true })
  @MaxLength(MAX_SKILL_LENGTH, { each: true })
  skills?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 10, description: 'ISO 639-1 codes', example: ['fr', 'en'] })
  @NotNull()
  @Transform(({ value }) => normaliseCodeList(value, 'lower'))
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(/^[a-z]{2}$/, {
    each: true,
    message: 'each value in languages must be an ISO 639-1 code (e.g. fr)',
    context: { message: 'isLanguage' },
  })
  languages?: string[];

  @ApiPropertyOptional({
    type: [String],
    maxItems: 30,
    description: 'Countries of the wanted profiles (ISO 3166-1 alpha-2)',
  })
  @NotNull()
  @Transform(upperCodes)
  @IsArray()
  @ArrayMaxSize(30)
  @IsReferenceCode('country', { each: true })
  wantedCountries?: string[];

  @ApiPropertyOptional({ maxLength: 5000, description: 'Wanted profile, free text' })
  @NotNull()
  @IsString()
  @MaxLength(5000)
  profileText?: string;
}

/** Every field optional; null is refused where the field has no "none" value (only `allowance` takes null). */
export class UpdateOfferDto extends PartialType(CreateOfferDto, { skipNullProperties: false }) {}
