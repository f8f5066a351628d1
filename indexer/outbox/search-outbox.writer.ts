import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export type SearchIndexName = 'profiles' | 'offers';

/**
 * Records, inside the caller's transaction, that some entities changed and their search documents must be
 * rewritten. Only ids travel: the drainer reads the current state from Postgres when it runs.
 */
@Injectable()
export class SearchOutboxWriter {
  async changed(manager: EntityManager, index: SearchIndexName, entityIds: string[]): Promise<void> {
    const unique = [...new Set(entityIds)];
    if (unique.length === 0) return;
    await manager.query(`INSERT INTO search_outbox (index_name, entity_id) SELECT $1, unnest($2::uuid[])`, [
      index,
      unique,
    ]);
  }

  /** Every request of these students: their schooling or account changed, so each of their profiles did. */
  async studentsChanged(manager: EntityManager, studentIds: string[]): Promise<void> {
    await this.bumpAndQueue(manager, 'profiles', 'internship_requests', 'student_id', studentIds);
  }

  /** Every offer of these companies: their name is in each offer document. */
  async companiesChanged(manager: EntityManager, companyIds: string[]): Promise<void> {
    await this.bumpAndQueue(manager, 'offers', 'offers', 'company_id', companyIds);
  }

  /**
   * Every row of `table` whose `owner` is one of `ownerIds`, queued for `index`. Bumping the version keeps external
   * versioning monotonic for documents whose own row did not change. Wrapped in a SELECT so the driver hands back
   * plain rows (an UPDATE answers [rows, count]). Table and column names are this class's constants, never input.
   */
  private async bumpAndQueue(
    manager: EntityManager,
    index: SearchIndexName,
    table: 'internship_requests' | 'offers',
    owner: 'student_id' | 'company_id',
    ownerIds: string[],
  ): Promise<void> {
    if (ownerIds.length === 0) return;
    const rows: Array<{ id: string }> = await manager.query(
      `WITH bumped AS (UPDATE ${table} SET version = version + 1, updated_at = now() WHERE ${owner} = ANY($1::uuid[]) RETURNING id)
       SELECT id FROM bumped`,
      [ownerIds],
    );
    await this.changed(
      manager,
      index,
      rows.map((row) => row.id),
    );
  }
}
