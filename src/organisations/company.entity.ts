import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum CompanyApprovalStatus {
  Pending = 'pending',
  Approved = 'approved',
  Rejected = 'rejected',
}

/** An "organisme d'accueil": a company that posts offers and hosts interns. */
@Entity('companies')
export class Company {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() name!: string;
  /** Lowercase, accent-free copy of the name for "is my company already registered?". */
  @Column() nameSearch!: string;
  @Column({ type: 'varchar', nullable: true }) registrationNumber!: string | null;
  @Column({ type: 'char', length: 2, nullable: true }) naceDivision!: string | null;
  @Column({ type: 'char', length: 2 }) countryCode!: string;
  @Column() city!: string;
  @Column({ type: 'varchar', nullable: true }) address!: string | null;
  @Column({ type: 'varchar', nullable: true }) website!: string | null;
  /** Registered companies wait for approval before their contacts read profiles or publish offers. */
  @Column({ type: 'varchar' }) approvalStatus!: CompanyApprovalStatus;
  /** The university the company says it works with: its programme managers may approve it. */
  @Column({ type: 'uuid', nullable: true }) partnerUniversityId!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) approvalDecidedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) approvalDecidedBy!: string | null;
  @Column({ type: 'text', nullable: true }) approvalReason!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
