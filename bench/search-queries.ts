import { Client } from '@elastic/elasticsearch';
import {
  defaultSort,
  emptySelection,
  FacetSelection,
  ProfileSearchCriteria,
  ProfileSort,
  SortValues,
} from '../src/search/profile-search-criteria';
import { buildProfileSearch, ProfileSearchBody } from '../src/search/query/profile-search.query';
import { decodeCursor, encodeCursor } from '../src/search/query/search-cursor';

/** The four kinds of guided search the load mixes, in the order they repeat. */
export const QUERY_KINDS = ['keywords', 'facets', 'keywordsFacets', 'deepPage'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export const KIND_LABELS: Record<QueryKind, string> = {
  keywords: 'keywords only',
  facets: 'facets only',
  keywordsFacets: 'keywords + 2 facets',
  deepPage: 'deep page',
};

export interface BenchQuery {
  kind: QueryKind;
  label: string;
  criteria: ProfileSearchCriteria;
}

/** How deep the deep page starts: after this many hits (page 101 of 20), or half the hits when fewer. */
export const DEEP_PAGE_AFTER = 2000;

/**
 * The fixed mix, three variants of each kind, interleaved so that request i is of kind i mod 4. The words and
 * facets are those of the generated platform (bench/vocabulary.ts).
 */
export function queryMix(): BenchQuery[] {
  const keywords = [
    query('keywords', 'développement web', {}),
    query('keywords', 'python apprentissage automatique', {}),
    query('keywords', 'HACCP qualité', {}),
  ];
  const facets = [
    query('facets', null, { sector: ['62'], country: ['TN'] }),
    query('facets', null, { country: ['FR'], studyYear: [5] }),
    query('facets', null, { sector: ['29', '26'], studyYear: [4, 5] }),
  ];
  const both = [
    query('keywordsFacets', 'java spring', { sector: ['62'], country: ['TN'] }),
    query('keywordsFacets', 'forage', { sector: ['06'], country: ['TN', 'DZ'] }),
    query('keywordsFacets', 'systèmes embarqués', { sector: ['26'], studyYear: [5] }),
  ];
  const deep = [
    query('deepPage', null, {}),
    query('deepPage', null, { sector: ['62'] }),
    query('deepPage', null, { country: ['TN'] }),
  ];
  return [0, 1, 2].flatMap((i) => [keywords[i], facets[i], both[i], deep[i]]);
}

function query(kind: QueryKind, q: string | null, selected: Partial<FacetSelection>): BenchQuery {
  const selection = { ...emptySelection(), ...selected };
  const facetText = Object.entries(selected)
    .map(([name, values]) => `${name}=${values.join(',')}`)
    .join(' ');
  return {
    kind,
    label: [q ? `"${q}"` : '', facetText, kind === 'deepPage' ? `after ${DEEP_PAGE_AFTER} hits` : '']
      .filter(Boolean)
      .join(' '),
    criteria: {
      q,
      selected: selection,
      sections: [],
      languages: [],
      availableFrom: null,
      availableTo: null,
      sort: defaultSort(q),
      limit: 20,
      after: null,
    },
  };
}

/** Finds where each deep page starts: the sort values of the hit at DEEP_PAGE_AFTER (or half way) in the engine. */
export async function resolveDeepPages(client: Client, alias: string, queries: BenchQuery[]): Promise<void> {
  for (const bench of queries.filter((q) => q.kind === 'deepPage')) {
    const body = buildProfileSearch({ ...bench.criteria, after: null });
    const counted = await client.search({
      index: alias,
      query: body.query,
      post_filter: body.post_filter,
      size: 0,
      track_total_hits: true,
    });
    const total = typeof counted.hits.total === 'number' ? counted.hits.total : (counted.hits.total?.value ?? 0);
    const depth = Math.max(1, Math.min(DEEP_PAGE_AFTER, Math.floor(total / 2)));
    const response = await client.search({
      index: alias,
      query: body.query,
      post_filter: body.post_filter,
      sort: body.sort,
      size: depth,
      _source: false,
    });
    const last = response.hits.hits[response.hits.hits.length - 1];
    if (!last?.sort) throw new Error(`no hit to start the deep page of ${bench.label}`);
    bench.criteria.after = last.sort as SortValues;
    bench.label = bench.label.replace(`after ${DEEP_PAGE_AFTER} hits`, `after ${depth} hits`);
  }
}

/** The query string of GET /profiles/search for these criteria: what the API and the baseline both read. */
export function queryString(criteria: ProfileSearchCriteria): string {
  const params = new URLSearchParams();
  if (criteria.q) params.set('q', criteria.q);
  const { sector, country, studyYear, programme, university } = criteria.selected;
  const lists: Array<[string, Array<string | number>]> = [
    ['sector', sector],
    ['country', country],
    ['studyYear', studyYear],
    ['programme', programme],
    ['university', university],
    ['section', criteria.sections],
    ['language', criteria.languages],
  ];
  for (const [name, values] of lists) if (values.length > 0) params.set(name, values.join(','));
  if (criteria.availableFrom) params.set('availableFrom', criteria.availableFrom);
  if (criteria.availableTo) params.set('availableTo', criteria.availableTo);
  params.set('sort', criteria.sort);
  params.set('limit', String(criteria.limit));
  if (criteria.after) params.set('cursor', encodeCursor({ sort: criteria.sort, after: criteria.after }));
  return params.toString();
}

/** Criteria back from that query string (the baseline server's side; the API validates with its DTO). */
export function criteriaFromQuery(params: URLSearchParams): ProfileSearchCriteria {
  const list = (name: string) =>
    (params.get(name) ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
  const q = params.get('q')?.trim() || null;
  const cursor = params.get('cursor') ? decodeCursor(params.get('cursor')!) : null;
  return {
    q,
    selected: {
      sector: list('sector'),
      country: list('country').map((c) => c.toUpperCase()),
      studyYear: list('studyYear').map(Number),
      programme: list('programme'),
      university: list('university'),
    },
    sections: list('section').map((s) => s.toUpperCase()),
    languages: list('language'),
    availableFrom: params.get('availableFrom'),
    availableTo: params.get('availableTo'),
    sort: (cursor?.sort ?? params.get('sort') ?? defaultSort(q)) as ProfileSort,
    limit: Number(params.get('limit') ?? 20),
    after: cursor?.after ?? null,
  };
}

/** The exact Elasticsearch request the service sends for these criteria. */
export function engineBody(criteria: ProfileSearchCriteria): ProfileSearchBody {
  return buildProfileSearch(criteria);
}
