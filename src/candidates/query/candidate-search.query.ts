import type { estypes } from '@elastic/elasticsearch';
import { COUNTRY_OPEN_SHARE, MIN_SKILLS_SHARED, PERIOD_LATE_DAYS, PERIOD_OPEN_SHARE } from '../../matching/match-score';
import { PROFILE_FACT_FIELDS } from '../../matching/match-documents';
import { LookedUpWord } from '../../matching/match-facts';
import { skillTerms } from '../../matching/skill-match';
import { offerTextQuery, PROFILE_DOCUMENT_FIELDS, skillQuery } from '../../matching/text-queries';
import { wordPresenceClauses } from '../../matching/word-presence';
import { ProfileSearchCriteria } from '../../search/profile-search-criteria';
import { buildFacetAggregations, buildPostFilter } from '../../search/query/facet-aggregations';
import { buildKeywordQuery } from '../../search/query/keyword-query';
import { HIT_SOURCE_FIELDS, openBound, plainFilters, ProfileSearchBody } from '../../search/query/profile-search.query';
import { addDays, RankingSettings, WantedProfile } from '../wanted-profile';

type Query = estypes.QueryDslQueryContainer;

/** Criteria the company makes compulsory; each applies only when the offer states that criterion. */
export interface HardFilters {
  sector: boolean;
  studyYear: boolean;
  programme: boolean;
  /** At least this many of the offer's skills found (keywords or text); 0: none required. */
  minSkills: number;
  languages: boolean;
  country: boolean;
  period: boolean;
}

export const NO_HARD_FILTERS: HardFilters = {
  sector: false,
  studyYear: false,
  programme: false,
  minSkills: 0,
  languages: false,
  country: false,
  period: false,
};

/**
 * A hit of the window brings only what the scoring reads (the engine tells which words it holds): the window is ten
 * pages long, and shipping and parsing what the list shows for all of it cost more than the engine's ranking.
 */
export const WINDOW_SOURCE_FIELDS = [...PROFILE_FACT_FIELDS];

/** What the service reads of the window's answer: no index name, no shard report (a tenth of a long answer). */
export const WINDOW_RESPONSE_FIELDS = [
  'took',
  'hits.hits._id',
  'hits.hits._score',
  'hits.hits._source',
  'hits.hits.matched_queries',
];

/** First-pass hits fetched ahead for a first page, beyond the page's own size. */
export const PREVIEW_MARGIN = 10;

/** What the service reads of the preview's answer. */
const PREVIEW_RESPONSE_FIELDS = ['took', 'hits.hits._id', 'hits.hits._source', 'hits.hits.highlight'];

/**
 * The searches of a candidates list, sent together: the ranked window, the counts beside it, and for a first page
 * the preview (the first pass's best few, with what the list shows and the skills marked).
 */
export interface CandidateSearches {
  ranking: ProfileSearchBody;
  counting: ProfileSearchBody;
  preview: ProfileSearchBody | null;
}

/**
 * The first pass of an offer's candidates: the wanted profile scores (`should`: the text clause scaled by
 * `textBoost` so that the best text match of the index earns the text weight, and cheap stand-ins of the structured
 * criteria at their weights), the guided search's keywords and plain filters and the hard filters narrow without
 * scoring (`filter`). The best `settings.window` hits are then scored in full by the matching (candidate-ranker.ts).
 * The ranking counts nothing and has no aggregations, so the engine skips the documents that cannot enter the
 * window instead of scoring every candidate; the total and the facet counts (selected facets in `post_filter`, as
 * in the guided search) come from a second search that scores nothing. The window is then rescored so that each hit's
 * score is its text relevance alone (the service re-ranks the window anyway), and with `lookups` (the offer's
 * looked-up stems and words) the same rescore tells, by unscored named clauses, which of those words each hit holds.
 */
