import type { estypes } from '@elastic/elasticsearch';
import { ProfileSearchCriteria, ProfileSort } from '../profile-search-criteria';
import { buildFacetAggregations, buildPostFilter } from './facet-aggregations';
import { buildKeywordQuery } from './keyword-query';

type Query = estypes.QueryDslQueryContainer;

/** The search request of a guided search, without the index: what the service sends, and what unit tests read. */
export type ProfileSearchBody = Omit<estypes.SearchRequest, 'index'>;

/** What a hit carries back: the fields on screen. The long texts stay in the index (highlights show their matches). */
export const HIT_SOURCE_FIELDS = [
  'request_id',
  'title',
  'keywords',
  'nace_divisions',
  'countries',
  'cities',
  'languages',
  'study_year',
  'programme_id',
  'programme_name',
  'university_id',
  'university_name',
  'civility',
  'first_name',
  'last_name',
  'cv',
  'letter',
  'available_from',
  'available_to',
  'published_at',
];

/** Every sort ends on request_id: a total order, so `search_after` neither skips nor repeats a hit. */
export const SORTS: Record<ProfileSort, estypes.SortCombinations[]> = {
  [ProfileSort.Relevance]: [
    { _score: { order: 'desc' } },
    { published_at: { order: 'desc' } },
    { request_id: { order: 'asc' } },
  ],
  [ProfileSort.Date]: [{ published_at: { order: 'desc' } }, { request_id: { order: 'asc' } }],
};

export const HIGHLIGHT: estypes.SearchHighlight = {
  encoder: 'html', // the text around the marks is escaped: a title may hold "<" or "&"
  pre_tags: ['<mark>'],
  post_tags: ['</mark>'],
  // The keywords are matched through all_text (and fuzzily on title/keywords): highlight their terms wherever they are.
  require_field_match: false,
  fields: {
    title: { number_of_fragments: 0 },
    keywords: { number_of_fragments: 0 },
    cv_text: { fragment_size: 160, number_of_fragments: 3, no_match_size: 0 },
  },
};

/**
 * Builds the Elasticsearch request of one search. Multi-select facets (see facet-aggregations.ts): `query` holds the
 * keywords and the filters without a facet; `post_filter` holds the selected facet values.
 */
export function buildProfileSearch(criteria: ProfileSearchCriteria): ProfileSearchBody {
  const keywords = criteria.q ? buildKeywordQuery(criteria.q) : null;
  const postFilter = buildPostFilter(criteria.selected);
  return {
    query: {
      bool: {
        must: keywords ? [keywords.match] : [],
        should: keywords?.boosts ?? [],
        filter: plainFilters(criteria),
      },
    },
    ...(postFilter ? { post_filter: postFilter } : {}),
    aggs: buildFacetAggregations(criteria.selected),
    sort: SORTS[criteria.sort],
    ...(criteria.after ? { search_after: criteria.after } : {}),
    // One more than asked: whether it comes back says if there is a next page, without an empty last page.
    size: criteria.limit + 1,
    track_total_hits: true,
    _source: HIT_SOURCE_FIELDS,
    ...(keywords ? { highlight: HIGHLIGHT } : {}),
  };
}

/** Filters that have no facet list: they narrow the hits and every facet count alike. */
export function plainFilters(criteria: ProfileSearchCriteria): Query[] {
  const filters: Query[] = [];
  if (criteria.sections.length > 0) filters.push({ terms: { nace_sections: criteria.sections } });
  if (criteria.languages.length > 0) filters.push({ terms: { languages: criteria.languages } });
  // Availability overlaps the wanted window. A request without a date (no start date or no duration) leaves that
  // side open: the student said "flexible", and hiding them from every dated search would be harsher than the data.
  if (criteria.availableTo) filters.push(openBound('available_from', { lte: criteria.availableTo }));
  if (criteria.availableFrom) filters.push(openBound('available_to', { gte: criteria.availableFrom }));
  return filters;
}

export function openBound(field: string, range: { lte?: string; gte?: string }): Query {
  return {
    bool: {
      should: [{ range: { [field]: range } }, { bool: { must_not: { exists: { field } } } }],
      minimum_should_match: 1,
    },
  };
}
