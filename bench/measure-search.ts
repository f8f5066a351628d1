import { Client } from '@elastic/elasticsearch';
import { readFacetCounts } from '../src/search/query/facet-aggregations';
import { FACET_NAMES } from '../src/search/profile-search-criteria';
import { LoadPoint, LoadRequest, LoadTarget, runLoad } from './load-test';
import { waitForIdleEngine } from './measure-rebuild';
import { cpuPerAnswer, readCpuTicks, waitForQuietMachine } from './process-cpu';
import { MemoryPeak, MemorySampler } from './process-memory';
import { BenchQuery, engineBody, QueryKind, queryString } from './search-queries';

export const SEARCH_TARGETS = ['api', 'engine', 'postgres'] as const;
export type SearchTarget = (typeof SEARCH_TARGETS)[number];

/** Connections of the single-kind runs that the baseline target is about. */
export const FOCUS_CONNECTIONS = [1, 8];
export const FOCUS_KIND: QueryKind = 'keywordsFacets';

export interface QueryCheck {
  kind: QueryKind;
  label: string;
  apiTotal: number;
  engineTotal: number;
  postgresTotal: number;
  /** The API returns what the engine answers (same total, page and facet counts). */
  apiMatchesEngine: boolean;
  /** Without keywords the baseline must find the same rows, page and counts; with keywords its stemmer differs. */
  postgresMatchesEngine: boolean | 'n/a (keywords)';
}

export interface SearchMeasure {
  checks: QueryCheck[];
  /** The fixed mix of four kinds, per target, at each connection count. */
  mix: Record<SearchTarget, LoadPoint[]>;
  /** The keywords + 2 facets queries alone, per target, at 1 and 8 connections. */
  focus: Record<SearchTarget, LoadPoint[]>;
  /** RSS of the API (and worker) during the search loads (the API peaks under its own). */
  memory: Record<string, MemoryPeak>;
}

export interface SearchContext {
  queries: BenchQuery[];
  apiUrl: string;
  contactToken: string;
  engineUrl: string;
  alias: string;
  client: Client;
  postgresUrl: string;
  connections: number[];
  loadSeconds: number;
  processes: Record<string, number>;
}

type Facets = Record<string, Array<{ value: string; count: number }>>;
interface Answer {
  total: number;
  facets: Facets;
  /** The request ids of the page, in order. */
  ids: string[];
}

export async function measureSearch(context: SearchContext): Promise<SearchMeasure> {
  const checks = await checkQueries(context);
  const targets = loadTargets(context);
  const focused = (target: LoadTarget): LoadTarget => ({
    ...target,
    requests: target.requests.filter((request) => request.kind === FOCUS_KIND),
  });
  // Merges left by the rebuild would load only the targets measured while they run.
  await waitForIdleEngine(context.client);
  for (const name of SEARCH_TARGETS) await runLoad(targets[name], 4, Math.min(3, context.loadSeconds)); // warm-up
  const mix = Object.fromEntries(SEARCH_TARGETS.map((name) => [name, []])) as unknown as SearchMeasure['mix'];
  const focus = Object.fromEntries(SEARCH_TARGETS.map((name) => [name, []])) as unknown as SearchMeasure['focus'];
  const sampler = new MemorySampler(context.processes).start();
  // Each point is measured on every target in turn, so a ratio compares the same minute of the machine, not an
  // API measured while something else ran against an engine measured after it.
  for (const connections of context.connections) {
    for (const name of SEARCH_TARGETS) mix[name].push(await measurePoint(context, targets[name], connections));
  }
  for (const connections of FOCUS_CONNECTIONS) {
    for (const name of SEARCH_TARGETS)
      focus[name].push(await measurePoint(context, focused(targets[name]), connections));
  }
  return { checks, mix, focus, memory: sampler.stop() };
}

