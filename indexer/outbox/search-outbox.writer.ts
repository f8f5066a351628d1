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
   * A parent changed (a company's name, a student's schooling) and it is written into each of its children's
   * documents: every row of `children.table` whose `children.parentKey` is one of `parentIds` gets its version bumped,
   * which keeps external versioning monotonic for documents whose own row did not change, and is queued for `index`.
   * Table and key are the projection's constants, never input.
   */
  async parentsChanged(
    manager: EntityManager,
    index: string,
    children: { table: string; parentKey: string },
    parentIds: string[],
  ): Promise<void> {
    if (parentIds.length === 0) return;
    if (![children.table, children.parentKey].every((name) => /^[a-z_]+$/.test(name)))
      throw new Error(`not a table and column name: ${children.table}.${children.parentKey}`);
    // Wrapped in a SELECT so the driver hands back plain rows (an UPDATE answers [rows, count]).
    const rows: Array<{ id: string }> = await manager.query(
      `WITH bumped AS (
         UPDATE ${children.table} SET version = version + 1, updated_at = now()
          WHERE ${children.parentKey} = ANY ($1::uuid[])
         RETURNING id)
       SELECT id FROM bumped`,
      [parentIds],
    );
    await this.changed(
      manager,
      index,
      rows.map((row) => row.id),
    );
  }
}
