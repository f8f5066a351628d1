import { DataSource } from 'typeorm';

/**
 * Waits until the worker is in the middle of a bulk batch: its drain transaction holds claimed outbox rows
 * (FOR UPDATE, a RowShareLock on search_outbox) and waits on Elasticsearch ("idle in transaction"). Answers
 * whether that moment was caught before the deadline.
 */
export async function waitForBulkInFlight(dataSource: DataSource, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [row] = await dataSource.query(
      `SELECT count(*)::int AS n FROM pg_locks l
         JOIN pg_class c ON c.oid = l.relation
         JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE c.relname = 'search_outbox' AND l.mode = 'RowShareLock'
          AND a.datname = current_database() AND a.state = 'idle in transaction'`,
    );
    if (row.n > 0) return true;
    await new Promise((done) => setTimeout(done, 5));
  }
  return false;
}
