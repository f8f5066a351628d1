import { Column, Entity, PrimaryColumn } from 'typeorm';

export type StepStatus = 'todo' | 'submitted' | 'validated';

/** Where one step of one internship stands. Its definition is the template step of the internship's template. */
@Entity('internship_steps')
export class InternshipStep {
  @PrimaryColumn('uuid') internshipId!: string;
  @PrimaryColumn('varchar') stepKey!: string;
  @Column({ type: 'varchar' }) status!: StepStatus;
  /** `YYYY-MM-DD`, from the template's deadline and the internship's dates; null without a deadline. */
  @Column({ type: 'date', nullable: true }) dueOn!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) submittedBy!: string | null;
  /** Form answers, document ids, signature ids: what the step's evidence kind calls for. */
  @Column({ type: 'jsonb' }) evidence!: Record<string, unknown>;
  @Column({ type: 'timestamptz', nullable: true }) validatedAt!: Date | null;
}
