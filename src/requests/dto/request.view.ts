import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RequestAction, RequestStatus } from '../request-status';

/** The student's programme, university and study year, read from their profile at the time of reading. */
export class StudentSchoolingView {
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty() programmeName!: string;
  @ApiProperty({ format: 'uuid' }) universityId!: string;
  @ApiProperty() universityName!: string;
  @ApiProperty({ example: 3 }) studyYear!: number;
}

export class RequestView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) studentId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ type: [String] }) keywords!: string[];
  @ApiProperty({ type: [String] }) wantedNaceDivisions!: string[];
  @ApiProperty({ type: [String] }) wantedCountries!: string[];
  @ApiProperty({ type: [String] }) wantedCities!: string[];
  @ApiProperty({ type: String, format: 'date', nullable: true }) startDate!: string | null;
  @ApiProperty({ type: Number, nullable: true }) durationWeeks!: number | null;
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty() visibleToCompanies!: boolean;
  @ApiProperty({ enum: RequestStatus }) status!: RequestStatus;
  @ApiProperty({ description: 'Grows on every change of the request or of its documents' }) version!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
  @ApiPropertyOptional({ type: StudentSchoolingView, nullable: true }) schooling!: StudentSchoolingView | null;
}

export class RequestHistoryView {
  @ApiProperty() id!: string;
  @ApiProperty() at!: Date;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null when the system made the change' })
  actorId!: string | null;
  @ApiProperty({ enum: RequestAction }) action!: RequestAction;
  @ApiProperty({ description: 'The request version after this change' }) version!: number;
  @ApiProperty({
    description: 'Before and after of each changed field, keyed by field name',
    example: { title: { before: 'Stage web', after: 'Stage de fin d’études en développement web' } },
  })
  changes!: Record<string, { before: unknown; after: unknown }>;
}