export function buildCandidateSearch(
  profile: WantedProfile,
  settings: RankingSettings,
  criteria: ProfileSearchCriteria,
  hard: HardFilters,
  textBoost = 1,
  today = new Date().toISOString().slice(0, 10),
  lookups: ReadonlyMap<string, LookedUpWord> = new Map(),
): CandidateSearches {
  // Unnamed: the window's rescore gives each hit its text score.
  const text = settings.weights.text > 0 ? offerTextQuery(profile, textBoost, null) : null;
  const rescore = windowRescore(text, wordPresenceClauses(lookups), settings.window);
  const keywords = criteria.q ? buildKeywordQuery(criteria.q) : null;
  const postFilter = buildPostFilter(criteria.selected);
  // Keywords narrow the ranked list but do not score: the score stays the matching's.
  const filter = [
    ...(keywords ? [keywords.match] : []),
    ...plainFilters(criteria),
    ...hardFilters(profile, hard, today),
  ];
  const query: Query = {
    bool: {
      filter: postFilter ? [...filter, postFilter] : filter,
      should: firstPassClauses(profile, settings, text, today),
    },
  };
  return {
    ranking: {
      query,
      // By score alone (a rescore allows no other sort): the service orders the window, ties by text then id.
      ...(rescore ? { rescore } : {}),
      size: settings.window,
      track_total_hits: false,
      _source: WINDOW_SOURCE_FIELDS,
      filter_path: WINDOW_RESPONSE_FIELDS,
    },
    counting: {
      query: { bool: { filter } },
      ...(postFilter ? { post_filter: postFilter } : {}),
      aggs: buildFacetAggregations(criteria.selected),
      size: 0,
      track_total_hits: true,
    },
    // The first pass picks the final best so closely (bench: windowFidelity) that a first page is nearly always
    // among its best few: fetched beside the ranking, they spare the page's own query, one round trip after it.
    preview: criteria.after
      ? null
      : {
          ...pageFields(profile.skills),
          query,
          size: criteria.limit + PREVIEW_MARGIN,
          filter_path: PREVIEW_RESPONSE_FIELDS,
        },
  };
}

/**
 * The page once ranked: what the list shows of its candidates, with the offer's skills marked where they were found
 * (no highlight when the offer lists no skill).
 */
export function pageSearch(ids: string[], skills: string[]): ProfileSearchBody {
  return { ...pageFields(skills), query: { ids: { values: ids } }, size: ids.length };
}

/** What the list shows of a candidate, and the offer's skills marked (the page's query and the preview alike). */
function pageFields(skills: string[]): ProfileSearchBody {
  return {
    _source: HIT_SOURCE_FIELDS,
    track_total_hits: false,
    ...(skills.length > 0 ? { highlight: skillHighlight(skills) } : {}),
  };
}

/**
 * The window's rescore: the first pass's score is dropped (query_weight 0) for the text clause's (an unmatched hit
 * scores 0), and the presence clauses, which score nothing, are evaluated only for the window's hits. Reading the
 * text score as the hit's score, rather than as a named query's, lets the engine report the names alone.
 */
function windowRescore(text: Query | null, presence: Query[], window: number): estypes.SearchRescore | null {
  const should = text ? [text, ...presence] : presence;
  if (should.length === 0) return null;
  return {
    window_size: window,
    query: { rescore_query: { bool: { should } }, query_weight: 0, rescore_query_weight: 1 },
  };
}

/** The query that finds the best text match of the whole index: its score is the text reference of the offer. */
export function textReferenceSearch(profile: WantedProfile): ProfileSearchBody | null {
  const text = offerTextQuery(profile);
  return text ? { query: text, size: 1, _source: false, track_total_hits: false } : null;
}

function constant(points: number, filter: Query): Query | null {
  return points > 0 ? { constant_score: { filter, boost: points } } : null;
}

