import { EntityManager } from 'typeorm';
import { ProfileDocument } from './profile-document';

/** A request's searchable document, or `null` when it must not be in the index (draft, hidden, archived…). */
export interface ProfileState {
  requestId: string;
  version: number;
  document: ProfileDocument | null;
}

// One query builds whole documents: the request, the student's schooling and the text of the CV and letter.
const SELECT_PROFILES = `
  SELECT r.id, r.student_id, r.title, r.message, r.keywords, r.wanted_nace_divisions, r.wanted_countries,
         r.wanted_cities, r.languages, r.published_at, r.updated_at, r.version::text AS version,
         to_char(r.start_date, 'YYYY-MM-DD') AS available_from,
         to_char(r.start_date + r.duration_weeks * 7, 'YYYY-MM-DD') AS available_to,
         (r.status = 'published' AND r.visible_to_companies AND u.disabled_at IS NULL) AS indexable,
         ARRAY(SELECT DISTINCT d.section_code FROM nace_divisions d WHERE d.code = ANY (r.wanted_nace_divisions)
               ORDER BY 1) AS nace_sections,
         sp.study_year, p.id AS programme_id, p.name AS programme_name,
         un.id AS university_id, un.name AS university_name, un.country_code AS university_country, sp.residence_country,
         u.civility, u.first_name, u.last_name,
         cv.id AS cv_id, cv.file_name AS cv_file_name, CASE WHEN cv.text_status = 'extracted' THEN cv.text END AS cv_text,
         lt.id AS letter_id, lt.file_name AS letter_file_name,
         CASE WHEN lt.text_status = 'extracted' THEN lt.text END AS letter_text
    FROM internship_requests r
    JOIN users u ON u.id = r.student_id
    JOIN student_profiles sp ON sp.user_id = r.student_id
    JOIN programmes p ON p.id = sp.programme_id
    JOIN universities un ON un.id = p.university_id
    LEFT JOIN documents cv ON cv.request_id = r.id AND cv.kind = 'cv'
    LEFT JOIN documents lt ON lt.request_id = r.id AND lt.kind = 'letter'`;

const INDEXABLE = `r.status = 'published' AND r.visible_to_companies AND u.disabled_at IS NULL`;

/** A timestamp as JavaScript's toISOString writes it (UTC, milliseconds). */
export const isoTimestamp = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Every indexable profile in id order, the document built as JSON text by Postgres: what the full rebuild streams
 * straight into bulk requests, with no per-row work in Node. It must give exactly `toDocument`'s document
 * (test/rebuild-stream.e2e-spec.ts compares the two).
 */
export const INDEXABLE_PROFILES_JSON = `
  SELECT r.id::text AS id, r.version::text AS version, json_build_object(
           'request_id', r.id, 'student_id', r.student_id, 'title', r.title, 'message', r.message,
           'keywords', r.keywords,
           'cv_text', CASE WHEN cv.text_status = 'extracted' THEN cv.text END,
           'letter_text', CASE WHEN lt.text_status = 'extracted' THEN lt.text END,
           'nace_sections', ARRAY(SELECT DISTINCT d.section_code FROM nace_divisions d
                                   WHERE d.code = ANY (r.wanted_nace_divisions) ORDER BY 1),
           'nace_divisions', r.wanted_nace_divisions::text[], 'countries', r.wanted_countries::text[],
           'cities', r.wanted_cities, 'languages', r.languages::text[],
           'study_year', sp.study_year, 'programme_id', p.id, 'programme_name', p.name,
           'university_id', un.id, 'university_name', un.name, 'university_country', un.country_code,
           'residence_country', NULLIF(trim(sp.residence_country), ''),
           'civility', u.civility, 'first_name', u.first_name, 'last_name', u.last_name,
           'cv', CASE WHEN cv.id IS NOT NULL THEN json_build_object('document_id', cv.id, 'file_name', cv.file_name) END,
           'letter', CASE WHEN lt.id IS NOT NULL THEN json_build_object('document_id', lt.id, 'file_name', lt.file_name) END,
           'available_from', to_char(r.start_date, 'YYYY-MM-DD'),
           'available_to', to_char(r.start_date + r.duration_weeks * 7, 'YYYY-MM-DD'),
           'published_at', ${isoTimestamp('coalesce(r.published_at, r.updated_at)')},
           'updated_at', ${isoTimestamp('r.updated_at')},
           'version', r.version)::text AS document
    FROM internship_requests r
    JOIN users u ON u.id = r.student_id
    JOIN student_profiles sp ON sp.user_id = r.student_id
    JOIN programmes p ON p.id = sp.programme_id
    JOIN universities un ON un.id = p.university_id
    LEFT JOIN documents cv ON cv.request_id = r.id AND cv.kind = 'cv'
    LEFT JOIN documents lt ON lt.request_id = r.id AND lt.kind = 'letter'
   WHERE ${INDEXABLE}
   ORDER BY r.id`;

