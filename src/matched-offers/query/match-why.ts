import { OfferDocument } from '../../../indexer/offers/offer-document';
import { MATCH_WEIGHTS, MatchCriterion } from '../match-criteria';
import { MatchProfile } from './offer-match.query';
import { findSkills, wordSet } from './skill-finder';

/** One criterion a match earned points for, and the values on which it matched. */
export interface MatchReason {
  criterion: MatchCriterion;
  contribution: number;
  matched: string[];
}

export interface ScoredOffer {
  offerId: string;
  score: number;
  why: MatchReason[];
}

/** The offer fields `requestToOffersSearch` returns (OFFER_MATCH_SOURCE). */
export type OfferMatchSource = Pick<
  OfferDocument,
  | 'offer_id'
  | 'skills'
  | 'nace_divisions'
  | 'nace_sections'
  | 'study_years'
  | 'wanted_programmes'
  | 'languages'
  | 'country_code'
  | 'city'
  | 'start_date'
  | 'published_at'
>;

/**
 * The full score of one hit and its "why": the points Elasticsearch gave each named criterion, plus the skills
 * found in the request's texts, each with the values that matched. Never negative: every part is a weight
 * times a share or a decay in [0, 1].
 */
export function explainHit(
  profile: MatchProfile,
  words: ReadonlySet<string>,
  offer: OfferMatchSource,
  namedScores: Record<string, number>,
): ScoredOffer {
  const skills = offer.skills.length === 0 ? [] : findSkills(offer.skills, words);
  const skillPoints = offer.skills.length === 0 ? 0 : (MATCH_WEIGHTS[MatchCriterion.Skills] * skills.length) / offer.skills.length;
  const why: MatchReason[] = [];
  for (const criterion of Object.values(MatchCriterion)) {
    const points = criterion === MatchCriterion.Skills ? skillPoints : namedScores[criterion] ?? 0;
    const contribution = round(Math.min(Math.max(points, 0), MATCH_WEIGHTS[criterion]));
    if (contribution > 0) why.push({ criterion, contribution, matched: matchedValues(criterion, profile, offer, skills) });
  }
  why.sort((a, b) => b.contribution - a.contribution);
  return { offerId: offer.offer_id, score: round(why.reduce((sum, reason) => sum + reason.contribution, 0)), why };
}

/** The words of the request's texts in which the offer's skills are looked for. */
export function profileWords(profile: MatchProfile): Set<string> {
  return wordSet([profile.keywords.join(' \n'), profile.title, profile.message, profile.cv_text, profile.letter_text]);
}

function matchedValues(criterion: MatchCriterion, profile: MatchProfile, offer: OfferMatchSource, skills: string[]): string[] {
  const common = (a: string[], b: string[]) => a.filter((value) => b.includes(value));
  switch (criterion) {
    case MatchCriterion.Sector:
      return common(offer.nace_divisions, profile.nace_divisions);
    case MatchCriterion.Section:
      return common(offer.nace_sections, profile.nace_sections);
    case MatchCriterion.StudyYear:
      return [String(profile.study_year)];
    case MatchCriterion.Programme:
      return [profile.programme_name];
    case MatchCriterion.Skills:
      return skills;
    case MatchCriterion.Languages:
      return common(offer.languages, profile.languages);
    case MatchCriterion.Place: {
      const city = profile.cities.some((wished) => wished.toLowerCase() === offer.city.toLowerCase()) ? [offer.city] : [];
      return [...common([offer.country_code], profile.countries), ...city];
    }
    case MatchCriterion.Period:
      return [offer.start_date];
    case MatchCriterion.Freshness:
      return offer.published_at ? [offer.published_at.slice(0, 10)] : [];
    default: {
      const unhandled: never = criterion;
      throw new Error(`no values for criterion ${String(unhandled)}`);
    }
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
