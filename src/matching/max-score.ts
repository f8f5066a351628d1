import { OfferFacts } from './match-facts';
import { MIN_SKILLS_SHARED } from './match-score';
import { MatchingSettings } from '../config/matching-settings';

/** The highest score a request can reach for this offer: every criterion the offer states, at full points. */
export function maxScore(offer: OfferFacts, settings: MatchingSettings): number {
  const w = settings.weights;
  let max = w.text + w.period + w.freshness + w.homeCountry;
  if (offer.divisions.length > 0) max += w.sector; // a division match excludes the section match
  if (offer.studyYears.length > 0) max += w.studyYear; // the exact year excludes the adjacent one
  if (offer.programmes.length > 0) max += w.programme;
  if (offer.skills.length > 0) max += (w.skills * Math.min(offer.skills.length, MIN_SKILLS_SHARED)) / MIN_SKILLS_SHARED;
  if (offer.languages.length > 0) max += w.languages;
  if (offer.country) max += w.country;
  if (offer.city.trim()) max += w.city;
  if (offer.wantedCountries.length > 0) max += w.universityCountry;
  return max;
}
