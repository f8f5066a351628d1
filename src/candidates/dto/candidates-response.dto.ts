import { ApiProperty } from '@nestjs/swagger';
import { ProfileFacetsDto, ProfileHitDto } from '../../search/dto/profile-search-response.dto';
import { MatchCriterion } from '../../matching/match-criterion';

export class CandidateReasonDto {
  @ApiProperty({
    enum: MatchCriterion,
    enumName: 'MatchCriterion',
    description:
      "text: the offer's title, mission, skills and profile against the request's texts (BM25, normalised; matched: the " +
      'words in common) · sector: a wanted division · sector_section: same NACE section only · study_year / ' +
      'study_year_adjacent (±1 year, a configured share) · programme: the programme fits a wanted one · skills: the ' +
      "offer's skills found in the request's words, partly when half their words are (matched: the skill, with the " +
      'words found when partial) · languages · country / city: wanted by the request · country_open: the request names no country (half) · home_country: the student lives ' +
      "in the offer's country or a wanted one · university_country: the university is in a wanted country · period: " +
      "the share of the offer's dates still ahead that the availability covers · period_open: no dates (flexible), a " +
      'quarter · freshness: recently published',
  })
  criterion!: MatchCriterion;

  @ApiProperty({ description: 'Points this criterion added to the score', example: 3 }) points!: number;

  @ApiProperty({
    type: [String],
    description:
      'What matched: codes, the skills found, the programme name, [availableFrom, availableTo], the publication date',
    example: ['62'],
  })
  matched!: string[];
}

/** A profile of the guided search, with its score and the reasons for it. */
export class CandidateDto extends ProfileHitDto {
  @ApiProperty({ description: "Sum of the reasons' points, never negative", example: 9.75 }) score!: number;
  @ApiProperty({
    description: 'Text relevance (0..1) of the request to the offer: the first tie-breaker',
    example: 0.62,
  })
  textRelevance!: number;
  @ApiProperty({ type: [CandidateReasonDto], description: 'Every criterion that earned points' })
  why!: CandidateReasonDto[];
  @ApiProperty({ type: [String], description: "Excerpts of the letter with the offer's skills in <mark>…</mark>" })
  letterHighlights!: string[];
}

export class CandidatesResponseDto {
  @ApiProperty({ format: 'uuid' }) offerId!: string;
  @ApiProperty({
    description: 'The score of a candidate matching every criterion of this offer at full points',
    example: 15.5,
  })
  maxScore!: number;
  @ApiProperty({ description: 'Every candidate of the list (all pages)', example: 128 }) total!: number;
  @ApiProperty({ description: 'Time Elasticsearch took, in milliseconds', example: 12 }) tookMs!: number;
  @ApiProperty({
    type: [CandidateDto],
    description:
      "Best fit first, ties by text relevance then id (the best MATCHING_WINDOW); highlights mark the offer's skills",
  })
  items!: CandidateDto[];
  @ApiProperty({ type: ProfileFacetsDto }) facets!: ProfileFacetsDto;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next page; null on the last page',
  })
  nextCursor!: string | null;
}
