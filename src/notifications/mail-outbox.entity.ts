import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Locale } from '../common/i18n/locale';

/**
 * pending: written, not yet on the queue · queued: a `mail` job exists (or did) · sent · failed: gave up.
 * Only the relay moves pending → queued (and stale queued → pending); only the sender writes sent or failed.
 */
export type MailStatus = 'pending' | 'queued' | 'sent' | 'failed';

/** One e-mail to send, written in the transaction of the change that causes it. */
@Entity('mail_outbox')
export class MailOutboxEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  template!: string;

  @Column({ type: 'varchar', length: 2 })
  locale!: Locale;

  @Column({ type: 'varchar', length: 320 })
  recipient!: string;

  @Column({ type: 'jsonb' })
  params!: Record<string, string>;

  /** Set on relayed messages: the sender's address, so a reply reaches them directly. */
  @Column({ name: 'reply_to', type: 'varchar', length: 320, nullable: true })
  replyTo!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: MailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'queued_at', type: 'timestamptz', nullable: true })
  queuedAt!: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
