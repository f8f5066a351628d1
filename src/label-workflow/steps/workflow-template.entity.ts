import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { numericAsNumber } from '../../offers/offer.entity';

export type LabelMode = 'automatic' | 'manager_decision';

/**
 * One version of a workflow template. Versions are never changed once written: editing a template writes the next
 * version, and running internships keep the one they started with.
 */
@Entity('workflow_templates')
export class WorkflowTemplate {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Null: the platform default. */
  @Column({ type: 'uuid', nullable: true }) programmeId!: string | null;
  @Column('integer') version!: number;
  @Column() name!: string;
  /** automatic: the label is granted once every mandatory step is validated; else the programme manager decides. */
  @Column({ type: 'varchar' }) labelMode!: LabelMode;
  @Column({ type: 'numeric', transformer: numericAsNumber }) companyGradeWeight!: number;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
