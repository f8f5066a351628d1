import { ApiProperty } from '@nestjs/swagger';
import { ApplicationDocumentRole, ApplicationEventKind, ApplicationStatus } from '../application-status';

export class ApplicationOfferView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty() companyName!: string;
}

/** The student as the company sees them: names and schooling, never the e-mail address. */
export class ApplicationStudentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) civility!: string | null;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ type: Number, nullable: true }) studyYear!: number | null;
  @ApiProperty({ type: String, nullable: true }) programmeName!: string | null;
  @ApiProperty({ type: String, nullable: true }) universityName!: string | null;
}

export class ApplicationDocumentView {
  @ApiProperty({ format: 'uuid', description: 'Download with GET /documents/{id}/file' }) id!: string;
  @ApiProperty({ enum: ApplicationDocumentRole }) role!: ApplicationDocumentRole;
  @ApiProperty() fileName!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() sizeBytes!: number;
}

export class ApplicationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'When the student sent it' }) createdAt!: Date;
  @ApiProperty({ type: ApplicationOfferView }) offer!: ApplicationOfferView;
  @ApiProperty({ type: ApplicationStudentView }) student!: ApplicationStudentView;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) requestId!: string | null;
  @ApiProperty({ description: 'As the student typed it (plain text: never render it as HTML)' }) message!: string;
  @ApiProperty({ enum: ApplicationStatus }) status!: ApplicationStatus;
  @ApiProperty() statusChangedAt!: Date;
  @ApiProperty({ description: 'The company’s response deadline' }) respondBy!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) respondedAt!: Date | null;
  @ApiProperty({ type: [ApplicationDocumentView] }) documents!: ApplicationDocumentView[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Created when the student is selected' })
  internshipId!: string | null;
}

export class ApplicationEventView {
  @ApiProperty() id!: string;
  @ApiProperty() at!: Date;
  @ApiProperty({ enum: ApplicationEventKind }) kind!: ApplicationEventKind;
  @ApiProperty({ type: String, nullable: true, description: 'Who acted; null for the platform' }) actorName!:
    string | null;
  @ApiProperty({ enum: ApplicationStatus, nullable: true }) fromStatus!: ApplicationStatus | null;
  @ApiProperty({ enum: ApplicationStatus, nullable: true }) toStatus!: ApplicationStatus | null;
  @ApiProperty({ type: String, nullable: true }) message!: string | null;
}
