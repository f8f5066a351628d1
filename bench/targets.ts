import type { BenchResults } from './bench-results';
import { LoadPoint } from './load-test';
import { FOCUS_KIND, SearchTarget } from './measure-search';
import { KIND_LABELS } from './search-queries';
import { round } from './stats';

/** One goal of the issue, its measure and how far from the goal it landed. */
export interface TargetResult {
  id: string;
  description: string;
  measured: number;
  unit: string;
  comparison: '>=' | '<=' | '<';
  goal: number;
  pass: boolean;
  /** Relative distance to the goal, in %: headroom when it passes, shortfall when it misses. */
  marginPercent: number;
  detail: string;
}

/** The targets are set at 100k requests; at smaller sizes the same checks run, the baseline factor at 1×. */
export function evaluateTargets(results: Omit<BenchResults, 'targets'>): TargetResult[] {
  const { rebuild, search, syncLag } = results;
  const baselineFactor = results.size.requests >= 100_000 ? 2 : 1;
  const mixAt = (target: SearchTarget, connections: number) =>
    pointAt(search.mix[target], connections, `${target} mix`);
  const focusAt = (target: SearchTarget, connections: number) =>
    pointAt(search.focus[target], connections, `${target} ${FOCUS_KIND}`);
  const targets: TargetResult[] = [
    target(
      'rebuild-vs-raw',
      'Full rebuild throughput vs raw engine bulk rate',
      round(rebuild.ratio * 100, 1),
      '%',
      '>=',
      80,
      `${rebuild.job.docsPerSecond} vs ${rebuild.raw.docsPerSecond} docs/s`,
    ),
    target(
      'api-vs-engine-p95',
      'API search p95 / direct-engine p95 (mix, 1 connection)',
      round(mixAt('api', 1).latency.p95 / mixAt('engine', 1).latency.p95, 2),
      '×',
      '<=',
      1.2,
      `${mixAt('api', 1).latency.p95} vs ${mixAt('engine', 1).latency.p95} ms`,
    ),
    target(
      'api-p95',
      'API search p95 (mix, 1 connection)',
      mixAt('api', 1).latency.p95,
      'ms',
      '<',
      40,
      'all four kinds',
    ),
    target(
      'api-vs-engine-qps-8',
      'API q/s / direct-engine q/s (mix, 8 connections)',
      round(mixAt('api', 8).qps / mixAt('engine', 8).qps, 2),
      '×',
      '>=',
      0.85,
      `${mixAt('api', 8).qps} vs ${mixAt('engine', 8).qps} req/s`,
    ),
  ];
  for (const connections of [1, 8]) {
    const api = focusAt('api', connections);
    const postgres = focusAt('postgres', connections);
    // A baseline that times out is measured at the timeout, and one that answers nothing in a point at less than one
    // answer in its duration: both ratios are then lower bounds, and say so.
    const timedOut = postgres.timeouts
      ? `; the baseline's ${postgres.timeouts} timeouts counted at 10 s: a lower bound`
      : '';
    const answered = postgres.qps > 0;
    targets.push(
      target(
        `baseline-p95-${connections}`,
        `Postgres baseline p95 / API p95 (${KIND_LABELS[FOCUS_KIND]}, ${connections} conn.)`,
        round(postgres.latency.p95 / api.latency.p95, 2),
        '×',
        '>=',
        baselineFactor,
        `${postgres.latency.p95} vs ${api.latency.p95} ms${timedOut}`,
      ),
      target(
        `baseline-qps-${connections}`,
        `API qps / Postgres baseline qps (${KIND_LABELS[FOCUS_KIND]}, ${connections} conn.)`,
        round(answered ? api.qps / postgres.qps : api.qps * postgres.durationS, 2),
        '×',
        '>=',
        baselineFactor,
        answered
          ? `${api.qps} vs ${postgres.qps} req/s`
          : `${api.qps} req/s; the baseline answered none in ${postgres.durationS} s: a lower bound`,
      ),
    );
  }
  const lag = target(
    'sync-lag-p95',
    'Sync lag p95 (commit → visible in search)',
    syncLag.lagMs.p95,
    'ms',
    '<=',
    2000,
    `p50 ${syncLag.lagMs.p50} ms, ${syncLag.edits} edits at ${syncLag.editsPerSecond}/s, ${syncLag.unseen} unseen`,
  );
  if (syncLag.unseen > 0) Object.assign(lag, { pass: false, marginPercent: 100 }); // a lost edit fails whatever the p95
  targets.push(
    lag,
    target(
      'worker-rss-rebuild',
      'Worker peak RSS during the rebuild',
      rebuild.memory.worker.peakRssMb,
      'MB',
      '<=',
      300,
      'VmHWM / VmRSS',
    ),
    target(
      'api-rss-search',
      'API peak RSS under search load',
      search.memory.api.peakRssMb,
      'MB',
      '<=',
      250,
      'VmHWM / VmRSS',
    ),
  );
  // Results written before the matching section have no candidates points.
  const candidates = results.matching?.candidates.points.find((p) => p.connections === 1);
  if (candidates) {
    // The search measured right before the candidates when the run has it (same background load), else the mix.
    const beside = results.matching.candidates.searchBeside;
    const searchP95 = (beside ?? mixAt('api', 1)).latency.p95;
    targets.push(
      target(
        'candidates-vs-search-p95',
        'Candidates of an offer p95 / guided search p95 (API, 1 connection)',
        round(candidates.latency.p95 / searchP95, 2),
        '×',
        '<=',
        1.5,
        `${candidates.latency.p95} vs ${searchP95} ms${beside ? ' (search run just before)' : ''}`,
      ),
    );
  }
  return targets;
}

function target(
  id: string,
  description: string,
  measured: number,
  unit: string,
  comparison: TargetResult['comparison'],
  goal: number,
  detail: string,
): TargetResult {
  const pass = comparison === '>=' ? measured >= goal : comparison === '<=' ? measured <= goal : measured < goal;
  const margin = comparison === '>=' ? measured / goal - 1 : 1 - measured / goal;
  return {
    id,
    description,
    measured,
    unit,
    comparison,
    goal,
    pass,
    marginPercent: round(Math.abs(margin) * 100, 1),
    detail,
  };
}

function pointAt(points: LoadPoint[], connections: number, what: string): LoadPoint {
  const point = points.find((p) => p.connections === connections);
  if (!point) throw new Error(`no ${what} load point at ${connections} connection(s)`);
  return point;
}

/** "pass (12 % headroom)" or "MISS by 30 %". */
export function verdict(target: TargetResult): string {
  return target.pass ? `pass (${target.marginPercent} % headroom)` : `**MISS** by ${target.marginPercent} %`;
}
