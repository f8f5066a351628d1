import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { numericAsNumber } from '../../offers/offer.entity';
import { InternshipStatus } from './internship-party';

/**
 * An internship followed on the platform. Selecting a student on an application creates it with what the offer
 * tells (company, dates); the label workflow completes it (tutors, programme, steps).
 */
@Entity('internships')
export class Internship {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid', nullable: true }) applicationId!: string | null;
  @Column({ type: 'uuid', nullable: true }) offerId!: string | null;
  @Column('uuid') studentId!: string;
  @Column('uuid') companyId!: string;
  /** `YYYY-MM-DD`. */
  @Column({ type: 'date', nullable: true }) startDate!: string | null;
  @Column({ type: 'date', nullable: true }) endDate!: string | null;
  @Column({ type: 'varchar' }) status!: InternshipStatus;
  @Column({ type: 'uuid', nullable: true }) programmeId!: string | null;
  @Column({ type: 'smallint', nullable: true }) studyYear!: number | null;
  /** `2026-2027`. */
  @Column({ type: 'varchar', nullable: true }) academicYear!: string | null;
  @Column({ type: 'varchar', nullable: true }) title!: string | null;
  /** The "fiche de stage": what the intern will do. Plain text, stored as written. */
  @Column('text') description!: string;
  /** A company contact of the host company. */
  @Column({ type: 'uuid', nullable: true }) companyTutorId!: string | null;
  /** An academic tutor of the student's university. */
  @Column({ type: 'uuid', nullable: true }) academicTutorId!: string | null;
  /** The template version the internship started with; later template edits never change it. */
  @Column({ type: 'uuid', nullable: true }) templateId!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ type: 'numeric', nullable: true, transformer: numericAsNumber }) finalGrade!: number | null;
  /** Printed on the label certificate; `GET /labels/:code` verifies it. */
  @Column({ type: 'varchar', nullable: true }) labelCode!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) labelGrantedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) labelGrantedBy!: string | null;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