/** The text clause and the structured criteria as Elasticsearch can cheaply tell them, at the configured weights. */
function firstPassClauses(
  profile: WantedProfile,
  settings: RankingSettings,
  text: Query | null,
  today: string,
): Query[] {
  const w = settings.weights;
  const clauses: Array<Query | null> = [text];
  if (profile.divisions.length > 0) {
    clauses.push(constant(w.sector, { terms: { nace_divisions: profile.divisions } }));
    if (profile.sections.length > 0) clauses.push(constant(w.section, { terms: { nace_sections: profile.sections } }));
  }
  if (profile.studyYears.length > 0) {
    clauses.push(constant(w.studyYear, { terms: { study_year: profile.studyYears } }));
    const near = profile.studyYears
      .flatMap((year) => [year - 1, year + 1])
      .filter((year) => !profile.studyYears.includes(year));
    if (near.length > 0)
      clauses.push(constant(w.studyYear * settings.adjacentYearShare, { terms: { study_year: near } }));
  }
  if (profile.programmeIds.length > 0)
    clauses.push(constant(w.programme, { terms: { programme_id: profile.programmeIds } }));
  // A skill the CV or letter shows earns its share; one only stated elsewhere, the stated part of it (the larger).
  const share = w.skills / Math.max(profile.skills.length, MIN_SKILLS_SHARED);
  for (const skill of profile.skills) {
    const backed = constant(share, {
      bool: { should: PROFILE_DOCUMENT_FIELDS.map((field) => skillQuery(skill, field)), minimum_should_match: 1 },
    });
    const stated = constant(share * settings.statedSkillShare, skillQuery(skill, 'all_text'));
    clauses.push(backed && stated ? { dis_max: { queries: [backed, stated] } } : (backed ?? stated));
  }
  for (const code of profile.languages)
    clauses.push(constant(w.languages / profile.languages.length, { term: { languages: code } }));
  if (profile.country) {
    clauses.push(constant(w.country, { term: { countries: profile.country } }));
    clauses.push(
      constant(w.country * COUNTRY_OPEN_SHARE, { bool: { must_not: [{ exists: { field: 'countries' } }] } }),
    );
  }
  if (profile.city.trim()) clauses.push(constant(w.city, { term: { cities: profile.city.trim() } }));
  const homes = [...new Set([profile.country, ...profile.wantedCountries].filter(Boolean))];
  if (homes.length > 0) clauses.push(constant(w.homeCountry, { terms: { residence_country: homes } }));
  if (profile.wantedCountries.length > 0)
    clauses.push(constant(w.universityCountry, { terms: { university_country: profile.wantedCountries } }));
  const from = profile.period.from > today ? profile.period.from : today;
  if (profile.period.to > from) {
    const latest = addDays(from, PERIOD_LATE_DAYS);
    const dated = [{ exists: { field: 'available_from' } }, { exists: { field: 'available_to' } }];
    clauses.push(
      constant(w.period, {
        bool: {
          filter: [
            { range: { available_from: { lte: latest < profile.period.to ? latest : profile.period.to } } },
            { range: { available_to: { gte: from } } },
          ],
        },
      }),
      // A request without both dates is flexible, unless its one date rules the offer out.
      constant(w.period * PERIOD_OPEN_SHARE, {
        bool: {
          must_not: [{ bool: { filter: dated } }],
          filter: [openBound('available_from', { lte: profile.period.to }), openBound('available_to', { gte: from })],
        },
      }),
    );
  }
  if (w.freshness > 0) {
    // The final score halves every half-life; this halves at one half-life too (then decays more slowly).
    clauses.push({
      distance_feature: {
        field: 'published_at',
        origin: today,
        pivot: `${settings.freshnessHalfLifeDays}d`,
        boost: w.freshness,
      },
    });
  }
  return clauses.filter((clause): clause is Query => clause !== null);
}

export function hardFilters(
  profile: WantedProfile,
  hard: HardFilters,
  today = new Date().toISOString().slice(0, 10),
): Query[] {
  const filters: Query[] = [];
  if (hard.sector && profile.divisions.length > 0) filters.push({ terms: { nace_divisions: profile.divisions } });
  if (hard.studyYear && profile.studyYears.length > 0) filters.push({ terms: { study_year: profile.studyYears } });
  // Wanted programmes that fit no programme at all leave nobody: the company asked for them.
  if (hard.programme && profile.programmes.length > 0) filters.push({ terms: { programme_id: profile.programmeIds } });
  if (hard.minSkills > 0 && profile.skills.length > 0) {
    filters.push({
      bool: {
        should: profile.skills.map((skill) => skillQuery(skill, 'all_text')),
        minimum_should_match: Math.min(hard.minSkills, profile.skills.length),
      },
    });
  }
  if (hard.languages) for (const code of profile.languages) filters.push({ term: { languages: code } });
  if (hard.country) filters.push({ term: { countries: profile.country } });
  // As in the guided search: a request without a date is flexible on that side. Only the part still ahead counts.
  if (hard.period) {
    const from = profile.period.from > today ? profile.period.from : today;
    filters.push(openBound('available_from', { lte: profile.period.to }), openBound('available_to', { gte: from }));
  }
  return filters;
}

/** The offer's skills (and their equivalents) marked where they were found: keywords whole, excerpts of the CV and the letter. */
export function skillHighlight(skills: string[]): estypes.SearchHighlight {
  const words = skills.flatMap((skill) => skillTerms(skill).phrasings.map((p) => p.words.join(' '))).join(' ');
  const on = (field: string): Query => ({ match: { [field]: { query: words } } });
  const excerpts = { fragment_size: 160, number_of_fragments: 3, no_match_size: 0 };
  return {
    encoder: 'html',
    pre_tags: ['<mark>'],
    post_tags: ['</mark>'],
    fields: {
      title: { number_of_fragments: 0, highlight_query: on('title') },
      keywords: { number_of_fragments: 0, highlight_query: on('keywords') },
      cv_text: { ...excerpts, highlight_query: on('cv_text') },
      letter_text: { ...excerpts, highlight_query: on('letter_text') },
    },
  };
}
