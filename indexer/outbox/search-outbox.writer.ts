import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Records, inside the caller's transaction, that some entities changed and their search documents must be
 * rewritten. Only ids travel: the drainer reads the current state from Postgres when it runs. `index` is the name of
 * a registered projection (`SearchIndexDefinition.name`); each projection's outbox (`indexer/<projection>`) knows
 * which of its documents a change touches.
 */
@Injectable()
export class SearchOutboxWriter {
  async changed(manager: EntityManager, index: string, entityIds: string[]): Promise<void> {
    const unique = [...new Set(entityIds)];
    if (unique.length === 0) return;
    await manager.query(`INSERT INTO search_outbox (index_name, entity_id) SELECT $1, unnest($2::uuid[])`, [
      index,
      unique,
    ]);
  }

  /**
   * Queues for `index` the ids (column `id`) that `sql` returns with `params`: a projection's own statement naming
   * the documents a change touches (often an UPDATE … RETURNING that bumps their version, wrapped in a SELECT).
   */
  async changedRows(manager: EntityManager, index: string, sql: string, params: unknown[]): Promise<void> {
    const rows: Array<{ id: string }> = await manager.query(sql, params);
    await this.changed(
      manager,
      index,
      rows.map((row) => row.id),
    );
  }
}
