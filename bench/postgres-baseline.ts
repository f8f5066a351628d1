import { DataSource } from 'typeorm';
import { BASELINE_TABLE } from './postgres-baseline-query';

/**
 * The Postgres-only baseline's storage: one denormalised table of the searchable profiles (the same rows and
 * fields as the index, the CV text staying in `documents`) with a weighted `french` tsvector, a GIN index on it
 * and on the array facets, in a schema of the bench's own. It is created for the run and dropped after it; the service's migrations never see it.
 */
export const BASELINE_SCHEMA = 'bench_baseline';

export interface BaselineBuild {
  rows: number;
  buildMs: number;
  tableMb: number;
  indexesMb: number;
}

const INDEXABLE = `r.status = 'published' AND r.visible_to_companies AND u.disabled_at IS NULL`;
const tsv = (text: string, weight: string) => `setweight(to_tsvector('french', unaccent(${text})), '${weight}')`;

export async function buildBaseline(dataSource: DataSource): Promise<BaselineBuild> {
  const started = Date.now();
  await dropBaseline(dataSource);
  await dataSource.query(`CREATE SCHEMA ${BASELINE_SCHEMA}`);
  await dataSource.query(`
    CREATE TABLE ${BASELINE_TABLE} AS
    SELECT r.id AS request_id, r.title, r.keywords, r.wanted_nace_divisions::text[] AS nace_divisions,
           ARRAY(SELECT DISTINCT d.section_code::text FROM nace_divisions d WHERE d.code = ANY (r.wanted_nace_divisions) ORDER BY 1)
             AS nace_sections,
           r.wanted_countries::text[] AS countries, r.wanted_cities AS cities, r.languages::text[] AS languages,
           sp.study_year, p.id AS programme_id, p.name AS programme_name,
           un.id AS university_id, un.name AS university_name, un.country_code::text AS university_country,
           u.civility, u.first_name, u.last_name,
           cv.id AS cv_id, cv.file_name AS cv_file_name, lt.id AS letter_id, lt.file_name AS letter_file_name,
           r.start_date AS available_from, r.start_date + r.duration_weeks * 7 AS available_to,
           coalesce(r.published_at, r.updated_at) AS published_at,
           ${tsv('r.title', 'A')} || ${tsv(`array_to_string(r.keywords, ' ')`, 'A')} || ${tsv('r.message', 'B')} ||
           ${tsv(`coalesce(CASE WHEN cv.text_status = 'extracted' THEN cv.text END, '')`, 'C')} ||
           ${tsv(`coalesce(CASE WHEN lt.text_status = 'extracted' THEN lt.text END, '')`, 'D')} AS document
      FROM internship_requests r
      JOIN users u ON u.id = r.student_id
      JOIN student_profiles sp ON sp.user_id = r.student_id
      JOIN programmes p ON p.id = sp.programme_id
      JOIN universities un ON un.id = p.university_id
      LEFT JOIN documents cv ON cv.request_id = r.id AND cv.kind = 'cv'
      LEFT JOIN documents lt ON lt.request_id = r.id AND lt.kind = 'letter'
     WHERE ${INDEXABLE}`);
  const statements = [
    `ALTER TABLE ${BASELINE_TABLE} ADD PRIMARY KEY (request_id)`,
    `CREATE INDEX profiles_document_idx ON ${BASELINE_TABLE} USING gin (document)`,
    `CREATE INDEX profiles_divisions_idx ON ${BASELINE_TABLE} USING gin (nace_divisions)`,
    `CREATE INDEX profiles_sections_idx ON ${BASELINE_TABLE} USING gin (nace_sections)`,
    `CREATE INDEX profiles_countries_idx ON ${BASELINE_TABLE} USING gin (countries)`,
    `CREATE INDEX profiles_languages_idx ON ${BASELINE_TABLE} USING gin (languages)`,
    `CREATE INDEX profiles_study_year_idx ON ${BASELINE_TABLE} (study_year)`,
    `CREATE INDEX profiles_programme_idx ON ${BASELINE_TABLE} (programme_id)`,
    `CREATE INDEX profiles_university_idx ON ${BASELINE_TABLE} (university_id)`,
    `CREATE INDEX profiles_published_idx ON ${BASELINE_TABLE} (published_at DESC, request_id)`,
    `VACUUM (ANALYZE) ${BASELINE_TABLE}`,
  ];
  for (const statement of statements) await dataSource.query(statement);
  // The build leaves hundreds of MB of dirty pages: written now, not by the checkpointer during the search loads
  // that follow. Needs a superuser or pg_checkpoint; without them the loads share the machine with those writes.
  await dataSource.query('CHECKPOINT').catch(() => undefined);
  const [size] = await dataSource.query(
    `SELECT (SELECT count(*)::int FROM ${BASELINE_TABLE}) AS rows,
            pg_table_size('${BASELINE_TABLE}') AS table_bytes, pg_indexes_size('${BASELINE_TABLE}') AS index_bytes`,
  );
  return {
    rows: size.rows,
    buildMs: Date.now() - started,
    tableMb: Math.round(Number(size.table_bytes) / 1048576),
    indexesMb: Math.round(Number(size.index_bytes) / 1048576),
  };
}

export async function dropBaseline(dataSource: DataSource): Promise<void> {
  await dataSource.query(`DROP SCHEMA IF EXISTS ${BASELINE_SCHEMA} CASCADE`);
}
