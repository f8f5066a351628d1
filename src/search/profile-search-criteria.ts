/** How hits are ordered: by relevance to the keywords, or newest publication first. */
export enum ProfileSort {
  Relevance = 'relevance',
  Date = 'date',
}

/** The facets of the guided search: each one is both a filter and a list of values with counts. */
export interface FacetSelection {
  sector: string[];
  country: string[];
  studyYear: number[];
  programme: string[];
  university: string[];
}

export type FacetName = keyof FacetSelection;

export const FACET_NAMES: readonly FacetName[] = ['sector', 'country', 'studyYear', 'programme', 'university'];

/** The sort values of the last hit of a page: where the next page starts. */
export type SortValues = Array<number | string>;

/**
 * One search, typed and validated: what the query builder turns into an Elasticsearch request.
 * Facet filters (`selected`) and plain filters are kept apart because multi-select facets treat them differently.
 */
export interface ProfileSearchCriteria {
  /** Free keywords, trimmed; null when absent or blank. */
  q: string | null;
  selected: FacetSelection;
  /** NACE sections (e.g. J): a filter without a facet of its own. */
  sections: string[];
  /** ISO 639-1 codes: the request must list at least one. */
  languages: string[];
  /** yyyy-mm-dd bounds of the wanted availability; a request overlapping the window matches. */
  availableFrom: string | null;
  availableTo: string | null;
  sort: ProfileSort;
  limit: number;
  /** Continue after these sort values (from a cursor); null for the first page. */
  after: SortValues | null;
}

export function emptySelection(): FacetSelection {
  return { sector: [], country: [], studyYear: [], programme: [], university: [] };
}

/** Relevance when there are keywords to be relevant to; otherwise the newest first. */
export function defaultSort(q: string | null): ProfileSort {
  return q ? ProfileSort.Relevance : ProfileSort.Date;
}
