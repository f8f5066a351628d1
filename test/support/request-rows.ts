import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SearchOutboxWriter } from '../../indexer/outbox/search-outbox.writer';
import { ProfilesOutbox } from '../../indexer/profiles/profiles-outbox';

export interface RequestRow {
  title?: string;
  keywords?: string[];
  divisions?: string[];
  countries?: string[];
  status?: 'draft' | 'published' | 'archived';
  visible?: boolean;
}

/**
 * Writes requests straight into Postgres with their outbox rows, as the request service does in one
 * transaction: for tests about the indexer itself, where the request API is not the subject.
 */
export async function insertRequests(dataSource: DataSource, studentId: string, rows: RequestRow[]): Promise<string[]> {
  return dataSource.transaction(async (manager) => {
    const ids: string[] = [];
    for (const row of rows) {
      const id = randomUUID();
      await manager.query(
        `INSERT INTO internship_requests (id, student_id, title, message, keywords, wanted_nace_divisions, wanted_countries,
           start_date, duration_weeks, languages, visible_to_companies, status, published_at)
         VALUES ($1, $2, $3, 'Madame, Monsieur, je cherche un stage.', $4, $5, $6, DATE '2027-02-01', 16, '{fr}', $7, $8::varchar,
           CASE WHEN $8::varchar = 'published' THEN now() END)`,
        [
          id,
          studentId,
          row.title ?? 'Stage de fin d’études',
          row.keywords ?? [],
          row.divisions ?? ['62'],
          row.countries ?? ['TN'],
          row.visible ?? true,
          row.status ?? 'published',
        ],
      );
      ids.push(id);
    }
    await new ProfilesOutbox(new SearchOutboxWriter()).requestsChanged(manager, ids);
    return ids;
  });
}

/** Changes requests the way the request service does: new values, a higher version, an outbox row. */
export async function updateRequests(
  dataSource: DataSource,
  ids: string[],
  set: { title?: string; visible?: boolean; status?: string },
) {
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `UPDATE internship_requests SET title = coalesce($2, title), visible_to_companies = coalesce($3, visible_to_companies),
         status = coalesce($4, status), version = version + 1, updated_at = now() WHERE id = ANY ($1::uuid[])`,
      [ids, set.title ?? null, set.visible ?? null, set.status ?? null],
    );
    await new ProfilesOutbox(new SearchOutboxWriter()).requestsChanged(manager, ids);
  });
}
