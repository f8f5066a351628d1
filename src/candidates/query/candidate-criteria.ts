import type { estypes } from '@elastic/elasticsearch';
import { RankingSettings, WantedProfile } from '../wanted-profile';

type Query = estypes.QueryDslQueryContainer;

/** What a candidate can be credited for; each is a named query whose score is its contribution. */
export enum Criterion {
  Sector = 'sector',
  SectorSection = 'sector_section',
  StudyYear = 'study_year',
  StudyYearAdjacent = 'study_year_adjacent',
  Programme = 'programme',
  SkillsKeywords = 'skills_keywords',
  SkillsText = 'skills_text',
  Languages = 'languages',
  Country = 'country',
  City = 'city',
  HomeCountry = 'home_country',
  Period = 'period',
  PeriodOpen = 'period_open',
  Freshness = 'freshness',
}

/** A year next to a wanted one (a 4th-year student for a 5th-year internship) earns this share of the year's points. */
export const ADJACENT_YEAR_SHARE = 0.5;
/**
 * The period's points: half for any overlap, a quarter more when the availability covers the offer's dates (a week of
 * slack each side), a quarter more as the availability starts close to the offer's start (gauss decay, 30 days).
 */
export const PERIOD_OVERLAP_SHARE = 0.5;
export const PERIOD_COVER_SHARE = 0.25;
export const PERIOD_START_SHARE = 0.25;
/** A request without dates (or with one side unknown but compatible) is "flexible": a quarter, never the full points. */
export const PERIOD_OPEN_SHARE = 0.25;

const SKILL_TEXT_FIELDS = ['cv_text', 'letter_text', 'title', 'message'];

/** The name of a criterion's query; `item` tells apart the per-skill and per-language queries. */
export function queryName(criterion: Criterion, item?: string | number): string {
  return item === undefined ? criterion : `${criterion}#${item}`;
}

export function parseQueryName(name: string): { criterion: Criterion; item: string | null } | null {
  const [criterion, item] = name.split('#', 2);
  if (!(Object.values(Criterion) as string[]).includes(criterion)) return null;
  return { criterion: criterion as Criterion, item: item ?? null };
}

/** Scores exactly `points` when `filter` matches, named: include_named_queries_score then reports the points. */
function credit(criterion: Criterion, points: number, filter: Query, item?: string | number): Query | null {
  if (!(points > 0)) return null;
  return { constant_score: { filter, boost: points, _name: queryName(criterion, item) } };
}

export const skillInKeywords = (skill: string): Query => ({ match_phrase: { keywords: { query: skill } } });
export const skillInText = (skill: string): Query => ({
  multi_match: { query: skill, type: 'phrase', fields: SKILL_TEXT_FIELDS, slop: 1 },
});

/**
 * The scoring clauses of the wanted profile (bool `should`): a candidate's score is the sum of the clauses it
 * matches, each never negative. A criterion the offer leaves empty gives no clause; a field the request lacks earns
 * nothing (range, terms and phrase queries do not match a missing field; the decays run only where the field exists).
 */
export function criteriaClauses(profile: WantedProfile, settings: RankingSettings): Query[] {
  const w = settings.weights;
  const clauses: Array<Query | null> = [];
  if (profile.divisions.length > 0) {
    clauses.push(credit(Criterion.Sector, w.sector, { terms: { nace_divisions: profile.divisions } }));
    if (profile.sections.length > 0) {
      clauses.push(
        credit(Criterion.SectorSection, w.section, {
          bool: { filter: [{ terms: { nace_sections: profile.sections } }], must_not: [{ terms: { nace_divisions: profile.divisions } }] },
        }),
      );
    }
  }
  if (profile.studyYears.length > 0) {
    clauses.push(credit(Criterion.StudyYear, w.studyYear, { terms: { study_year: profile.studyYears } }));
    const adjacent = adjacentYears(profile.studyYears);
    if (adjacent.length > 0) clauses.push(credit(Criterion.StudyYearAdjacent, w.studyYear * ADJACENT_YEAR_SHARE, { terms: { study_year: adjacent } }));
  }
  if (profile.programmes.length > 0 && profile.programmeIds.length > 0) {
    clauses.push(credit(Criterion.Programme, w.programme, { terms: { programme_id: profile.programmeIds } }));
  }
  const skills = profile.skills;
  skills.forEach((skill, i) => {
    clauses.push(credit(Criterion.SkillsKeywords, w.skillsKeywords / skills.length, skillInKeywords(skill), i));
    clauses.push(credit(Criterion.SkillsText, w.skillsText / skills.length, skillInText(skill), i));
  });
  profile.languages.forEach((code) => {
    clauses.push(credit(Criterion.Languages, w.languages / profile.languages.length, { term: { languages: code } }, code));
  });
  clauses.push(credit(Criterion.Country, w.country, { term: { countries: profile.country } }));
  if (profile.city.trim()) clauses.push(credit(Criterion.City, w.city, { term: { cities: profile.city.trim().toLocaleLowerCase('fr') } }));
  if (profile.homeCountries.length > 0) {
    clauses.push(credit(Criterion.HomeCountry, w.homeCountry, { terms: { university_country: profile.homeCountries } }));
  }
  clauses.push(periodClause(profile.period, w.period), periodOpenClause(profile.period, w.period * PERIOD_OPEN_SHARE));
  clauses.push(freshnessClause(settings));
  return clauses.filter((clause): clause is Query => clause !== null);
}

