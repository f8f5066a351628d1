import type { estypes } from '@elastic/elasticsearch';
import { ProfileSearchCriteria, ProfileSort, SortValues } from '../search/profile-search-criteria';
import { Labels, toFacets, toHit } from '../search/profile-search.results';
import { FacetCounts } from '../search/query/facet-aggregations';
import { encodeCursor } from '../search/query/search-cursor';
import { CandidateSource } from './candidate-ranker';
import { reasonsOf } from './candidate-why';
import { CandidateDto, CandidatesResponseDto } from './dto/candidates-response.dto';
import { WantedProfile } from './wanted-profile';

/** The API's answer from Elasticsearch's (null: no index yet, an empty list). */
export function toCandidatesResponse(
  offerId: string,
  maxScore: number,
  response: estypes.SearchResponse<CandidateSource> | null,
  counts: FacetCounts,
  criteria: ProfileSearchCriteria,
  profile: WantedProfile,
  labels: Labels,
): CandidatesResponseDto {
  const hits = response?.hits.hits ?? [];
  const page = hits.slice(0, criteria.limit);
  const last = page[page.length - 1];
  const total = response?.hits.total;
  return {
    offerId,
    maxScore: Math.round(maxScore * 1000) / 1000,
    total: typeof total === 'number' ? total : (total?.value ?? 0),
    tookMs: response?.took ?? 0,
    items: page.map((hit) => toCandidate(hit, profile, labels)),
    facets: toFacets(counts, labels),
    nextCursor:
      hits.length > criteria.limit && last?.sort ? encodeCursor({ sort: ProfileSort.Relevance, after: last.sort as SortValues }) : null,
  };
}

function toCandidate(hit: estypes.SearchHit<CandidateSource>, profile: WantedProfile, labels: Labels): CandidateDto {
  return {
    ...toHit(hit, labels),
    score: Math.round((hit._score ?? 0) * 1000) / 1000,
    why: reasonsOf(hit.matched_queries, hit._source!, profile),
    letterHighlights: hit.highlight?.letter_text ?? [],
  };
}
