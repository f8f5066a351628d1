import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** What makes a user a student: their programme ("filière") and study year. */
@Entity('student_profiles')
export class StudentProfile {
  @PrimaryColumn('uuid') userId!: string;
  @Column('uuid') programmeId!: string;
  @Column('smallint') studyYear!: number;
  /** Where the student lives (optional): not the university's country. */
  @Column({ type: 'char', length: 2, nullable: true }) residenceCountry!: string | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
