import { MigrationInterface, QueryRunner } from 'typeorm';

/** Mails that failed for good kept their links (single-use secrets) for ever; they are dropped now, as on failure. */
export class FailedMailLinks1764355300000 implements MigrationInterface {
  name = 'FailedMailLinks1764355300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE mail_outbox SET params = params - 'link' WHERE status = 'failed' AND params ? 'link'`);
  }

  async down(): Promise<void> {
    // The links are gone; nothing to restore.
  }
}
