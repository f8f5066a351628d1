import { FieldBank, OfferSpec } from './field-bank';
import { TrueProfile } from './truth';

const DAY_SLACK = 30;

/**
 * The grade a recruiter gives a request for an offer, by the rubric of bench/judged/README.md, read from the
 * request's hidden true profile only (never from its text, never from a ranker).
 */
export function grade(offerField: FieldBank, truth: TrueProfile): number {
  const offer = offerField.offer;
  const coverage = skillCoverage(offer, truth.skills);
  const practicalOff =
    yearOff(offer, truth.studyYear) + (datesOff(offer, truth) ? 1 : 0) + (countryOff(offer, truth) ? 1 : 0);
  if (truth.field === offerField.id) {
    const skillsOff = coverage >= 0.5 ? 0 : coverage > 0 ? 1 : 2;
    return Math.max(1, 3 - skillsOff - practicalOff);
  }
  if (offerField.related.includes(truth.field)) {
    if (coverage >= 0.5 && practicalOff === 0) return 2;
    return coverage > 0 ? 1 : 0;
  }
  return coverage >= 2 / 3 && practicalOff === 0 ? 1 : 0;
}

/** The share of the offer's trade skills (those with an id) the student holds. */
export function skillCoverage(offer: OfferSpec, skills: readonly string[]): number {
  const wanted = [...new Set(offer.skills.map(([, id]) => id).filter((id): id is string => id !== null))];
  if (wanted.length === 0) return 1;
  return wanted.filter((id) => skills.includes(id)).length / wanted.length;
}

/** 0 in the wanted years (or none wanted), 1 one year off, 2 further. */
export function yearOff(offer: OfferSpec, year: number): number {
  if (offer.wantedStudyYears.length === 0 || offer.wantedStudyYears.includes(year)) return 0;
  const distance = Math.min(...offer.wantedStudyYears.map((wanted) => Math.abs(wanted - year)));
  return distance === 1 ? 1 : 2;
}

/** Off when the student said when and cannot be there: starts over 30 days late, or covers under half the period. */
export function datesOff(offer: OfferSpec, truth: Pick<TrueProfile, 'availableInDays' | 'durationWeeks'>): boolean {
  if (truth.availableInDays === null || truth.durationWeeks === null) return false;
  const offerStart = Math.max(0, offer.startInDays);
  const offerEnd = offer.startInDays + offer.durationWeeks * 7;
  const from = truth.availableInDays;
  const to = truth.availableInDays + truth.durationWeeks * 7;
  if (to <= 0) return true; // an availability already over
  if (from > offerStart + DAY_SLACK) return true;
  const overlap = Math.min(to, offerEnd) - Math.max(from, offerStart);
  return overlap < (offerEnd - offerStart) / 2;
}

export function countryOff(offer: OfferSpec, truth: Pick<TrueProfile, 'wantedCountries' | 'residence'>): boolean {
  if (truth.wantedCountries.length > 0 && !truth.wantedCountries.includes(offer.countryCode)) return true;
  return offer.wantedCountries.length > 0 && !offer.wantedCountries.includes(truth.residence);
}
