import { EntityManager } from 'typeorm';
import { documentQueries } from '../core/document-queries';
import { isoTimestamp } from '../core/iso-timestamp';
import { ProfileDocument } from './profile-document';
import { visibleToCompanies } from './profile-visibility';

/** A request's searchable document, or `null` when it must not be in the index (draft, hidden, archived…). */
export interface ProfileState {
  requestId: string;
  version: number;
  document: ProfileDocument | null;
}

/**
 * The one definition of a profile document: Postgres builds it as JSON from the request, the student's schooling and
 * the text of the CV and letter. The outbox drain (`loadProfiles`), the matching (`loadMatchingProfiles`) and the full
 * rebuild (`INDEXABLE_PROFILES_JSON`) all select it, so a new field is added here only (and in ProfileDocument and
 * the mapping). The sections are found through the divisions' key: scanning every division for each row took a
 * third of a rebuild's read.
 */
const PROFILE_DOCUMENT = `json_build_object(
           'request_id', r.id, 'student_id', r.student_id, 'title', r.title, 'message', r.message,
           'keywords', r.keywords,
           'cv_text', CASE WHEN cv.text_status = 'extracted' THEN cv.text END,
           'letter_text', CASE WHEN lt.text_status = 'extracted' THEN lt.text END,
           'nace_sections', ARRAY(SELECT DISTINCT d.section_code
                                   FROM unnest(r.wanted_nace_divisions) AS w(code)
                                   JOIN nace_divisions d ON d.code = w.code ORDER BY 1),
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
           'version', r.version)`;

/** The rows PROFILE_DOCUMENT reads: a request (`r`) with its student, schooling, CV and letter. */
const PROFILE_ROWS = `
    FROM internship_requests r
    JOIN users u ON u.id = r.student_id
    JOIN student_profiles sp ON sp.user_id = r.student_id
    JOIN programmes p ON p.id = sp.programme_id
    JOIN universities un ON un.id = p.university_id
    LEFT JOIN documents cv ON cv.request_id = r.id AND cv.kind = 'cv'
    LEFT JOIN documents lt ON lt.request_id = r.id AND lt.kind = 'letter'`;

/** In the profiles index: shown to companies (the rule of requests' read scope too) by a student not disabled. */
const INDEXABLE = `${visibleToCompanies('r')} AND u.disabled_at IS NULL`;

const QUERIES = documentQueries({
  id: 'r.id',
  version: 'r.version',
  document: PROFILE_DOCUMENT,
  rows: PROFILE_ROWS,
  indexable: INDEXABLE,
});
const SELECT_PROFILES = QUERIES.select;

/** Every indexable entity in id order, the document as JSON text: what the full rebuild streams into bulk requests. */
export const INDEXABLE_PROFILES_JSON = QUERIES.indexableJson;

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
  return rows.map((row) => row.document);
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
  version: string;
  indexable: boolean;
  document: ProfileDocument;
}

function toState(row: ProfileRow): ProfileState {
  const version = Number(row.version);
  if (!row.indexable) return { requestId: row.id, version, document: null };
  return { requestId: row.id, version, document: row.document };
}
