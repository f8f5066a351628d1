import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AgreementChanges, AgreementContent } from './agreement-content';
import { AgreementCompletion, AgreementKind, AgreementStatus } from './agreement-party';

/** One version of an internship's agreement: the original or an amendment, with its PDF and how it was signed. */
@Entity('agreement_versions')
export class AgreementVersion {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') internshipId!: string;
  @Column('integer') version!: number;
  @Column({ type: 'varchar' }) kind!: AgreementKind;
  @Column({ type: 'uuid', nullable: true }) previousId!: string | null;
  @Column({ type: 'varchar' }) status!: AgreementStatus;
  /** The snapshot the PDF was rendered from. */
  @Column({ type: 'jsonb' }) content!: AgreementContent;
  @Column({ type: 'jsonb' }) changes!: AgreementChanges;
  @Column() pdfStorageKey!: string;
  @Column({ type: 'char' }) pdfSha256!: string;
  @Column('integer') pdfSizeBytes!: number;
  @Column({ type: 'varchar', nullable: true }) completedVia!: AgreementCompletion | null;
  @Column({ type: 'timestamptz', nullable: true }) signedAt!: Date | null;
  @Column({ type: 'varchar', nullable: true }) scanStorageKey!: string | null;
  @Column({ type: 'char', nullable: true }) scanSha256!: string | null;
  @Column({ type: 'integer', nullable: true }) scanSizeBytes!: number | null;
  @Column({ type: 'uuid', nullable: true }) scanUploadedBy!: string | null;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
