import { ProfileSearchCriteria, ProfileSort, SortValues } from '../search/profile-search-criteria';
import { Labels, toFacets, toHit } from '../search/profile-search.results';
import { FacetCounts } from '../search/query/facet-aggregations';
import { encodeCursor } from '../search/query/search-cursor';
import { RankedCandidate, RankedCandidates } from './candidate-ranker';
import { CandidateDto, CandidatesResponseDto } from './dto/candidates-response.dto';

/** The API's answer from the ranked list (null: no index yet, an empty list). */
export function toCandidatesResponse(
  offerId: string,
  maxScore: number,
  response: RankedCandidates | null,
  counts: FacetCounts,
  criteria: ProfileSearchCriteria,
  labels: Labels,
): CandidatesResponseDto {
  const ranked = response?.ranked ?? [];
  const page = ranked.slice(0, criteria.limit);
  const last = response?.hits.hits[page.length - 1];
  const total = response?.hits.total;
  return {
    offerId,
    maxScore: Math.round(maxScore * 1000) / 1000,
    total: typeof total === 'number' ? total : (total?.value ?? 0),
    tookMs: response?.took ?? 0,
    items: page.map((item) => toCandidate(item, labels)),
    facets: toFacets(counts, labels),
    nextCursor:
      ranked.length > criteria.limit && last?.sort
        ? encodeCursor({ sort: ProfileSort.Relevance, after: last.sort as SortValues })
        : null,
  };
}

function toCandidate({ hit, score, text, why }: RankedCandidate, labels: Labels): CandidateDto {
  return {
    ...toHit(hit, labels),
    score,
    textRelevance: Math.round(text * 1000) / 1000,
    why,
    letterHighlights: hit.highlight?.letter_text ?? [],
  };
}
