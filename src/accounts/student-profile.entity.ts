import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** What makes a user a student: their programme ("filière") and study year. */
@Entity('student_profiles')
export class StudentProfile {
  @PrimaryColumn('uuid') userId!: string;
  @Column('uuid') programmeId!: string;
  @Column('smallint') studyYear!: number;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
