import { ResponseRateView } from '../../application-facts/response-rate.view';
import { ApiProperty } from '@nestjs/swagger';
import { OfferAction, OfferStatus } from '../offer-status';
import { OfferTargeting } from '../offer-targeting';
import { AllowanceDto } from './allowance.dto';

/** Who an offer targets, with the names a person reads, and the label of the company list. */
export class OfferTargetView {
  @ApiProperty({ enum: OfferTargeting }) targeting!: OfferTargeting;
  @ApiProperty({ description: '"Offre ciblée" or "Offre ouverte" (English with Accept-Language: en)' }) label!: string;
  @ApiProperty({ type: String, nullable: true }) countryCode!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) universityId!: string | null;
  @ApiProperty({ type: String, nullable: true }) universityName!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) programmeId!: string | null;
  @ApiProperty({ type: String, nullable: true }) programmeName!: string | null;
}

/** One line of "Diffuser mes offres": date, title, author, city, country, targeting, status. */
export class OfferSummaryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty() companyName!: string;
  @ApiProperty({ description: 'Plain text: never rendered as HTML by the API' }) title!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: String, nullable: true, description: 'The contact who wrote the offer' }) authorName!:
    string | null;
  @ApiProperty() city!: string;
  @ApiProperty() countryCode!: string;
  @ApiProperty({ type: OfferTargetView }) target!: OfferTargetView;
  @ApiProperty({ enum: OfferStatus }) status!: OfferStatus;
  @ApiProperty() applicationDeadline!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: Date | null;
  @ApiProperty({
    type: ResponseRateView,
    nullable: true,
    description: 'How the company answers applications within their deadline; null until it has any to count',
  })
  companyResponseRate!: ResponseRateView | null;
}

export class OfferView extends OfferSummaryView {
  @ApiProperty() internshipType!: string;
  @ApiProperty({ description: 'Plain text as written (HTML is data, not markup)' }) mission!: string;
  @ApiProperty() durationWeeks!: number;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty() position!: string;
  @ApiProperty({ type: AllowanceDto, nullable: true }) allowance!: AllowanceDto | null;
  @ApiProperty() places!: number;
  @ApiProperty({ type: [String] }) wantedNaceDivisions!: string[];
  @ApiProperty({ type: [Number] }) wantedStudyYears!: number[];
  @ApiProperty({ type: [String] }) wantedProgrammes!: string[];
  @ApiProperty({ type: [String] }) skills!: string[];
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty({ type: [String] }) wantedCountries!: string[];
  @ApiProperty() profileText!: string;
  @ApiProperty({ description: 'Grows on every change' }) version!: number;
  @ApiProperty() updatedAt!: Date;
}

export class OfferHistoryView {
  @ApiProperty() id!: string;
  @ApiProperty() at!: Date;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null when the system made the change' })
  actorId!: string | null;
  @ApiProperty({ enum: OfferAction }) action!: OfferAction;
  @ApiProperty({ description: 'The offer version after this change' }) version!: number;
  @ApiProperty({ description: 'Before and after of each changed field, keyed by field name' })
  changes!: Record<string, { before: unknown; after: unknown }>;
}

/** Something the company may want to change, not an error: the offer is saved as written. */
export class OfferWarningView {
  @ApiProperty({ enum: ['skill_matches_no_request'] }) code!: string;
  @ApiProperty({ example: 'skills' }) field!: string;
  @ApiProperty({ description: 'The value warned about', example: 'CRM (Odoo)' }) value!: string;
  @ApiProperty({ description: "In the caller's language" }) message!: string;
}

/** The offer as saved, with what the form should tell the company (e.g. skills no published request shows). */
export class SavedOfferView extends OfferView {
  @ApiProperty({ type: [OfferWarningView] }) warnings!: OfferWarningView[];
}