/** The highest score a candidate can reach for this offer: every clause matched at full points. */
export function maxScore(profile: WantedProfile, settings: RankingSettings): number {
  const w = settings.weights;
  let max = w.country + w.period + w.freshness;
  if (profile.divisions.length > 0) max += w.sector; // a division match excludes the section match
  if (profile.studyYears.length > 0) max += w.studyYear; // the exact year excludes the adjacent one
  if (profile.programmes.length > 0 && profile.programmeIds.length > 0) max += w.programme;
  if (profile.skills.length > 0) max += w.skillsKeywords + w.skillsText;
  if (profile.languages.length > 0) max += w.languages;
  if (profile.city.trim()) max += w.city;
  if (profile.homeCountries.length > 0) max += w.homeCountry;
  return max;
}

/** Wanted years ±1 that are not wanted themselves. */
export function adjacentYears(years: number[]): number[] {
  const wanted = new Set(years);
  const near = years.flatMap((year) => [year - 1, year + 1]).filter((year) => year >= 1 && !wanted.has(year));
  return [...new Set(near)].sort((a, b) => a - b);
}

/** Both dates known and overlapping the offer's; how well they cover it and how close the start is add up to `points`. */
function periodClause(period: WantedProfile['period'], points: number): Query | null {
  if (!(points > 0)) return null;
  const overlaps: Query = {
    bool: { filter: [{ range: { available_from: { lte: period.to } } }, { range: { available_to: { gte: period.from } } }] },
  };
  const covers: Query = {
    bool: {
      filter: [
        { range: { available_from: { lte: `${period.from}||+7d` } } },
        { range: { available_to: { gte: `${period.to}||-7d` } } },
      ],
    },
  };
  return {
    function_score: {
      query: overlaps,
      functions: [
        { weight: points * PERIOD_OVERLAP_SHARE },
        { filter: covers, weight: points * PERIOD_COVER_SHARE },
        {
          // The filter is what the query already requires; it keeps the decay off a document without the date.
          filter: { exists: { field: 'available_from' } },
          gauss: { available_from: { origin: period.from, scale: '30d', offset: '7d', decay: 0.5 } },
          weight: points * PERIOD_START_SHARE,
        },
      ],
      score_mode: 'sum',
      boost_mode: 'replace',
      _name: Criterion.Period,
    },
  };
}

/** Not both dates known, and what is known does not rule the offer's dates out: the partial "flexible" points. */
function periodOpenClause(period: WantedProfile['period'], points: number): Query | null {
  return credit(Criterion.PeriodOpen, points, {
    bool: {
      must_not: [{ bool: { filter: [{ exists: { field: 'available_from' } }, { exists: { field: 'available_to' } }] } }],
      filter: [openBound('available_from', { lte: period.to }), openBound('available_to', { gte: period.from })],
    },
  });
}

/** A range on a date that a missing date satisfies (that side is open). */
export function openBound(field: string, range: { lte?: string; gte?: string }): Query {
  return { bool: { should: [{ range: { [field]: range } }, { bool: { must_not: { exists: { field } } } }], minimum_should_match: 1 } };
}

/** Newer requests first, all else equal: exponential decay on published_at, halved every half-life. */
function freshnessClause(settings: RankingSettings): Query | null {
  const points = settings.weights.freshness;
  if (!(points > 0)) return null;
  return {
    function_score: {
      query: { exists: { field: 'published_at' } },
      functions: [
        {
          filter: { exists: { field: 'published_at' } },
          exp: { published_at: { origin: 'now', scale: `${settings.freshnessHalfLifeDays}d`, decay: 0.5 } },
          weight: points,
        },
      ],
      boost_mode: 'replace',
      _name: Criterion.Freshness,
    },
  };
}
