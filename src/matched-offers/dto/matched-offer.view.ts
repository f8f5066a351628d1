import { ApiProperty } from '@nestjs/swagger';
import { MatchCriterion } from '../../matching/match-criterion';

export class MatchReasonView {
  @ApiProperty({
    enum: MatchCriterion,
    enumName: 'MatchCriterion',
    description: "As in the candidates' why (GET /offers/{id}/candidates)",
  })
  criterion!: MatchCriterion;
  @ApiProperty({ description: 'Points this criterion added to the score (never negative)', example: 3 })
  contribution!: number;
  @ApiProperty({
    type: [String],
    description:
      'What it matched on: the words in common (text), NACE divisions or sections, the study year, skills found, languages…',
    example: ['62'],
  })
  matched!: string[];
}

/** The offer in short; `GET /offers/{id}` gives all of it. */
export class MatchedOfferSummaryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Plain text: never rendered as HTML by the API' }) title!: string;
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty() companyName!: string;
  @ApiProperty() position!: string;
  @ApiProperty() city!: string;
  @ApiProperty() countryCode!: string;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty() durationWeeks!: number;
  @ApiProperty() applicationDeadline!: Date;
  @ApiProperty({ type: [String] }) skills!: string[];
}

export class MatchedOfferView {
  @ApiProperty({ type: MatchedOfferSummaryView }) offer!: MatchedOfferSummaryView;
  @ApiProperty({
    description: 'Sum of the contributions; a match is kept from MATCHING_THRESHOLD points',
    example: 8.5,
  })
  score!: number;
  @ApiProperty({ format: 'uuid', description: 'My request this offer matches best' }) requestId!: string;
  @ApiProperty({ description: 'When the match was first found' }) matchedAt!: Date;
  @ApiProperty({ type: [MatchReasonView], description: 'Why it was chosen, biggest contribution first' })
  why!: MatchReasonView[];
}
