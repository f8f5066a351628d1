import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InternshipParty } from '../internships/internship-party';

/** One validator's approval of a submitted step. */
@Entity('internship_step_validations')
export class InternshipStepValidation {
  @PrimaryColumn('uuid') internshipId!: string;
  @PrimaryColumn('varchar') stepKey!: string;
  @PrimaryColumn('varchar') role!: InternshipParty;
  @Column({ type: 'uuid', nullable: true }) userId!: string | null;
  @Column({ type: 'timestamptz' }) at!: Date;
  @Column({ type: 'text', nullable: true }) comment!: string | null;
}