/** The current state of these requests; ids with no row at all come back with a null document too. */
export async function loadProfiles(manager: EntityManager, requestIds: string[]): Promise<ProfileState[]> {
  if (requestIds.length === 0) return [];
  const rows: ProfileRow[] = await manager.query(`${SELECT_PROFILES} WHERE r.id = ANY ($1::uuid[])`, [requestIds]);
  const found = new Map(rows.map((row) => [row.id, toState(row)]));
  return requestIds.map((id) => found.get(id) ?? { requestId: id, version: 0, document: null });
}

/** The next page of indexable profiles after `afterId`, in id order (keyset paging: memory stays flat). */
export async function loadIndexablePage(
  manager: EntityManager,
  afterId: string | null,
  limit: number,
): Promise<ProfileState[]> {
  const rows: ProfileRow[] = await manager.query(
    `${SELECT_PROFILES} WHERE ${INDEXABLE} AND r.id > $1::uuid ORDER BY r.id LIMIT $2`,
    [afterId ?? '00000000-0000-0000-0000-000000000000', limit],
  );
  return rows.map(toState);
}

/**
 * Documents of published requests of enabled students, shown to companies or not: what the matching of a
 * request to offers reads (a student hidden from companies still receives offers).
 */
export async function loadMatchingProfiles(manager: EntityManager, requestIds: string[]): Promise<ProfileDocument[]> {
  if (requestIds.length === 0) return [];
  const rows: ProfileRow[] = await manager.query(
    `${SELECT_PROFILES} WHERE r.id = ANY ($1::uuid[]) AND r.status = 'published' AND u.disabled_at IS NULL`,
    [requestIds],
  );
  return rows.map((row) => toDocument(row, Number(row.version)));
}

export async function countIndexable(manager: EntityManager): Promise<number> {
  const [row] = await manager.query(
    `SELECT count(*)::int AS n FROM internship_requests r JOIN users u ON u.id = r.student_id
       JOIN student_profiles sp ON sp.user_id = r.student_id WHERE ${INDEXABLE}`,
  );
  return row.n;
}

interface ProfileRow {
  id: string;
  student_id: string;
  title: string;
  message: string;
  keywords: string[];
  wanted_nace_divisions: string[];
  wanted_countries: string[];
  wanted_cities: string[];
  languages: string[];
  published_at: Date | null;
  updated_at: Date;
  version: string;
  available_from: string | null;
  available_to: string | null;
  indexable: boolean;
  nace_sections: string[];
  study_year: number;
  programme_id: string;
  programme_name: string;
  university_id: string;
  university_name: string;
  university_country: string;
  residence_country: string | null;
  civility: string | null;
  first_name: string;
  last_name: string;
  cv_id: string | null;
  cv_file_name: string | null;
  cv_text: string | null;
  letter_id: string | null;
  letter_file_name: string | null;
  letter_text: string | null;
}

function toState(row: ProfileRow): ProfileState {
  const version = Number(row.version);
  if (!row.indexable) return { requestId: row.id, version, document: null };
  return { requestId: row.id, version, document: toDocument(row, version) };
}

function toDocument(row: ProfileRow, version: number): ProfileDocument {
  return {
    request_id: row.id,
    student_id: row.student_id,
    title: row.title,
    message: row.message,
    keywords: row.keywords,
    cv_text: row.cv_text,
    letter_text: row.letter_text,
    nace_sections: row.nace_sections,
    nace_divisions: row.wanted_nace_divisions.map((code) => code.trim()),
    countries: row.wanted_countries.map((code) => code.trim()),
    cities: row.wanted_cities,
    languages: row.languages.map((code) => code.trim()),
    study_year: row.study_year,
    programme_id: row.programme_id,
    programme_name: row.programme_name,
    university_id: row.university_id,
    university_name: row.university_name,
    university_country: row.university_country,
    residence_country: row.residence_country?.trim() || null,
    civility: row.civility,
    first_name: row.first_name,
    last_name: row.last_name,
    cv: row.cv_id ? { document_id: row.cv_id, file_name: row.cv_file_name! } : null,
    letter: row.letter_id ? { document_id: row.letter_id, file_name: row.letter_file_name! } : null,
    available_from: row.available_from,
    available_to: row.available_to,
    published_at: (row.published_at ?? row.updated_at).toISOString(),
    updated_at: row.updated_at.toISOString(),
    version,
  };
}
