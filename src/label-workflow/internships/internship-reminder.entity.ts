import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ReminderKind = 'reminder' | 'overdue' | 'escalation';

/** A reminder already sent: the primary key makes a second one for the same step, kind and schedule point fail. */
@Entity('internship_reminders')
export class InternshipReminder {
  @PrimaryColumn('uuid') internshipId!: string;
  @PrimaryColumn('varchar') stepKey!: string;
  @PrimaryColumn('varchar') kind!: ReminderKind;
  /** The schedule point: days before the deadline for a reminder, 0 otherwise. */
  @PrimaryColumn('smallint') ref!: number;
  @Column({ type: 'timestamptz' }) sentAt!: Date;
}
