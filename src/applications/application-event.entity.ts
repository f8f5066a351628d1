import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ApplicationEventKind, ApplicationStatus } from './application-status';

/** One line of an application's timeline: submission, status change, relayed message, reminder. */
@Entity('application_events')
export class ApplicationEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Column('uuid') applicationId!: string;
  @Column({ type: 'timestamptz' }) at!: Date;
  /** Null for the system (reminders). */
  @Column({ type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ type: 'varchar' }) kind!: ApplicationEventKind;
  @Column({ type: 'varchar', nullable: true }) fromStatus!: ApplicationStatus | null;
  @Column({ type: 'varchar', nullable: true }) toStatus!: ApplicationStatus | null;
  @Column({ type: 'text', nullable: true }) message!: string | null;
}
