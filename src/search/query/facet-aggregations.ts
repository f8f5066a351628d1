import type { estypes } from '@elastic/elasticsearch';
import { FACET_NAMES, FacetName, FacetSelection } from '../profile-search-criteria';

/** The indexed field of each facet, and how many values its list shows at most. */
export const FACET_FIELDS: Record<FacetName, { field: string; size: number }> = {
  sector: { field: 'nace_divisions', size: 100 }, // every one of the 88 divisions fits
  country: { field: 'countries', size: 100 },
  studyYear: { field: 'study_year', size: 10 },
  programme: { field: 'programme_id', size: 50 },
  university: { field: 'university_id', size: 50 },
};

/** One value of a facet with its count, before labels. */
export interface FacetCount {
  value: string;
  count: number;
  selected: boolean;
}

export type FacetCounts = Record<FacetName, FacetCount[]>;

const aggregationName = (name: FacetName): string => `facet_${name}`;

/** The filter one facet contributes: any of its selected values (OR within a facet), or nothing. */
export function facetFilter(selection: FacetSelection, name: FacetName): estypes.QueryDslQueryContainer | null {
  const values = selection[name];
  return values.length > 0 ? { terms: { [FACET_FIELDS[name].field]: values } } : null;
}

/** Every selected facet filter except those of `except` (AND across facets). */
function facetFilters(selection: FacetSelection, except?: FacetName): estypes.QueryDslQueryContainer[] {
  return FACET_NAMES.filter((name) => name !== except)
    .map((name) => facetFilter(selection, name))
    .filter((filter): filter is estypes.QueryDslQueryContainer => filter !== null);
}

/** The selected facet filters, applied to the hits only (after aggregating), so facet lists keep their options. */
export function buildPostFilter(selection: FacetSelection): estypes.QueryDslQueryContainer | undefined {
  const filters = facetFilters(selection);
  return filters.length > 0 ? { bool: { filter: filters } } : undefined;
}

/**
 * Multi-select facets: each facet counts under every selected facet filter but its own, so ticking a second
 * country does not change the first country's count. A selected value that falls out of the top `size` (or has no
 * document) is still counted exactly by the `selected` sub-aggregation.
 */
export function buildFacetAggregations(
  selection: FacetSelection,
): Record<string, estypes.AggregationsAggregationContainer> {
  const aggregations: Record<string, estypes.AggregationsAggregationContainer> = {};
  for (const name of FACET_NAMES) {
    const { field, size } = FACET_FIELDS[name];
    const others = facetFilters(selection, name);
    const selected = selection[name].map(String);
    aggregations[aggregationName(name)] = {
      filter: others.length > 0 ? { bool: { filter: others } } : { match_all: {} },
      aggs: {
        values: { terms: { field, size } },
        ...(selected.length > 0
          ? { selected: { terms: { field, size: selected.length, include: selected, min_doc_count: 0 } } }
          : {}),
      },
    };
  }
  return aggregations;
}

type TermsBuckets = { buckets?: Array<{ key: string | number; doc_count: number }> };
type FacetAggregate = { values?: TermsBuckets; selected?: TermsBuckets };

/** Reads the counts of each facet back; selected values always appear, with 0 when nothing matches them. */
export function readFacetCounts(
  aggregations: Record<string, unknown> | undefined,
  selection: FacetSelection,
): FacetCounts {
  const counts = {} as FacetCounts;
  for (const name of FACET_NAMES) {
    const aggregate = (aggregations?.[aggregationName(name)] ?? {}) as FacetAggregate;
    const byValue = new Map<string, number>();
    for (const bucket of [...(aggregate.values?.buckets ?? []), ...(aggregate.selected?.buckets ?? [])]) {
      byValue.set(String(bucket.key), bucket.doc_count);
    }
    const selected = new Set(selection[name].map(String));
    for (const value of selected) if (!byValue.has(value)) byValue.set(value, 0);
    counts[name] = [...byValue].map(([value, count]) => ({ value, count, selected: selected.has(value) }));
  }
  return counts;
}
