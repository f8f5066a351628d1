import { PoolClient } from 'pg';
import { DataSource } from 'typeorm';

/** One row of a definition's `indexableJson` query, as text: `[id, version, document JSON]`. */
export type IndexableRow = [id: string, version: string, document: string];

const CURSOR = 'search_rebuild_documents';
const FIRST_FETCH = 50;
const MAX_FETCH = 1000;

/**
 * Streams the rows of one ordered query through a server-side cursor (DECLARE … FETCH in a read-only transaction
 * on a connection of its own): one query, one snapshot, no OFFSET and no keyset re-planning per page.
 * Rows come as arrays of text (no object per row, no type parsing). Each FETCH asks for about a quarter of
 * `budgetBytes`, sized on the largest row of the previous fetch, so a run of large CVs shrinks the next fetch.
 * Each page is emptied when the next one is asked for: a consumer that keeps rows must copy them.
 */
export async function* readIndexable(
  dataSource: DataSource,
  sql: string,
  budgetBytes: number,
): AsyncGenerator<IndexableRow[]> {
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  let open = false;
  try {
    await client.query('BEGIN READ ONLY');
    open = true;
    // A cursor is planned for its first rows (cursor_tuple_fraction): here an index scan in id order with merge
    // joins on the documents, which streams. Planned for all rows, it hashes and sorts the CV text and spills to disk.
    await client.query(`DECLARE ${CURSOR} NO SCROLL CURSOR FOR ${sql}`);
    let fetch = FIRST_FETCH;
    for (;;) {
      const { rows } = await client.query<IndexableRow>({
        text: `FETCH FORWARD ${fetch} FROM ${CURSOR}`,
        rowMode: 'array',
      });
      if (rows.length === 0) break;
      let largest = 1;
      for (const row of rows) if (row[2].length > largest) largest = row[2].length;
      yield rows;
      // The page is done with once the next one is asked for. Emptied, its array (long-lived enough to reach the old
      // generation, as pg's result of a fetch often is) no longer keeps the young strings of the rows alive through
      // each young-generation collection: without this the rebuild promoted nearly every document it read, and the
      // worker's heap grew by hundreds of MB between full collections.
      rows.length = 0;
      fetch = Math.max(1, Math.min(MAX_FETCH, Math.floor(budgetBytes / 4 / largest)));
    }
    await client.query('COMMIT');
    open = false;
  } finally {
    // A reader stopped early (a failed bulk) leaves the transaction open: end it before the connection goes back.
    if (open) await client.query('ROLLBACK').catch(() => undefined);
    await runner.release();
  }
}