/** One load point, started once the machine is quiet, with who spent its CPU during it. */
async function measurePoint(context: SearchContext, target: LoadTarget, connections: number): Promise<LoadPoint> {
  await waitForQuietMachine();
  const before = readCpuTicks(context.processes);
  const point = await runLoad(target, connections, context.loadSeconds);
  return { ...point, cpuPerAnswer: cpuPerAnswer(before, readCpuTicks(context.processes), point.responses) };
}

/** The guided searches of the mix as API requests (GET /profiles/search as the bench's company contact). */
export function apiSearchRequests(queries: BenchQuery[], contactToken: string): LoadRequest[] {
  return queries.map(({ kind, criteria }) => ({
    kind,
    method: 'GET',
    path: `/api/profiles/search?${queryString(criteria)}`,
    headers: { authorization: `Bearer ${contactToken}` },
  }));
}

function loadTargets(context: SearchContext): Record<SearchTarget, LoadTarget> {
  const api = apiSearchRequests(context.queries, context.contactToken);
  const engine: LoadRequest[] = context.queries.map(({ kind, criteria }) => ({
    kind,
    method: 'POST',
    path: `/${context.alias}/_search`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(engineBody(criteria)),
  }));
  const postgres: LoadRequest[] = context.queries.map(({ kind, criteria }) => ({
    kind,
    method: 'GET',
    path: `/profiles/search?${queryString(criteria)}`,
  }));
  return {
    api: { name: 'api', url: context.apiUrl, requests: api },
    engine: { name: 'engine', url: context.engineUrl.replace('//localhost', '//127.0.0.1'), requests: engine },
    postgres: { name: 'postgres', url: context.postgresUrl, requests: postgres, timeoutsAreAnswers: true },
  };
}

/** Each query once on each side before any load: all answer, and they answer the same thing where they must. */
async function checkQueries(context: SearchContext): Promise<QueryCheck[]> {
  const checks: QueryCheck[] = [];
  for (const { kind, label, criteria } of context.queries) {
    const qs = queryString(criteria);
    const api = await getAnswer(
      `${context.apiUrl}/api/profiles/search?${qs}`,
      { authorization: `Bearer ${context.contactToken}` },
      'requestId',
    );
    const response = await context.client.search({ index: context.alias, ...engineBody(criteria) });
    const total = response.hits.total;
    const engine: Answer = {
      total: typeof total === 'number' ? total : (total?.value ?? 0),
      facets: readFacetCounts(response.aggregations as Record<string, unknown>, criteria.selected),
      ids: response.hits.hits.slice(0, criteria.limit).map((hit) => hit._id!),
    };
    const postgres = await getAnswer(`${context.postgresUrl}/profiles/search?${qs}`, {}, 'request_id');
    checks.push({
      kind,
      label,
      apiTotal: api.total,
      engineTotal: engine.total,
      postgresTotal: postgres.total,
      apiMatchesEngine: sameAnswer(api, engine),
      postgresMatchesEngine: criteria.q ? 'n/a (keywords)' : sameAnswer(postgres, engine),
    });
    if (!checks[checks.length - 1].apiMatchesEngine) throw new Error(`the API and the engine disagree on ${label}`);
    if (engine.total === 0) throw new Error(`${label} finds nothing: the query mix does not fit the generated data`);
  }
  return checks;
}

/** Same total, same page (ids in order) and same count for every facet value. */
function sameAnswer(a: Answer, b: Answer): boolean {
  if (a.total !== b.total || a.ids.join() !== b.ids.join()) return false;
  return FACET_NAMES.every((name) => {
    const counts = (facets: Facets) => new Map((facets[name] ?? []).map((item) => [String(item.value), item.count]));
    const left = counts(a.facets);
    const right = counts(b.facets);
    return left.size === right.size && [...left].every(([value, count]) => right.get(value) === count);
  });
}

async function getAnswer(url: string, headers: Record<string, string>, idField: string): Promise<Answer> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
  const body = (await response.json()) as { total: number; facets: Facets; items: Array<Record<string, unknown>> };
  return { total: body.total, facets: body.facets, ids: body.items.map((item) => String(item[idField])) };
}
