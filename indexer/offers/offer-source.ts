import { EntityManager } from 'typeorm';
import { isoTimestamp } from '../profiles/profile-source';
import { OfferDocument } from './offer-document';

/** An offer's document, or `null` when it must not be in the index (anything but published). */
export interface OfferState {
  offerId: string;
  version: number;
  document: OfferDocument | null;
}

// Columns named as the document's fields, so a row is the document but for a few types.
const SELECT_OFFERS = `
  SELECT o.id AS offer_id, o.company_id, c.name AS company_name, o.title, o.mission, o.profile_text, o.position,
         o.internship_type, o.skills, o.wanted_nace_divisions AS nace_divisions, o.wanted_study_years AS study_years,
         o.wanted_programmes, o.languages, o.wanted_countries, o.country_code, o.city, o.targeting,
         o.target_country_code, o.target_university_id, o.target_programme_id, o.status, o.application_deadline,
         o.published_at, o.updated_at, o.version::text AS version,
         to_char(o.start_date, 'YYYY-MM-DD') AS start_date,
         to_char(o.start_date + o.duration_weeks * 7, 'YYYY-MM-DD') AS end_date,
         ARRAY(SELECT DISTINCT d.section_code FROM nace_divisions d WHERE d.code = ANY (o.wanted_nace_divisions)
               ORDER BY 1) AS nace_sections
    FROM offers o
    JOIN companies c ON c.id = o.company_id`;

const INDEXABLE = `o.status = 'published'`;

/**
 * Every published offer in id order, the document built as JSON text by Postgres (see INDEXABLE_PROFILES_JSON);
 * it must give exactly `toState`'s document (test/rebuild-stream.e2e-spec.ts compares the two).
 */
export const INDEXABLE_OFFERS_JSON = `
  SELECT o.id::text AS id, o.version::text AS version, json_build_object(
           'offer_id', o.id, 'company_id', o.company_id, 'company_name', c.name, 'title', o.title,
           'mission', o.mission, 'profile_text', o.profile_text, 'position', o.position,
           'internship_type', o.internship_type, 'skills', o.skills, 'nace_divisions', o.wanted_nace_divisions::text[],
           'nace_sections', ARRAY(SELECT DISTINCT d.section_code FROM nace_divisions d
                                   WHERE d.code = ANY (o.wanted_nace_divisions) ORDER BY 1),
           'study_years', o.wanted_study_years, 'wanted_programmes', o.wanted_programmes,
           'languages', o.languages::text[], 'wanted_countries', o.wanted_countries::text[],
           'country_code', trim(o.country_code), 'city', o.city, 'targeting', o.targeting,
           'target_country_code', trim(o.target_country_code), 'target_university_id', o.target_university_id,
           'target_programme_id', o.target_programme_id, 'status', o.status,
           'start_date', to_char(o.start_date, 'YYYY-MM-DD'),
           'end_date', to_char(o.start_date + o.duration_weeks * 7, 'YYYY-MM-DD'),
           'application_deadline', ${isoTimestamp('o.application_deadline')},
           'published_at', ${isoTimestamp('o.published_at')},
           'updated_at', ${isoTimestamp('o.updated_at')},
           'version', o.version)::text AS document
    FROM offers o
    JOIN companies c ON c.id = o.company_id
   WHERE ${INDEXABLE}
   ORDER BY o.id`;

export async function loadOffers(manager: EntityManager, offerIds: string[]): Promise<OfferState[]> {
  if (offerIds.length === 0) return [];
  const rows: OfferRow[] = await manager.query(`${SELECT_OFFERS} WHERE o.id = ANY ($1::uuid[])`, [offerIds]);
  const found = new Map(rows.map((row) => [row.offer_id, toState(row)]));
  return offerIds.map((id) => found.get(id) ?? { offerId: id, version: 0, document: null });
}

export async function loadIndexableOffers(
  manager: EntityManager,
  afterId: string | null,
  limit: number,
): Promise<OfferState[]> {
  const rows: OfferRow[] = await manager.query(
    `${SELECT_OFFERS} WHERE ${INDEXABLE} AND o.id > $1::uuid ORDER BY o.id LIMIT $2`,
    [afterId ?? '00000000-0000-0000-0000-000000000000', limit],
  );
  return rows.map(toState);
}

export async function countIndexableOffers(manager: EntityManager): Promise<number> {
  const [row] = await manager.query(`SELECT count(*)::int AS n FROM offers o WHERE ${INDEXABLE}`);
  return row.n;
}

type OfferRow = Omit<OfferDocument, 'application_deadline' | 'published_at' | 'updated_at' | 'version'> & {
  application_deadline: Date;
  published_at: Date | null;
  updated_at: Date;
  version: string;
};

/** Fixed-width codes (char columns) come back padded; dates as ISO strings. */
function toState(row: OfferRow): OfferState {
  const version = Number(row.version);
  if (row.status !== 'published') return { offerId: row.offer_id, version, document: null };
  const trim = (codes: string[]) => codes.map((code) => code.trim());
  return {
    offerId: row.offer_id,
    version,
    document: {
      ...row,
      nace_divisions: trim(row.nace_divisions),
      languages: trim(row.languages),
      wanted_countries: trim(row.wanted_countries),
      country_code: row.country_code.trim(),
      target_country_code: row.target_country_code?.trim() ?? null,
      application_deadline: row.application_deadline.toISOString(),
      published_at: row.published_at?.toISOString() ?? null,
      updated_at: row.updated_at.toISOString(),
      version,
    },
  };
}
