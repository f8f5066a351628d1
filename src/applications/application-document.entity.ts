import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ApplicationDocumentRole } from './application-status';

/** A document sent with an application. The document row is kept (sent_at set) as long as this link exists. */
@Entity('application_documents')
export class ApplicationDocument {
  @PrimaryColumn('uuid') applicationId!: string;
  @PrimaryColumn('uuid') documentId!: string;
  @Column({ type: 'varchar' }) role!: ApplicationDocumentRole;
  /** Order of display: CV, letter, then the others as given. */
  @Column('smallint') position!: number;
}
