import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ApplicationStatus } from './application-status';

/** A student's answer to an offer ("candidature"): one per offer and student. */
@Entity('applications')
export class Application {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') offerId!: string;
  /** The offer's company, kept here so the company's lists and response rate need no join. */
  @Column('uuid') companyId!: string;
  @Column('uuid') studentId!: string;
  /** The request whose documents were sent, if any (the files themselves are in application_documents). */
  @Column({ type: 'uuid', nullable: true }) requestId!: string | null;
  /** Stored exactly as written (HTML included): the API returns it as JSON data only. */
  @Column('text') message!: string;
  @Column({ type: 'varchar' }) status!: ApplicationStatus;
  /** The response deadline: creation + APPLICATION_RESPONSE_DAYS. */
  @Column({ type: 'timestamptz' }) respondBy!: Date;
  /** First answer to the student (a decision or a message); null while they wait. */
  @Column({ type: 'timestamptz', nullable: true }) respondedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) remindedAt!: Date | null;
  @Column({ type: 'timestamptz' }) statusChangedAt!: Date;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
