import type { estypes } from '@elastic/elasticsearch';
import { OfferDocument } from '../../../indexer/offers/offer-document';
import { ProfileDocument } from '../../../indexer/profiles/profile-document';
import { MIN_SKILLS_SHARED } from '../../matching/match-score';
import { OFFER_MATCH_FIELDS, offerFacts, ProfileMatchSource, requestFacts } from '../../matching/match-documents';
import { MatchingSettings } from '../../config/matching-settings';
import { offerTextQuery, requestTextQuery, skillQuery } from '../../matching/text-queries';
import { OfferTargeting } from '../../offers/offer-targeting';

type Query = estypes.QueryDslQueryContainer;

/** What the matching reads of a request: its profile document (schooling, wishes, texts) and who may see what. */
export type MatchProfile = ProfileMatchSource & Pick<ProfileDocument, 'student_id' | 'university_id' | 'programme_id'>;

/** The offers a request may receive: published, deadline ahead, aimed at the student; `offerIds` restricts them. */
export function eligibleOffers(profile: MatchProfile, now: Date, offerIds?: string[]): Query[] {
  const filter: Query[] = [
    { term: { status: 'published' } },
    { range: { application_deadline: { gt: now.toISOString() } } },
    { bool: { should: targetingFilters(profile), minimum_should_match: 1 } },
  ];
  if (offerIds) filter.push({ ids: { values: offerIds } });
  return filter;
}

/**
 * The best text match among the offers the request may receive: its score is the request's text reference, so
 * that the text share of one offer is the same whether the request or the offer was just published.
 */
export function requestTextReferenceSearch(profile: MatchProfile, now: Date): estypes.SearchRequest | null {
  const text = requestTextQuery(requestFacts(profile));
  if (!text) return null;
  return {
    size: 1,
    _source: false,
    track_total_hits: false,
    query: { bool: { filter: eligibleOffers(profile, now), must: [text] } },
  };
}

/**
 * The request → offers search: the offers a request may receive, by text relevance (scaled by `textBoost`) and the
 * sector and year the offers index can tell, so the best `size` come first; the matching scores them in full.
 */
export function requestToOffersSearch(
  profile: MatchProfile,
  options: { size: number; textBoost: number; now: Date; offerIds?: string[]; weights: MatchingSettings['weights'] },
): estypes.SearchRequest {
  const should: Query[] = [];
  const text = requestTextQuery(requestFacts(profile), options.textBoost);
  if (text && options.weights.text > 0) should.push(text);
  if (profile.nace_divisions.length > 0) {
    should.push({
      constant_score: { filter: { terms: { nace_divisions: profile.nace_divisions } }, boost: options.weights.sector },
    });
  }
  should.push({
    constant_score: { filter: { term: { study_years: profile.study_year } }, boost: options.weights.studyYear },
  });
  return {
    size: options.size,
    track_total_hits: false,
    include_named_queries_score: true,
    _source: [...OFFER_MATCH_FIELDS],
    query: { bool: { filter: eligibleOffers(profile, options.now, options.offerIds), should } },
    sort: [{ _score: { order: 'desc' } }, { offer_id: { order: 'asc' } }],
  };
}

/** The offers a student may see, as hard filters: open ones and those aimed at their country, university, programme. */
export function targetingFilters(
  profile: Pick<MatchProfile, 'university_country' | 'university_id' | 'programme_id'>,
): Query[] {
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

/**
 * The offer → requests search over the profiles index: the students the offer targets (hard filters), by the
 * offer's text and the sector, years and skills the profiles index can tell; each is then scored exactly as the
 * request side scores it (`requestToOffersSearch` restricted to the offer).
 */
export function offerToProfilesSearch(
  offer: OfferDocument,
  settings: MatchingSettings,
  size: number,
): estypes.SearchRequest {
  const w = settings.weights;
  const should: Query[] = [];
  const text = offerTextQuery(offerFacts(offer));
  if (text) should.push(text);
  if (offer.nace_divisions.length > 0)
    should.push({ constant_score: { filter: { terms: { nace_divisions: offer.nace_divisions } }, boost: w.sector } });
  if (offer.study_years.length > 0)
    should.push({ constant_score: { filter: { terms: { study_year: offer.study_years } }, boost: w.studyYear } });
  const share = w.skills / Math.max(offer.skills.length, MIN_SKILLS_SHARED);
  for (const skill of offer.skills)
    should.push({ constant_score: { filter: skillQuery(skill, 'all_text'), boost: share } });
  return {
    size,
    track_total_hits: false,
    _source: ['request_id'],
    query: { bool: { filter: profileTargetFilter(offer), should, minimum_should_match: 1 } },
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
