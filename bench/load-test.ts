import autocannon from 'autocannon';
import { CpuPerAnswer } from './process-cpu';
import { QUERY_KINDS, QueryKind } from './search-queries';
import { LatencySummary, round, summarize } from './stats';

/** One HTTP request of a load's cycle, tagged with the kind of search it is. */
export interface LoadRequest {
  /** A search kind, or another label (the candidates of an offer): latencies are kept per kind. */
  kind: QueryKind | 'candidates';
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadTarget {
  name: string;
  /** http://127.0.0.1:port: loads only ever go to this machine. */
  url: string;
  requests: LoadRequest[];
  /**
   * A baseline that cannot keep up is a result, not a failed run: its timeouts count as answers taking the timeout
   * (a lower bound of what they would have taken). Errors still fail the run.
   */
  timeoutsAreAnswers?: boolean;
  /** Seconds before a request counts as unanswered (10 by default). */
  timeoutS?: number;
}

export interface LoadPoint {
  connections: number;
  durationS: number;
  responses: number;
  qps: number;
  errors: number;
  /** Requests that got no answer within the timeout, counted in the latencies at the timeout (timeoutsAreAnswers). */
  timeouts?: number;
  latency: LatencySummary;
  byKind: Partial<Record<LoadRequest['kind'], LatencySummary & { qps: number }>>;
  /** The machine's CPU per answer during the point, by process group (where the bench measured it). */
  cpuPerAnswer?: CpuPerAnswer;
}

/**
 * Runs autocannon against one target for a bounded time. Each connection cycles through the requests in order,
 * one at a time (no pipelining), so the request a response answers is known and latencies are kept per kind;
 * percentiles are computed over every response, not from autocannon's rounded histogram.
 */
export async function runLoad(target: LoadTarget, connections: number, durationS: number): Promise<LoadPoint> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(target.url))
    throw new Error(`load target must be http://127.0.0.1:<port>, got ${target.url}`);
  const all: number[] = [];
  const byKind = new Map<LoadRequest['kind'], number[]>(
    [...QUERY_KINDS, 'candidates' as const].map((kind) => [kind, []]),
  );
  let failed = 0;
  const timeoutS = target.timeoutS ?? 10;
  let instance: autocannon.Instance | undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: target.url,
        connections,
        pipelining: 1,
        duration: durationS,
        timeout: timeoutS,
        requests: target.requests.map(({ method, path, headers, body }) => ({ method, path, headers, body })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance!.on('response', (client, status, _bytes, ms) => {
    if (status < 200 || status >= 300) {
      failed += 1;
      return;
    }
    all.push(ms);
    // One request at a time per connection: the request just answered is the iterator's current one.
    const index = (client as unknown as { requestIterator: { currentRequestIndex: number } }).requestIterator
      .currentRequestIndex;
    byKind.get(target.requests[index].kind)!.push(ms);
  });
  const result = await finished;
  const elapsed = result.duration > 0 ? result.duration : durationS;
  // autocannon counts a timeout among its errors too.
  const timeouts = target.timeoutsAreAnswers ? result.timeouts : 0;
  for (let i = 0; i < timeouts; i++) all.push(timeoutS * 1000);
  const errors = failed + result.errors - timeouts;
  if (errors > Math.max(2, 0.01 * (all.length + errors))) {
    throw new Error(
      `${target.name} at ${connections} connection(s): ${errors} of ${all.length + errors} requests failed or timed out`,
    );
  }
  const kinds: LoadPoint['byKind'] = {};
  for (const [kind, values] of byKind) {
    if (values.length > 0) kinds[kind] = { ...summarize(values), qps: round(values.length / elapsed, 1) };
  }
  return {
    connections,
    durationS: round(elapsed, 2),
    responses: all.length - timeouts,
    qps: round((all.length - timeouts) / elapsed, 1),
    errors,
    ...(timeouts > 0 ? { timeouts } : {}),
    latency: summarize(all),
    byKind: kinds,
  };
}
