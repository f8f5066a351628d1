import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DocumentKind, TextFailure, TextStatus } from './document-kind';

/** A file a student uploaded. The bytes live in DocumentStorage under `storageKey`; this row describes them. */
@Entity('documents')
export class StudentDocument {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') ownerId!: string;
  @Column({ type: 'uuid', nullable: true }) requestId!: string | null;
  @Column({ type: 'varchar' }) kind!: DocumentKind;
  /** Sanitised from the uploaded name; used only for Content-Disposition. */
  @Column() fileName!: string;
  /** Chosen by us, never derived from user input. */
  @Column() storageKey!: string;
  @Column('integer') sizeBytes!: number;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  /** Detected from the content, not taken from the client. */
  @Column() contentType!: string;
  @Column({ type: 'varchar' }) textStatus!: TextStatus;
  @Column({ type: 'text', nullable: true, select: false }) text!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) textExtractedAt!: Date | null;
  /** Why the text is unreadable; null otherwise. */
  @Column({ type: 'varchar', nullable: true }) textFailure!: TextFailure | null;
  /** Set once sent with an application: from then on the document is never deleted, only detached from its request. */
  @Column({ type: 'timestamptz', nullable: true }) sentAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
