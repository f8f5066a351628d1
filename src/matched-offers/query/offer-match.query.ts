import type { estypes } from '@elastic/elasticsearch';
import { OfferDocument } from '../../../indexer/offers/offer-document';
import { ProfileDocument } from '../../../indexer/profiles/profile-document';
import { OfferTargeting } from '../../offers/offer-targeting';
import { MATCH_THRESHOLD, MATCH_WEIGHTS, MatchCriterion } from '../match-criteria';

type Query = estypes.QueryDslQueryContainer;

/** What the matching reads of a request: its profile document (schooling, wishes, texts). */
export type MatchProfile = Pick<
  ProfileDocument,
  | 'request_id'
  | 'student_id'
  | 'title'
  | 'message'
  | 'keywords'
  | 'cv_text'
  | 'letter_text'
  | 'nace_sections'
  | 'nace_divisions'
  | 'countries'
  | 'cities'
  | 'languages'
  | 'study_year'
  | 'programme_id'
  | 'programme_name'
  | 'university_id'
  | 'university_country'
  | 'available_from'
>;

/** Offer fields a match needs back to add the skills and explain itself. */
export const OFFER_MATCH_SOURCE: Array<keyof OfferDocument> = [
  'offer_id',
  'skills',
  'nace_divisions',
  'nace_sections',
  'study_years',
  'wanted_programmes',
  'languages',
  'country_code',
  'city',
  'start_date',
  'published_at',
];

/** How the decays bend: full points within two weeks of the wish (a month old offer), half a month further. */
export const PERIOD_DECAY = { scale: '30d', offset: '14d', decay: 0.5 } as const;
export const FRESHNESS_DECAY = { scale: '30d', offset: '0d', decay: 0.5 } as const;

/**
 * The request → offers search: the offers a request may receive (published, deadline ahead, targeted at the
 * student) scored by named criteria so each hit says what it earned (`matched_queries` with scores).
 * Skills are added by the caller (see `findSkills`), so `min_score` leaves room for their full weight.
 * `offerIds` restricts it to some offers: the same scoring is then reused to score an offer's candidates.
 */
export function requestToOffersSearch(
  profile: MatchProfile,
  options: { offerIds?: string[]; size?: number; now?: Date } = {},
): estypes.SearchRequest {
  const now = (options.now ?? new Date()).toISOString();
  const filter: Query[] = [
    { term: { status: 'published' } },
    { range: { application_deadline: { gt: now } } },
    { bool: { should: targetingFilters(profile), minimum_should_match: 1 } },
  ];
  if (options.offerIds) filter.push({ ids: { values: options.offerIds } });
  return {
    size: options.size ?? options.offerIds?.length ?? 10,
    track_total_hits: false,
    include_named_queries_score: true,
    _source: OFFER_MATCH_SOURCE,
    min_score: Math.max(0, MATCH_THRESHOLD - MATCH_WEIGHTS[MatchCriterion.Skills]),
    query: { bool: { filter, should: scoringClauses(profile, now) } },
    sort: [{ _score: { order: 'desc' } }, { offer_id: { order: 'asc' } }],
  };
}

/** The offers a student may see, as hard filters: open ones and those aimed at their country, university, programme. */
export function targetingFilters(profile: Pick<MatchProfile, 'university_country' | 'university_id' | 'programme_id'>): Query[] {
  const targeted = (kind: OfferTargeting, field: string, value: string): Query => ({
    bool: { filter: [{ term: { targeting: kind } }, { term: { [field]: value } }] },
  });
  return [
    { term: { targeting: OfferTargeting.Open } },
    targeted(OfferTargeting.Country, 'target_country_code', profile.university_country),
    targeted(OfferTargeting.University, 'target_university_id', profile.university_id),
    targeted(OfferTargeting.Programme, 'target_programme_id', profile.programme_id),
  ];
}

/** One named `should` clause per criterion the request can earn; a criterion whose request side is empty is left out. */
export function scoringClauses(profile: MatchProfile, now: string): Query[] {
  const clauses: Query[] = sectorClauses(profile.nace_divisions, profile.nace_sections);
  clauses.push(constant(MatchCriterion.StudyYear, { term: { study_years: profile.study_year } }));
  if (profile.programme_name.trim() !== '') {
    const programme: Query = { match: { wanted_programmes: { query: profile.programme_name, operator: 'and' } } };
    clauses.push(constant(MatchCriterion.Programme, programme));
  }
  if (profile.languages.length > 0) clauses.push(constant(MatchCriterion.Languages, { terms: { languages: profile.languages } }));
  const place: Query[] = [];
  if (profile.countries.length > 0) place.push({ terms: { country_code: profile.countries } });
  if (profile.cities.length > 0) place.push({ terms: { city: profile.cities } });
  if (place.length > 0) clauses.push(constant(MatchCriterion.Place, { bool: { should: place, minimum_should_match: 1 } }));
  if (profile.available_from) {
    clauses.push(decay(MatchCriterion.Period, 'gauss', 'start_date', profile.available_from, PERIOD_DECAY));
  }
  clauses.push(decay(MatchCriterion.Freshness, 'exp', 'published_at', now, FRESHNESS_DECAY));
  return clauses;
}

