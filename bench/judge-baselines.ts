import type { Client, estypes } from '@elastic/elasticsearch';
import { PROFILES_INDEX } from '../indexer/profiles/profile-document';
import { Offer } from '../src/offers/offer.entity';
import { IndexNames } from '../src/elasticsearch/index-names';
import { DEPTH } from './judge-metrics';

type Query = estypes.QueryDslQueryContainer;

/**
 * The baselines the service's ranking must beat, fixed before any run (no tuning on the judged set):
 * - `bm25`: the offer's whole text (title, mission, profile, skills) as one query, BM25 through the French analysis
 *   over everything the student wrote (title and keywords ×2, message, CV and letter text), no criterion;
 * - `structured`: sector 3 + study year 2 + country 1 + programme 1, no text (ties: newest request first);
 * - `bm25Structured`: the BM25 score divided by the offer's best one, times 4 (as much as the three criteria
 *   together), plus sector 2 + study year 1 + country 1.
 */
export const TEXT_FIELDS = ['title^2', 'keywords^2', 'message', 'cv_text', 'letter_text'];
export const STRUCTURED_POINTS = { sector: 3, studyYear: 2, country: 1, programme: 1 } as const;
export const BLEND_POINTS = { text: 4, sector: 2, studyYear: 1, country: 1 } as const;

export function offerText(offer: Pick<Offer, 'title' | 'mission' | 'profileText' | 'skills'>): string {
  return [offer.title, offer.mission, offer.profileText, ...offer.skills].join('\n');
}

function textQuery(offer: Offer): Query {
  return { combined_fields: { query: offerText(offer), fields: TEXT_FIELDS, operator: 'or' } };
}

// Equal scores fall to the newest request (as a plain sort would), then the id: the same order on every run.
const TIES_NEWEST_FIRST: estypes.Sort = [
  { _score: { order: 'desc' } },
  { published_at: { order: 'desc' } },
  { request_id: { order: 'asc' } },
];

const points = (query: Query, boost: number): Query => ({ constant_score: { filter: query, boost } });

function sector(offer: Offer): Query {
  return { terms: { nace_divisions: offer.wantedNaceDivisions.map((code) => code.trim()) } };
}
function studyYear(offer: Offer): Query {
  return { terms: { study_year: offer.wantedStudyYears } };
}
/** The student wants the offer's country, or named no country. */
function country(offer: Offer): Query {
  return {
    bool: {
      should: [
        { term: { countries: offer.countryCode.trim() } },
        { bool: { must_not: { exists: { field: 'countries' } } } },
      ],
      minimum_should_match: 1,
    },
  };
}

export class Baselines {
  constructor(
    private readonly client: Client,
    private readonly names: IndexNames,
  ) {}

  async bm25(offer: Offer): Promise<string[]> {
    return this.ids({ query: textQuery(offer) });
  }

  /** `programmeIds`: the programmes whose folded name contains, or is contained in, one of the offer's wanted programmes. */
  async structured(offer: Offer, programmeIds: string[]): Promise<string[]> {
    const should: Query[] = [
      points(sector(offer), STRUCTURED_POINTS.sector),
      points(country(offer), STRUCTURED_POINTS.country),
    ];
    if (offer.wantedStudyYears.length > 0) should.push(points(studyYear(offer), STRUCTURED_POINTS.studyYear));
    if (programmeIds.length > 0)
      should.push(points({ terms: { programme_id: programmeIds } }, STRUCTURED_POINTS.programme));
    return this.ids({ query: { bool: { should } }, sort: TIES_NEWEST_FIRST });
  }

  async bm25Structured(offer: Offer): Promise<string[]> {
    const best = await this.client.search({
      index: this.names.alias(PROFILES_INDEX),
      size: 1,
      _source: false,
      query: textQuery(offer),
    });
    const top = best.hits.max_score ?? 0;
    const should: Query[] = [points(sector(offer), BLEND_POINTS.sector), points(country(offer), BLEND_POINTS.country)];
    if (offer.wantedStudyYears.length > 0) should.push(points(studyYear(offer), BLEND_POINTS.studyYear));
    if (top > 0)
      should.push({
        combined_fields: {
          ...(textQuery(offer).combined_fields as estypes.QueryDslCombinedFieldsQuery),
          boost: BLEND_POINTS.text / top,
        },
      });
    return this.ids({ query: { bool: { should } }, sort: TIES_NEWEST_FIRST });
  }

  private async ids(body: Pick<estypes.SearchRequest, 'query' | 'sort'>): Promise<string[]> {
    const response = await this.client.search({
      index: this.names.alias(PROFILES_INDEX),
      size: DEPTH,
      _source: false,
      ...body,
    });
    return response.hits.hits.map((hit) => hit._id!);
  }
}

/** The programme match of the structured baseline: folded containment either way, nothing cleverer. */
export function programmesFitting(
  wanted: readonly string[],
  programmes: ReadonlyArray<{ id: string; name: string }>,
): string[] {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
  const wants = wanted.map(fold).filter(Boolean);
  return programmes
    .filter((p) => wants.some((w) => fold(p.name).includes(w) || w.includes(fold(p.name))))
    .map((p) => p.id);
}
