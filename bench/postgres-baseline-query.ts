import { ClientBase } from 'pg';
import { FACET_NAMES, FacetName, ProfileSearchCriteria, ProfileSort } from '../src/search/profile-search-criteria';
import { FACET_FIELDS, FacetCounts } from '../src/search/query/facet-aggregations';

/**
 * The guided search as a small platform would write it on Postgres alone: full-text search with the `french`
 * configuration over a GIN-indexed tsvector, the same filters, and the same multi-select facet counts with
 * GROUP BY (each facet counted under every selected facet filter but its own), in one round trip.
 */
export const BASELINE_TABLE = 'bench_baseline.profiles';

export interface BaselineResponse {
  total: number;
  items: Array<Record<string, unknown>>;
  facets: FacetCounts;
  nextCursor: [number, string] | null;
}

/** The facet's column and whether it holds an array (unnested for counting). */
const FACET_COLUMNS: Record<FacetName, { column: string; array: boolean; cast: string }> = {
  sector: { column: 'nace_divisions', array: true, cast: 'text[]' },
  country: { column: 'countries', array: true, cast: 'text[]' },
  studyYear: { column: 'study_year', array: false, cast: 'smallint[]' },
  programme: { column: 'programme_id', array: false, cast: 'uuid[]' },
  university: { column: 'university_id', array: false, cast: 'uuid[]' },
};

const TSQUERY = (param: string) => `websearch_to_tsquery('french', unaccent(${param}))`;
const MARKS = 'StartSel=<mark>, StopSel=</mark>';