/** Sector: a wanted division in common, or else (weaker) a NACE section in common. Same fields on both indices. */
function sectorClauses(divisions: string[], sections: string[]): Query[] {
  const clauses: Query[] = [];
  if (divisions.length > 0) clauses.push(constant(MatchCriterion.Sector, { terms: { nace_divisions: divisions } }));
  if (sections.length > 0) {
    const sameSection: Query = {
      bool: { filter: [{ terms: { nace_sections: sections } }], must_not: [{ terms: { nace_divisions: divisions } }] },
    };
    clauses.push(constant(MatchCriterion.Section, sameSection));
  }
  return clauses;
}

/** A criterion met or not: exactly its weight when met, nothing otherwise. */
function constant(criterion: MatchCriterion, filter: Query): Query {
  return { constant_score: { filter, boost: MATCH_WEIGHTS[criterion], _name: criterion } };
}

/**
 * A criterion that fades with distance: weight × decay in [0, weight]. Decay functions give full marks to a
 * document without the field, so the field must exist for the clause to match at all (query and filter).
 */
function decay(
  criterion: MatchCriterion,
  kind: 'gauss' | 'exp',
  field: string,
  origin: string,
  shape: { scale: string; offset: string; decay: number },
): Query {
  const exists: Query = { exists: { field } };
  return {
    function_score: {
      query: exists,
      functions: [{ filter: exists, [kind]: { [field]: { origin, ...shape } }, weight: MATCH_WEIGHTS[criterion] }],
      score_mode: 'sum',
      boost_mode: 'replace',
      _name: criterion,
    },
  };
}

/**
 * The offer → requests search over the profiles index: the students the offer targets (hard filters) whose
 * profile may reach the threshold. It scores what the profiles index can tell (sector, year, any skill word,
 * languages, place) at the same weights, skills at full weight, and keeps those that could still reach the
 * threshold with the criteria it cannot see (programme, period, freshness): an upper bound, so no true match
 * is left out. Each candidate is then scored exactly with `requestToOffersSearch`.
 */
export function offerToProfilesSearch(offer: OfferDocument, size: number): estypes.SearchRequest {
  const should: Query[] = sectorClauses(offer.nace_divisions, offer.nace_sections);
  if (offer.study_years.length > 0) should.push(constant(MatchCriterion.StudyYear, { terms: { study_year: offer.study_years } }));
  if (offer.skills.length > 0) {
    should.push(constant(MatchCriterion.Skills, { match: { all_text: { query: offer.skills.join(' ') } } }));
  }
  if (offer.languages.length > 0) should.push(constant(MatchCriterion.Languages, { terms: { languages: offer.languages } }));
  const place: Query[] = [{ term: { countries: offer.country_code } }, { term: { cities: offer.city } }];
  should.push(constant(MatchCriterion.Place, { bool: { should: place, minimum_should_match: 1 } }));
  const unseen = MATCH_WEIGHTS[MatchCriterion.Programme] + MATCH_WEIGHTS[MatchCriterion.Period] + MATCH_WEIGHTS[MatchCriterion.Freshness];
  return {
    size,
    track_total_hits: false,
    _source: ['request_id'],
    min_score: Math.max(0, MATCH_THRESHOLD - unseen),
    query: { bool: { filter: profileTargetFilter(offer), should } },
    sort: [{ _score: { order: 'desc' } }, { request_id: { order: 'asc' } }],
  };
}

/** The offer's target as a filter on profiles: the student's university country, university or programme. */
export function profileTargetFilter(
  offer: Pick<OfferDocument, 'targeting' | 'target_country_code' | 'target_university_id' | 'target_programme_id'>,
): Query[] {
  switch (offer.targeting as OfferTargeting) {
    case OfferTargeting.Open:
      return [];
    case OfferTargeting.Country:
      return [{ term: { university_country: offer.target_country_code! } }];
    case OfferTargeting.University:
      return [{ term: { university_id: offer.target_university_id! } }];
    case OfferTargeting.Programme:
      return [{ term: { programme_id: offer.target_programme_id! } }];
    default:
      // An unknown targeting reaches nobody rather than everybody.
      return [{ bool: { must_not: [{ match_all: {} }] } }];
  }
}
