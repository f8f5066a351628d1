import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-row failure tracking in the matching's to-do list: a row that fails keeps its error and waits with
 * back-off, so one bad row no longer rolls back its batch and blocks every row queued after it.
 */
export class MatchQueueRetries1764354800000 implements MigrationInterface {
  name = 'MatchQueueRetries1764354800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE offer_match_queue
        ADD COLUMN attempts integer NOT NULL DEFAULT 0,
        ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        ADD COLUMN last_error text`);
    await q.query(`CREATE INDEX offer_match_queue_due_idx ON offer_match_queue (next_attempt_at, queued_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX offer_match_queue_due_idx`);
    await q.query(
      `ALTER TABLE offer_match_queue DROP COLUMN attempts, DROP COLUMN next_attempt_at, DROP COLUMN last_error`,
    );
  }
}
