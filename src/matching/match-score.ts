import { MatchCriterion, MatchReason, MatchScore } from './match-criterion';
import { PreparedOffer, PreparedRequest } from './match-facts';
import { MatchingSettings } from '../config/matching-settings';
import { fittingField } from './programme-fit';
import { skillCredit } from './skill-match';

/** A request without dates, or with one side unknown but compatible, is "flexible": half the period's points. */
export const PERIOD_OPEN_SHARE = 0.5;
/** A student available this many days after the offer's start (or the day it is looked at, if later) still fits. */
export const PERIOD_LATE_DAYS = 30;
/** Covering this share of the offer's period ahead earns the full period points. */
export const PERIOD_NEEDED_SHARE = 0.5;
/** A request that names no country is open to the offer's: half the country's points (one that names others, none). */
export const COUNTRY_OPEN_SHARE = 0.5;
/** Skill points are shared among at least this many skills: one listed skill does not take them all. */
export const MIN_SKILLS_SHARED = 3;
/** Text words named in the "why" at most. */
const MAX_TEXT_WORDS = 8;
const DAY_MS = 86_400_000;
/** The order of the reasons in a "why". */
const CRITERION_ORDER = new Map(Object.values(MatchCriterion).map((criterion, i) => [criterion, i]));

/**
 * The one scoring of an offer's wanted profile against a request, used by both directions (an offer's candidates and
 * the offers matched to a request). `textShare` is the BM25 relevance of the two texts normalised to 0..1 by the
 * caller. Every criterion adds weight × a share in [0, 1]; a field missing on either side earns nothing (the
 * "flexible" dates a quarter); the reasons name only what truly matched. `today` is yyyy-mm-dd. Without `explain`
 * the score is the same but the text and skill reasons name no words: a candidates window is ranked that way, and
 * only its page is explained.
 */
export function scoreMatch(
  offer: PreparedOffer,
  request: PreparedRequest,
  textShare: number,
  settings: MatchingSettings,
  today: string,
  explain = true,
): MatchScore {
  const w = settings.weights;
  const why: MatchReason[] = [];
  const add = (criterion: MatchCriterion, points: number, matched: string[]) => {
    const rounded = round(Math.max(0, points));
    if (rounded > 0) why.push({ criterion, points: rounded, matched });
  };

  const text = clamp(textShare);
  if (text > 0) add(MatchCriterion.Text, w.text * text, explain ? textWords(offer, request) : []);

  const divisions = common(request.divisions, offer.divisions);
  if (divisions.length > 0) add(MatchCriterion.Sector, w.sector, divisions);
  else {
    const sections = common(request.sections, offer.sections);
    if (sections.length > 0) add(MatchCriterion.SectorSection, w.section, sections);
  }

  if (offer.studyYears.includes(request.studyYear))
    add(MatchCriterion.StudyYear, w.studyYear, [String(request.studyYear)]);
  else if (offer.studyYears.some((year) => Math.abs(year - request.studyYear) === 1)) {
    add(MatchCriterion.StudyYearAdjacent, w.studyYear * settings.adjacentYearShare, [String(request.studyYear)]);
  }

  const field = offer.programmes.length > 0 ? fittingField(offer.programmes, request.programmeName) : null;
  if (field !== null) add(MatchCriterion.Programme, w.programme, [request.programmeName]);

  if (offer.skillTerms.length > 0) {
    // A skill the CV or letter shows counts in full; one only in the title, keywords or message counts for a share.
    const credits = offer.skillTerms
      .map((terms) => {
        const backed = skillCredit(terms, request.documentWords);
        const stated = skillCredit(terms, request.words);
        return stated.credit * settings.statedSkillShare > backed.credit
          ? { ...stated, credit: stated.credit * settings.statedSkillShare }
          : backed;
      })
      .filter((c) => c.credit > 0);
    const sum = credits.reduce((total, c) => total + c.credit, 0);
    const matched = explain
      ? credits.map((c) => (c.matched.length === c.words ? c.skill : `${c.skill} (${c.matched.join(', ')})`))
      : [];
    add(MatchCriterion.Skills, (w.skills * sum) / Math.max(offer.skillTerms.length, MIN_SKILLS_SHARED), matched);
  }

  if (offer.languages.length > 0) {
    const spoken = common(offer.languages, request.languages).sort();
    add(MatchCriterion.Languages, (w.languages * spoken.length) / offer.languages.length, spoken);
  }

  if (offer.country && request.countries.includes(offer.country))
    add(MatchCriterion.Country, w.country, [offer.country]);
  else if (offer.country && request.countries.length === 0)
    add(MatchCriterion.CountryOpen, w.country * COUNTRY_OPEN_SHARE, []);
  if (offer.city.trim() && request.cities.some((city) => same(city, offer.city)))
    add(MatchCriterion.City, w.city, [offer.city]);
  const residence = request.residenceCountry;
  if (residence && (residence === offer.country || offer.wantedCountries.includes(residence))) {
    add(MatchCriterion.HomeCountry, w.homeCountry, [residence]);
  }
  if (offer.wantedCountries.includes(request.universityCountry)) {
    add(MatchCriterion.UniversityCountry, w.universityCountry, [request.universityCountry]);
  }

  const period = periodShare(offer.period, request.availableFrom, request.availableTo, today);
  if (period.open)
    add(MatchCriterion.PeriodOpen, w.period * period.share, [request.availableFrom ?? '', request.availableTo ?? '']);
  else add(MatchCriterion.Period, w.period * period.share, [request.availableFrom ?? '', request.availableTo ?? '']);

  if (request.publishedAt) {
    const ageDays = Math.max(0, (Date.parse(today) - Date.parse(request.publishedAt)) / DAY_MS);
    add(MatchCriterion.Freshness, w.freshness * 0.5 ** (ageDays / settings.freshnessHalfLifeDays), [
      request.publishedAt.slice(0, 10),
    ]);
  }

  why.sort((a, b) => CRITERION_ORDER.get(a.criterion)! - CRITERION_ORDER.get(b.criterion)!);
  return { score: round(why.reduce((sum, reason) => sum + reason.points, 0)), text, why };
}