export async function baselineSearch(
  pool: Pick<ClientBase, 'query'>,
  criteria: ProfileSearchCriteria,
): Promise<BaselineResponse> {
  const params: unknown[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const q = criteria.q ? bind(criteria.q) : null;
  const where = [q ? `document @@ ${TSQUERY(q)}` : 'TRUE', ...plainFilters(criteria, bind)];
  const facetFilter = (name: FacetName) => {
    const values = criteria.selected[name];
    if (values.length === 0) return null;
    const { column, array, cast } = FACET_COLUMNS[name];
    return array ? `${column} && ${bind(values.map(String))}::${cast}` : `${column} = ANY (${bind(values)}::${cast})`;
  };
  const allFacets = FACET_NAMES.map(facetFilter).filter((f): f is string => f !== null);
  const hitFilter = [...allFacets.map((f) => `b.${f}`), ...afterFilter(criteria, bind)];
  const order = (alias: string) =>
    criteria.sort === ProfileSort.Relevance && q
      ? `${alias}.rank DESC, ${alias}.published_at DESC, ${alias}.request_id`
      : `${alias}.published_at DESC, ${alias}.request_id`;
  const highlights = q
    ? `, ts_headline('french', unaccent(p.title), ${TSQUERY(q)}, 'HighlightAll=true, ${MARKS}') AS title_highlight,
         ts_headline('french', unaccent(coalesce(cv.text, '')), ${TSQUERY(q)}, 'MaxFragments=3, MaxWords=30, MinWords=12, ${MARKS}') AS cv_highlight`
    : '';
  const facetSelects = FACET_NAMES.map((name) => `(${facetCountSql(name, criteria, bind)}) AS "facet_${name}"`);
  // The page's ids first, then their details and highlights: only limit + 1 rows are joined and highlighted.
  const sql = `
    WITH base AS MATERIALIZED (
      SELECT request_id, nace_divisions, countries, study_year, programme_id, university_id, published_at,
             ${q ? `ts_rank(document, ${TSQUERY(q)})` : '0'} AS rank
        FROM ${BASELINE_TABLE} WHERE ${where.join(' AND ')}
    ),
    page AS (
      SELECT b.request_id, b.rank, b.published_at, row_number() OVER (ORDER BY ${order('b')}) AS position
        FROM base b WHERE ${hitFilter.length > 0 ? hitFilter.join(' AND ') : 'TRUE'}
       ORDER BY ${order('b')} LIMIT ${bind(criteria.limit + 1)}
    )
    SELECT
      (SELECT count(*)::int FROM base WHERE ${allFacets.length > 0 ? allFacets.join(' AND ') : 'TRUE'}) AS total,
      (SELECT coalesce(json_agg(h ORDER BY h.position), '[]') FROM (
         SELECT page.position, p.request_id, p.title, p.keywords, p.nace_divisions, p.countries, p.cities, p.languages,
                p.study_year, p.programme_id, p.programme_name, p.university_id, p.university_name, p.civility, p.first_name,
                p.last_name, p.cv_id, p.cv_file_name, p.letter_id, p.letter_file_name, p.available_from, p.available_to,
                (extract(epoch FROM p.published_at) * 1000)::bigint AS published_ms, page.rank${highlights}
           FROM page JOIN ${BASELINE_TABLE} p USING (request_id)
           LEFT JOIN documents cv ON cv.id = p.cv_id AND cv.text_status = 'extracted') h) AS hits,
      ${facetSelects.join(',\n      ')}`;
  const [row] = (await pool.query(sql, params)).rows;
  const hits = row.hits as Array<Record<string, unknown>>;
  const page = hits.slice(0, criteria.limit);
  const last = page[page.length - 1];
  const facets = {} as FacetCounts;
  for (const name of FACET_NAMES) {
    const counted = new Map((row[`facet_${name}`] as Array<[string, number]>).map(([value, count]) => [value, count]));
    const selected = new Set(criteria.selected[name].map(String));
    for (const value of selected) if (!counted.has(value)) counted.set(value, 0);
    facets[name] = [...counted].map(([value, count]) => ({ value, count, selected: selected.has(value) }));
  }
  return {
    total: row.total,
    items: page,
    facets,
    nextCursor: hits.length > criteria.limit && last ? [Number(last.published_ms), String(last.request_id)] : null,
  };
}

/** One facet's counts: top `size` values by count (ties by value, as the engine orders them), plus the selected ones. */
function facetCountSql(name: FacetName, criteria: ProfileSearchCriteria, bind: (value: unknown) => string): string {
  const { column, array } = FACET_COLUMNS[name];
  const others = FACET_NAMES.filter((other) => other !== name && criteria.selected[other].length > 0).map((other) => {
    const spec = FACET_COLUMNS[other];
    const values = criteria.selected[other];
    return spec.array
      ? `${spec.column} && ${bind(values.map(String))}::${spec.cast}`
      : `${spec.column} = ANY (${bind(values)}::${spec.cast})`;
  });
  const source = array ? `base, unnest(${column}) AS value` : `(SELECT ${column} AS value, * FROM base) AS b`;
  const selected = criteria.selected[name].map(String);
  const keep = selected.length > 0 ? ` OR value = ANY (${bind(selected)}::text[])` : '';
  return `SELECT coalesce(json_agg(json_build_array(value, n) ORDER BY n DESC, value COLLATE "C"), '[]') FROM (
            SELECT value::text AS value, count(*)::int AS n, row_number() OVER (ORDER BY count(*) DESC, value::text COLLATE "C") AS rn
              FROM ${source} WHERE ${others.length > 0 ? others.join(' AND ') : 'TRUE'} GROUP BY value) f
           WHERE rn <= ${FACET_FIELDS[name].size}${keep}`;
}

/** Filters without a facet: sections, languages and the availability window (open when a date is missing). */
function plainFilters(criteria: ProfileSearchCriteria, bind: (value: unknown) => string): string[] {
  const filters: string[] = [];
  if (criteria.sections.length > 0) filters.push(`nace_sections && ${bind(criteria.sections)}::text[]`);
  if (criteria.languages.length > 0) filters.push(`languages && ${bind(criteria.languages)}::text[]`);
  if (criteria.availableTo)
    filters.push(`(available_from IS NULL OR available_from <= ${bind(criteria.availableTo)}::date)`);
  if (criteria.availableFrom)
    filters.push(`(available_to IS NULL OR available_to >= ${bind(criteria.availableFrom)}::date)`);
  return filters;
}

/** Keyset paging after a cursor of the date sort ([published_at ms, request_id]), the engine's search_after. */
function afterFilter(criteria: ProfileSearchCriteria, bind: (value: unknown) => string): string[] {
  if (!criteria.after) return [];
  if (criteria.sort !== ProfileSort.Date) throw new Error('the baseline pages deep only in date order');
  const [ms, id] = criteria.after as [number, string];
  const at = `to_timestamp(${bind(ms)}::double precision / 1000)`;
  return [`(b.published_at < ${at} OR (b.published_at = ${at} AND b.request_id > ${bind(id)}::uuid))`];
}
