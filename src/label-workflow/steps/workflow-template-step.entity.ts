import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InternshipParty } from '../internships/internship-party';

export type StepPhase = 'before' | 'during' | 'after';
export type StepEvidence = 'form' | 'document' | 'signature' | 'none';

/** One step of a template version: who performs it, who validates it, what it needs, when it is due. */
@Entity('workflow_template_steps')
export class WorkflowTemplateStep {
  @PrimaryColumn('uuid') templateId!: string;
  @PrimaryColumn('varchar') key!: string;
  @Column('smallint') position!: number;
  @Column({ type: 'varchar' }) phase!: StepPhase;
  @Column() nameFr!: string;
  @Column() nameEn!: string;
  @Column() mandatory!: boolean;
  @Column({ type: 'varchar' }) performer!: InternshipParty;
  /** Every party listed validates after the performer submitted; none: submitting completes the step. */
  @Column({ type: 'varchar', array: true }) validators!: InternshipParty[];
  @Column({ type: 'varchar' }) evidence!: StepEvidence;
  /** Keys of the steps that must be validated before this one can be submitted. */
  @Column({ type: 'varchar', array: true }) prerequisites!: string[];
  @Column({ type: 'varchar', nullable: true }) deadlineAnchor!: 'start' | 'end' | null;
  @Column({ type: 'integer', nullable: true }) deadlineOffsetDays!: number | null;
  /** Days before the deadline when the party in charge is reminded. */
  @Column({ type: 'smallint', array: true }) reminderDaysBefore!: number[];
  @Column({ type: 'smallint', nullable: true }) escalateAfterDays!: number | null;
  @Column({ type: 'varchar', nullable: true }) escalateTo!:
    InternshipParty.YearManager | InternshipParty.ProgrammeManager | null;
  /** The evidence is read by the programme manager alone. */
  @Column() confidential!: boolean;
  /** Its evidence carries a grade (0–20) that counts in the final grade. */
  @Column() graded!: boolean;
}