/**
 * How well the request's availability fits the offer's period still ahead (from today on). A period already over
 * earns nothing. With both dates: nothing when the student comes more than PERIOD_LATE_DAYS after the start (or after
 * the end); otherwise the share of the needed time covered, where half of the period ahead is enough (a recruiter
 * takes a student who covers most of it). Without both dates the request is flexible (PERIOD_OPEN_SHARE) unless its
 * known date rules the offer out.
 */
export function periodShare(
  offer: { from: string; to: string },
  from: string | null,
  to: string | null,
  today: string,
): { share: number; open: boolean } {
  const start = Math.max(Date.parse(offer.from), Date.parse(today));
  const end = Date.parse(offer.to);
  if (!(end > start)) return { share: 0, open: false };
  if (!from || !to) {
    const compatible = (!from || Date.parse(from) <= end) && (!to || Date.parse(to) >= start);
    return { share: compatible ? PERIOD_OPEN_SHARE : 0, open: true };
  }
  if (Date.parse(from) > start + PERIOD_LATE_DAYS * DAY_MS) return { share: 0, open: false };
  const overlap = Math.min(end, Date.parse(to)) - Math.max(start, Date.parse(from));
  return { share: overlap > 0 ? clamp(overlap / ((end - start) * PERIOD_NEEDED_SHARE)) : 0, open: false };
}

/** Order of a ranked list: score, then text relevance, then the id (stable), never the publication date alone. */
export function compareRanked(
  a: { score: number; text: number; id: string },
  b: { score: number; text: number; id: string },
): number {
  return b.score - a.score || b.text - a.text || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function textWords(offer: PreparedOffer, request: PreparedRequest): string[] {
  const found: string[] = [];
  for (const [s, word] of offer.textWords) {
    if (request.words.has(s)) found.push(word);
    if (found.length === MAX_TEXT_WORDS) break;
  }
  return found;
}

function common(values: string[], wanted: string[]): string[] {
  return values.filter((value) => wanted.includes(value));
}

function same(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('fr') === b.trim().toLocaleLowerCase('fr');
}

function clamp(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
