import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AuditSource = 'api' | 'link' | 'system';

/** One act on an internship: validation, signature, edit, decision — who, when and from what. */
@Entity('internship_audit')
export class InternshipAuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Column('uuid') internshipId!: string;
  @Column({ type: 'timestamptz' }) at!: Date;
  @Column({ type: 'uuid', nullable: true }) actorId!: string | null;
  /** Who acted without an account (a one-time signature link), or what the system did. */
  @Column({ type: 'varchar', nullable: true }) actorLabel!: string | null;
  @Column({ type: 'varchar' }) source!: AuditSource;
  @Column() action!: string;
  @Column({ type: 'varchar', nullable: true }) stepKey!: string | null;
  @Column({ type: 'jsonb' }) details!: Record<string, unknown>;
}
