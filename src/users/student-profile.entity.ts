import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** What makes a user a student: their programme ("filière") and study year. */
@Entity('student_profiles')
export class StudentProfile {
  @PrimaryColumn('uuid') userId!: string;
  @Column('uuid') programmeId!: string;
  @Column('smallint') studyYear!: number;
  /** Where the student lives (optional): not the university's country. */
  @Column({ type: 'char', length: 2, nullable: true }) residenceCountry!: string | null;
  /** Set when the programme's manager confirms the programme; targeted offers reach confirmed students only. */
  @Column({ type: 'timestamptz', nullable: true }) programmeConfirmedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) programmeConfirmedBy!: string | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
