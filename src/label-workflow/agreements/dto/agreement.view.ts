import { ApiProperty } from '@nestjs/swagger';
import { AgreementParty } from '../agreement-party';

export class AgreementSignatureView {
  @ApiProperty({ enum: AgreementParty }) party!: AgreementParty;
  @ApiProperty({ description: 'Who was asked to sign for the party' }) signerName!: string;
  @ApiProperty({
    enum: ['pending', 'signed', 'expired', 'replaced_by_scan'],
    description: 'replaced_by_scan: a scanned signed copy stands for this signature',
  })
  status!: 'pending' | 'signed' | 'expired' | 'replaced_by_scan';
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) signedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true, description: 'The name the signer typed' }) typedName!: string | null;
  @ApiProperty({ description: 'Until when the link works' }) expiresAt!: Date;
}

export class AgreementChangeView {
  @ApiProperty({ enum: ['startDate', 'endDate', 'companyTutor', 'academicTutor'] }) field!: string;
  @ApiProperty({ type: String, nullable: true, description: 'A date (YYYY-MM-DD) or a tutor’s name' }) before!:
    string | null;
  @ApiProperty({ type: String, nullable: true }) after!: string | null;
}

export class AgreementVersionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ enum: ['original', 'amendment'] }) kind!: 'original' | 'amendment';
  @ApiProperty({ enum: ['pending', 'signed'] }) status!: 'pending' | 'signed';
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) signedAt!: Date | null;
  @ApiProperty({ enum: ['signatures', 'scan'], nullable: true }) completedVia!: 'signatures' | 'scan' | null;
  @ApiProperty({ description: 'A scanned signed copy was uploaded (GET …/agreement/scan?version=)' }) hasScan!: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startDate!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endDate!: string | null;
  @ApiProperty({ type: [AgreementChangeView], description: 'What an amendment changes; empty for the original' })
  changes!: AgreementChangeView[];
  @ApiProperty({ type: [AgreementSignatureView] }) signatures!: AgreementSignatureView[];
}

export class AgreementView {
  @ApiProperty({ format: 'uuid' }) internshipId!: string;
  @ApiProperty({ description: 'The latest version' }) currentVersion!: number;
  @ApiProperty({ type: [AgreementVersionView], description: 'Oldest first' }) versions!: AgreementVersionView[];
}

/** What a signature link shows: the agreement's summary, nothing beyond what the agreement itself shows. */
export class SignatureRequestView {
  @ApiProperty({ enum: AgreementParty, description: 'The party this link signs for' }) party!: AgreementParty;
  @ApiProperty() signerName!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ enum: ['original', 'amendment'] }) kind!: 'original' | 'amendment';
  @ApiProperty() title!: string;
  @ApiProperty() studentName!: string;
  @ApiProperty() companyName!: string;
  @ApiProperty() universityName!: string;
  @ApiProperty() programmeName!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startDate!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endDate!: string | null;
  @ApiProperty({ type: String, nullable: true }) companyTutorName!: string | null;
  @ApiProperty({ type: String, nullable: true }) academicTutorName!: string | null;
  @ApiProperty({ type: [AgreementChangeView] }) changes!: AgreementChangeView[];
  @ApiProperty() expiresAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Set once this link has signed' })
  signedAt!: Date | null;
  @ApiProperty({ description: 'Download the PDF to read before signing: GET /agreement-signatures/{token}/pdf' })
  pdfUrl!: string;
}
