import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min, registerDecorator, ValidationArguments } from 'class-validator';
import { MAX_SKILLS } from '../../offers/skill-tags';
import { ProfileSearchQueryDto } from '../../search/dto/profile-search-query.dto';
import { ProfileSort } from '../../search/profile-search-criteria';
import { decodeCursor, InvalidCursorError } from '../../search/query/search-cursor';
import { HardFilters } from '../query/candidate-search.query';

const REQUIRE = 'Hard filter: only candidates who match it; ignored when the offer does not state that criterion.';

/**
 * `GET /offers/:id/candidates`: the guided search's keywords, facets and filters (they narrow, they do not score),
 * the hard filters the company asks for, and the cursor. Always ranked by fit, so there is no `sort`.
 */
export class CandidateQueryDto extends OmitType(ProfileSearchQueryDto, ['sort', 'cursor'] as const) {
  @ApiPropertyOptional({ description: `The wanted NACE divisions. ${REQUIRE}`, default: false })
  @IsOptional()
  @Transform(({ value }) => toBoolean(value))
  @IsBoolean()
  requireSector?: boolean;

  @ApiPropertyOptional({ description: `The wanted years of study. ${REQUIRE}`, default: false })
  @IsOptional()
  @Transform(({ value }) => toBoolean(value))
  @IsBoolean()
  requireStudyYear?: boolean;

  @ApiPropertyOptional({ description: `A programme fitting the wanted programmes. ${REQUIRE}`, default: false })
  @IsOptional()
  @Transform(({ value }) => toBoolean(value))
  @IsBoolean()
  requireProgramme?: boolean;

  @ApiPropertyOptional({ description: `Every language of the offer. ${REQUIRE}`, default: false })
  @IsOptional()
  @Transform(({ value }) => toBoolean(value))
  @IsBoolean()
  requireLanguages?: boolean;

  @ApiPropertyOptional({ description: `Wants the offer's country. ${REQUIRE}`, default: false })
  @IsOptional()
  @Transform(({ value }) => toBoolean(value))
  @IsBoolean()
  requireCountry?: boolean;

  @ApiPropertyOptional({
    description: `Availability overlapping the offer's dates (a request without dates counts as flexible). ${REQUIRE}`,
    default: false,
  })
  @IsOptional()
  @Transform(({ value }) => toBoolean(value))
  @IsBoolean()
  requirePeriod?: boolean;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_SKILLS,
    description: `At least this many of the offer's skills, in the keywords or the texts. ${REQUIRE}`,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SKILLS)
  minSkills?: number;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page (same parameters)' })
  @IsOptional()
  @IsRankedCursor()
  cursor?: string;
}

export function hardFiltersOf(query: CandidateQueryDto): HardFilters {
  return {
    sector: query.requireSector === true,
    studyYear: query.requireStudyYear === true,
    programme: query.requireProgramme === true,
    minSkills: query.minSkills ?? 0,
    languages: query.requireLanguages === true,
    country: query.requireCountry === true,
    period: query.requirePeriod === true,
  };
}

/** "true"/"false" (and 1/0) from the query string; anything else is left for @IsBoolean to name. */
function toBoolean(value: unknown): unknown {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value;
}

/** A cursor of a ranked (relevance) list, as the guided search makes them. */
function IsRankedCursor(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isRankedCursor',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: (args: ValidationArguments) => cursorProblem(args.value) ?? 'cursor is invalid' },
      validator: { validate: (value: unknown) => cursorProblem(value) === null },
    });
}

function cursorProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'cursor must be a string';
  try {
    return decodeCursor(value).sort === ProfileSort.Relevance ? null : 'cursor was not made by a ranked list';
  } catch (error) {
    if (error instanceof InvalidCursorError) return error.message;
    throw error;
  }
}
