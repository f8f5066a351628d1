import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export enum MembershipStatus {
  Active = 'active',
  /** Asked to join an already registered company; an active contact decides. */
  Pending = 'pending',
  Rejected = 'rejected',
}

/** A company contact's link to their company (one company per contact). */
@Entity('company_memberships')
export class CompanyMembership {
  @PrimaryColumn('uuid') userId!: string;
  @Column('uuid') companyId!: string;
  @Column({ type: 'varchar' }) status!: MembershipStatus;
  @Column({ type: 'varchar', nullable: true }) jobTitle!: string | null;
  @Column({ type: 'varchar', nullable: true }) phone!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) decidedBy!: string | null;
}
