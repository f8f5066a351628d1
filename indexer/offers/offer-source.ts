import { EntityManager } from 'typeorm';
import { documentQueries } from '../core/document-queries';
import { isoTimestamp } from '../core/iso-timestamp';
import { OfferDocument } from './offer-document';

/** An offer's document, or `null` when it must not be in the index (anything but published). */
export interface OfferState {
  offerId: string;
  version: number;
  document: OfferDocument | null;
}

/**
 * The one definition of an offer document, built as JSON by Postgres: the outbox drain and the matching
 * (`loadOffers`) and the full rebuild (`INDEXABLE_OFFERS_JSON`) all select it, so a new field is added here only
 * (and in OfferDocument and the mapping).
 */
const OFFER_DOCUMENT = `json_build_object(
           'offer_id', o.id, 'company_id', o.company_id, 'company_name', c.name, 'title', o.title,
           'mission', o.mission, 'profile_text', o.profile_text, 'position', o.position,
           'internship_type', o.internship_type, 'skills', o.skills, 'nace_divisions', o.wanted_nace_divisions::text[],
           'nace_sections', ARRAY(SELECT DISTINCT d.section_code
                                   FROM unnest(o.wanted_nace_divisions) AS w(code)
                                   JOIN nace_divisions d ON d.code = w.code ORDER BY 1),
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
           'version', o.version)`;

/** The rows OFFER_DOCUMENT reads: an offer (`o`) with its company. */
const OFFER_ROWS = `
    FROM offers o
    JOIN companies c ON c.id = o.company_id`;

const INDEXABLE = `o.status = 'published'`;

const QUERIES = documentQueries({
  id: 'o.id',
  version: 'o.version',
  document: OFFER_DOCUMENT,
  rows: OFFER_ROWS,
  indexable: INDEXABLE,
});
const SELECT_OFFERS = QUERIES.select;

/** Every indexable entity in id order, the document as JSON text: what the full rebuild streams into bulk requests. */
export const INDEXABLE_OFFERS_JSON = QUERIES.indexableJson;

export async function loadOffers(manager: EntityManager, offerIds: string[]): Promise<OfferState[]> {
  if (offerIds.length === 0) return [];
  const rows: OfferRow[] = await manager.query(`${SELECT_OFFERS} WHERE o.id = ANY ($1::uuid[])`, [offerIds]);
  const found = new Map(rows.map((row) => [row.id, toState(row)]));
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

interface OfferRow {
  id: string;
  version: string;
  indexable: boolean;
  document: OfferDocument;
}

function toState(row: OfferRow): OfferState {
  const version = Number(row.version);
  if (!row.indexable) return { offerId: row.id, version, document: null };
  return { offerId: row.id, version, document: row.document };
}
