/** How a projection's document is read: SQL expressions over the rows of its FROM clause. */
export interface DocumentSql {
  /** The entity id and version columns (`r.id`, `r.version`). */
  id: string;
  version: string;
  /** The document, built by Postgres (`json_build_object(…)`): the projection's one definition of it. */
  document: string;
  /** The FROM clause (with its joins) the expressions read. */
  rows: string;
  /** The condition for being in the index. */
  indexable: string;
}

/**
 * The two queries every projection runs on its one document definition: `select` gives `id`, `version` (text),
 * `indexable` and `document` (parsed JSON) for the loaders, which add their WHERE; `indexableJson` gives every
 * indexable entity in id order as `[id, version, document]` text, what the full rebuild streams into bulk requests.
 */
export function documentQueries(sql: DocumentSql): { select: string; indexableJson: string } {
  return {
    select: `
  SELECT ${sql.id} AS id, ${sql.version}::text AS version, (${sql.indexable}) AS indexable, ${sql.document} AS document
  ${sql.rows}`,
    indexableJson: `
  SELECT ${sql.id}::text AS id, ${sql.version}::text AS version, ${sql.document}::text AS document
  ${sql.rows}
   WHERE ${sql.indexable}
   ORDER BY ${sql.id}`,
  };
}
