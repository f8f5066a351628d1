import { Pool, PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { CopyBinaryRows } from './copy-binary-rows';

/** One row of a definition's `indexableJson` query, as the UTF-8 bytes Postgres holds: `[id, version, document]`. */
export type IndexableRow = [id: Buffer, version: Buffer, document: Buffer];

/**
 * COPY plans for every row, where a cursor plans for the first ones: left alone it hashes the CV texts and sorts
 * them on disk. These keep the cursor's streaming plan (index scans in id order, nested loops), on one core (the
 * engine needs the other during a rebuild), without JIT (the disabled sort's cost estimate would trigger it).
 */
const STREAMING_PLAN = [
  'SET LOCAL enable_hashjoin = off',
  'SET LOCAL enable_sort = off',
  'SET LOCAL max_parallel_workers_per_gather = 0',
  'SET LOCAL jit = off',
];

/**
 * Streams the rows of one ordered query through `COPY (…) TO STDOUT (FORMAT binary)` in a read-only transaction on a
 * connection of its own: one query, one snapshot, and the documents as bytes, never decoded into strings nor encoded
 * back (the rebuild sends them to the engine as they are). Rows come in the batches the socket delivers.
 */
export async function* readIndexable(dataSource: DataSource, sql: string): AsyncGenerator<IndexableRow[]> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const client: PoolClient = await pool.connect();
  // Until the COPY is read to its end and committed, the connection is not fit to go back to the pool.
  let unfinished: Error | undefined = new Error('rebuild stream stopped before its end');
  try {
    await client.query('BEGIN READ ONLY');
    for (const setting of STREAMING_PLAN) await client.query(setting);
    const stream = client.query(copyTo(`COPY (${sql}) TO STDOUT (FORMAT binary)`));
    const reader = new CopyBinaryRows();
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const rows = reader.push(chunk) as IndexableRow[];
      if (rows.length > 0) yield rows;
    }
    if (!reader.complete) throw new Error('rebuild stream: COPY ended without its trailer');
    await client.query('COMMIT');
    unfinished = undefined;
  } finally {
    // With an error (or a reader that stopped early) the pool closes this connection instead of taking it back.
    client.release(unfinished);
  }
}
