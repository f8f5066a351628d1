import { ApiProperty } from '@nestjs/swagger';

/**
 * What a label certificate states, and all that the public verification page shows: no e-mail, no grade, no
 * internal id.
 */
export class LabelCertificateView {
  @ApiProperty({ example: 'K7QM2XD4HTAW' }) code!: string;
  @ApiProperty({
    example: 'Mme Khira Khadraoui',
    description: 'Empty when the holder deleted their account (the label stays valid)',
  })
  studentName!: string;
  @ApiProperty({ type: String, nullable: true }) programmeName!: string | null;
  @ApiProperty({ type: String, nullable: true }) universityName!: string | null;
  @ApiProperty() companyName!: string;
  @ApiProperty() companyCity!: string;
  @ApiProperty({ description: 'The internship’s title' }) title!: string;
  @ApiProperty({ type: String, nullable: true, example: '2027-02-01' }) startDate!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2027-05-31' }) endDate!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-2027' }) academicYear!: string | null;
  @ApiProperty({ example: '2027-07-15', description: 'The day the label was granted' }) grantedOn!: string;
  @ApiProperty({ example: 'https://semsem-stages.example/labels/K7QM2XD4HTAW' }) verificationUrl!: string;
}
