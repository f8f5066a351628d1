import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SearchProjection, SearchProjections } from '../core/search-projection';
import { IndexSyncHooks } from './index-sync-hooks';

export interface DrainResult {
  claimed: number;
  written: number;
  failed: number;
}

interface OutboxRow {
  id: string;
  index_name: string;
  entity_id: string;
  attempts: number;
}

/** Retry delay of an item the engine refused: 2 s, 4 s, 8 s… up to an hour. It is kept, never dropped. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(3600, 2 ** Math.min(attempts, 12));
}

/**
 * Moves one batch of outbox rows into Elasticsearch, every registered projection alike. Rows are claimed with SKIP LOCKED so
 * several workers can drain side by side; the documents are rebuilt from Postgres's current state, whatever
 * the row order.
 */
@Injectable()
export class OutboxDrainerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly projections: SearchProjections,
    private readonly hooks: IndexSyncHooks,
  ) {}

  async drainOnce(limit: number): Promise<DrainResult> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, index_name, entity_id, attempts FROM search_outbox
          WHERE processed_at IS NULL AND next_attempt_at <= now() AND index_name = ANY ($2::text[])
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit, this.projections.names],
      );
      const result: DrainResult = { claimed: rows.length, written: 0, failed: 0 };
      for (const projection of this.projections.all) {
        const group = rows.filter((row) => row.index_name === projection.name);
        if (group.length === 0) continue;
        const { written, failed } = await this.drainGroup(manager, projection, group);
        result.written += written;
        result.failed += failed;
      }
      return result;
    });
  }

  private async drainGroup(manager: EntityManager, projection: SearchProjection, rows: OutboxRow[]) {
    const { index, writer } = projection;
    // If Elasticsearch is down this throws, the transaction rolls back and the rows wait for the next pass.
    const target = await index.ensure();
    const states = await index.definition.load(manager, [...new Set(rows.map((row) => row.entity_id))]);
    const outcome = await writer.write(target, states);

    const done = rows.filter((row) => !outcome.failed.has(row.entity_id));
    if (done.length > 0) {
      await manager.query(
        `UPDATE search_outbox SET processed_at = now(), last_error = NULL WHERE id = ANY ($1::bigint[])`,
        [done.map((row) => row.id)],
      );
    }
    for (const row of rows.filter((r) => outcome.failed.has(r.entity_id))) {
      await manager.query(
        `UPDATE search_outbox SET attempts = attempts + 1, last_error = $2,
                next_attempt_at = now() + make_interval(secs => $3) WHERE id = $1`,
        [row.id, outcome.failed.get(row.entity_id), retryDelaySeconds(row.attempts + 1)],
      );
    }
    await this.hooks.run(manager, index.definition.name, [...new Set(done.map((row) => row.entity_id))]);
    return { written: outcome.written, failed: outcome.failed.size };
  }

  /** Processed rows are history; keep a day of it for inspection. */
  async purgeProcessed(olderThanHours = 24): Promise<number> {
    const result = await this.dataSource.query(
      `DELETE FROM search_outbox WHERE id IN (
         SELECT id FROM search_outbox WHERE processed_at < now() - make_interval(hours => $1) LIMIT 10000)`,
      [olderThanHours],
    );
    return Array.isArray(result) ? ((result[1] as number) ?? 0) : 0;
  }
}
