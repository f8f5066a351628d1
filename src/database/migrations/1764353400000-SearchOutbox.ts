import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Changes waiting to reach Elasticsearch, written in the same transaction as the change. The worker drains it;
 * a failed item stays with its error and next attempt time, so nothing is dropped.
 */
export class SearchOutbox1764353400000 implements MigrationInterface {
  name = 'SearchOutbox1764353400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        index_name varchar(32) NOT NULL,
        entity_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        last_error text,
        processed_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX search_outbox_pending_idx ON search_outbox (next_attempt_at, id) WHERE processed_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX search_outbox_processed_idx ON search_outbox (processed_at) WHERE processed_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE search_outbox');
  }
}
