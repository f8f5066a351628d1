import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AccountTokenPurpose = 'email_verification' | 'password_reset';

/** A single-use token sent by e-mail (verification, password reset), stored as its SHA-256 only. */
@Entity('account_tokens')
export class AccountToken {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') userId!: string;
  @Column({ type: 'varchar' }) purpose!: AccountTokenPurpose;
  @Column({ type: 'char', length: 64 }) tokenHash!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) usedAt!: Date | null;
}
