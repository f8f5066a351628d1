import type { estypes } from '@elastic/elasticsearch';
import { ProfileSearchCriteria, ProfileSort } from '../../search/profile-search-criteria';
import { buildFacetAggregations, buildPostFilter } from '../../search/query/facet-aggregations';
import { buildKeywordQuery } from '../../search/query/keyword-query';
import { HIT_SOURCE_FIELDS, plainFilters, ProfileSearchBody, SORTS } from '../../search/query/profile-search.query';
import { RankingSettings, WantedProfile } from '../wanted-profile';
import { criteriaClauses, openBound, skillInKeywords, skillInText } from './candidate-criteria';

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

/** A hit also brings what the "why" checks against. */
export const CANDIDATE_SOURCE_FIELDS = [...HIT_SOURCE_FIELDS, 'nace_sections', 'university_country'];

/**
 * The search of an offer's candidates: the wanted profile scores (`should`, each clause named so that every hit
 * says what it earned), the guided search's keywords and plain filters and the hard filters narrow without scoring
 * (`filter`), the selected facets go to `post_filter` as in the guided search. Always by score, then newest.
 */
export function buildCandidateSearch(
  profile: WantedProfile,
  settings: RankingSettings,
  criteria: ProfileSearchCriteria,
  hard: HardFilters,
): ProfileSearchBody {
  const keywords = criteria.q ? buildKeywordQuery(criteria.q) : null;
  const postFilter = buildPostFilter(criteria.selected);
  return {
    query: {
      bool: {
        // Keywords narrow the ranked list but do not score: the score stays the sum of the listed criteria.
        filter: [...(keywords ? [keywords.match] : []), ...plainFilters(criteria), ...hardFilters(profile, hard)],
        should: criteriaClauses(profile, settings),
      },
    },
    ...(postFilter ? { post_filter: postFilter } : {}),
    aggs: buildFacetAggregations(criteria.selected),
    sort: SORTS[ProfileSort.Relevance],
    ...(criteria.after ? { search_after: criteria.after } : {}),
    size: criteria.limit + 1,
    track_total_hits: true,
    include_named_queries_score: true,
    _source: CANDIDATE_SOURCE_FIELDS,
    ...(profile.skills.length > 0 ? { highlight: skillHighlight(profile.skills) } : {}),
  };
}

export function hardFilters(profile: WantedProfile, hard: HardFilters): Query[] {
  const filters: Query[] = [];
  if (hard.sector && profile.divisions.length > 0) filters.push({ terms: { nace_divisions: profile.divisions } });
  if (hard.studyYear && profile.studyYears.length > 0) filters.push({ terms: { study_year: profile.studyYears } });
  // Wanted programmes that fit no programme at all leave nobody: the company asked for them.
  if (hard.programme && profile.programmes.length > 0) filters.push({ terms: { programme_id: profile.programmeIds } });
  if (hard.minSkills > 0 && profile.skills.length > 0) {
    filters.push({
      bool: {
        should: profile.skills.map((skill) => ({ bool: { should: [skillInKeywords(skill), skillInText(skill)], minimum_should_match: 1 } })),
        minimum_should_match: Math.min(hard.minSkills, profile.skills.length),
      },
    });
  }
  if (hard.languages) for (const code of profile.languages) filters.push({ term: { languages: code } });
  if (hard.country) filters.push({ term: { countries: profile.country } });
  // As in the guided search: a request without a date is flexible on that side.
  if (hard.period) {
    filters.push(openBound('available_from', { lte: profile.period.to }), openBound('available_to', { gte: profile.period.from }));
  }
  return filters;
}

/** The offer's skills marked where they were found: keywords whole, and excerpts of the CV and the letter. */
export function skillHighlight(skills: string[]): estypes.SearchHighlight {
  const on = (field: string): Query => ({
    bool: { should: skills.map((skill) => ({ match_phrase: { [field]: { query: skill, slop: 1 } } })), minimum_should_match: 1 },
  });
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
