import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

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
  /** `setup` until the label workflow starts it. */
  @Column({ type: 'varchar' }) status!: string;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
