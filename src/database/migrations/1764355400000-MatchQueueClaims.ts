import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A matching pass claims its rows for a while instead of holding their locks through its searches: the search
 * sync, which queues every request and offer it indexes, no longer waits for a pass to end (it did, for seconds,
 * whenever a pass held the row of what had just changed). `version` counts the changes queued, so a change made
 * while a pass runs keeps its row queued rather than being crossed off.
 */
export class MatchQueueClaims1764355400000 implements MigrationInterface {
  name = 'MatchQueueClaims1764355400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE offer_match_queue
        ADD COLUMN version integer NOT NULL DEFAULT 0,
        ADD COLUMN claimed_until timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE offer_match_queue DROP COLUMN version, DROP COLUMN claimed_until`);
  }
}
