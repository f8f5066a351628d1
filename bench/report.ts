import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BenchResults } from './bench-results';
import { LoadPoint } from './load-test';
import { FOCUS_KIND, SEARCH_TARGETS, SearchTarget } from './measure-search';
import { CPU_GROUPS } from './process-cpu';
import { KIND_LABELS, QUERY_KINDS } from './search-queries';
import { round } from './stats';
import { verdict } from './targets';
import { extractionMarkdown } from './measure-extraction';

const TARGET_NAMES: Record<SearchTarget, string> = {
  api: 'API (GET /profiles/search)',
  engine: 'Elasticsearch direct',
  postgres: 'Postgres FTS baseline',
};

/** Writes bench-<size>.json and bench-<size>.md (each through a temporary file, so a reader never sees half). */
export async function writeResults(outDir: string, results: BenchResults): Promise<{ json: string; markdown: string }> {
  await mkdir(outDir, { recursive: true });
  const base = resolve(outDir, `bench-${results.size.label}`);
  await writeAtomically(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
  await writeAtomically(`${base}.md`, toMarkdown(results));
  return { json: `${base}.json`, markdown: `${base}.md` };
}

/**
 * What a run has measured so far, written after each section (`bench-<size>.partial.json`): a long run (1m) that
 * fails late keeps the figures of the sections before the failure. Removed once the full results are written.
 */
export async function writePartial(outDir: string, label: string, measured: object): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const path = resolve(outDir, `bench-${label}.partial.json`);
  await writeAtomically(path, `${JSON.stringify(measured, null, 2)}\n`);
  return path;
}

export async function removePartial(outDir: string, label: string): Promise<void> {
  await rm(resolve(outDir, `bench-${label}.partial.json`), { force: true });
}

async function writeAtomically(path: string, text: string): Promise<void> {
  await writeFile(`${path}.tmp`, text);
  await rename(`${path}.tmp`, path);
}

export function toMarkdown(r: BenchResults): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const lines: string[] = [];
  const table = (header: string[], rows: Array<Array<string | number>>) => {
    lines.push(`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`);
    for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
    lines.push('');
  };

  lines.push(`# SEMSEM-stages bench — ${r.size.label} requests`, '');
  lines.push(
    `${r.machine.cpus} cores (${r.machine.cpuModel}), ${r.machine.memoryGb} GB RAM, Linux ${r.machine.kernel}, Node ${r.machine.node}; ` +
      `Elasticsearch ${r.versions.elasticsearch} (${engineLayout(r)}heap ${n(r.versions.elasticsearchHeapMb)} MB${(r.versions.elasticsearchNodes ?? 1) > 1 ? ' per node' : ''}), Postgres ${r.versions.postgres}. ` +
      `Run ${r.startedAt} in ${Math.round(r.totalSeconds)} s; seed ${r.seed}; ${r.loadSeconds} s per load point${r.quick ? ' (quick)' : ''}; ` +
      `load average ${r.machine.loadAverage.start} at the start, ${r.machine.loadAverage.end} at the end.`,
    '',
    `Data: ${n(r.data.requests)} internship requests (${n(r.data.searchable)} searchable), ${n(r.data.students)} students, ` +
      `${n(r.data.documents)} documents (${n(r.data.cvWithText)} CVs with text, ${Math.round(r.data.textBytes / 1048576)} MB of text), ` +
      `${r.data.universities} universities, ${r.data.programmes} programmes, ${n(r.data.companies)} companies — generated with COPY in ` +
      `${(r.data.durationMs / 1000).toFixed(1)} s (generator RSS ${r.data.generatorRssMb} MB).`,
    '',
    '## Targets',
    '',
  );
  table(
    ['target', 'measured', 'goal', 'result', 'detail'],
    r.targets.map((t) => [
      t.description,
      `${t.measured} ${t.unit}`,
      `${t.comparison} ${t.goal} ${t.unit}`,
      verdict(t),
      t.detail,
    ]),
  );
  if (r.size.requests < 100_000)
    lines.push('_The goals are set for 100k requests; at this size the baseline factor required is 1× (faster)._', '');

  lines.push('## Full rebuild', '');
  table(
    ['', 'documents', 'time (s)', 'docs/s'],
    [
      [
        'Rebuild job (worker: Postgres → bulk → checks → alias swap)',
        n(r.rebuild.job.documents),
        (r.rebuild.job.durationMs / 1000).toFixed(1),
        n(r.rebuild.job.docsPerSecond),
      ],
      [
        `Raw engine bulk (pre-serialised, ${r.rebuild.raw.megabytes} MB, ${r.rebuild.raw.batches} requests of ≤ ${r.rebuild.raw.batchBytes / 1048576} MB)`,
        n(r.rebuild.raw.documents),
        (r.rebuild.raw.loadMs / 1000).toFixed(1),
        n(r.rebuild.raw.docsPerSecond),
      ],
      ['Ratio (job / raw)', '', '', `${(r.rebuild.ratio * 100).toFixed(1)} %`],
      ...(r.rebuild.job.bulk
        ? [
            [
              `_The job's bulk requests: ${r.rebuild.job.bulk.requests}, largest ${(r.rebuild.job.bulk.largestRequestBytes / 1048576).toFixed(1)} MB, at most ${(r.rebuild.job.bulk.peakHeldBytes / 1048576).toFixed(1)} MB held (in flight + filling)_`,
              '',
              '',
              '',
            ],
          ]
        : []),
      [
        '_For reference: reading and serialising the same documents from Postgres alone_',
        n(r.rebuild.raw.documents),
        (r.rebuild.raw.serialiseMs / 1000).toFixed(1),
        n(round(r.rebuild.raw.documents / (r.rebuild.raw.serialiseMs / 1000), 1)),
      ],
    ],
  );

  const size = r.rebuild.index;
  if (size)
    lines.push(
      `The rebuilt profiles index as the rebuild left it: ${n(size.documents)} documents, ${size.primaryShards} primary shard(s) of ${n(round(size.primaryMegabytes / size.primaryShards, 1))} MB (${n(size.primaryMegabytes)} MB in primaries, ${n(size.totalMegabytes)} MB with ${size.replicas} replica(s)), ${n(round((size.primaryMegabytes * 1024) / Math.max(1, size.documents), 2))} kB per document.`,
      '',
    );

  lines.push('## Guided search under load (mix of the four kinds)', '');
  const loadRows = (points: Record<SearchTarget, LoadPoint[]>) =>
    SEARCH_TARGETS.flatMap((target) =>
      points[target].map((p) => [
        TARGET_NAMES[target],
        p.connections,
        n(p.qps),
        p.latency.p50,
        p.latency.p95,
        p.latency.p99,
        n(p.responses),
        p.timeouts ? `${p.errors} (${p.timeouts} timed out, counted at 10 s)` : p.errors,
      ]),
    );
  table(['target', 'conn.', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'responses', 'errors'], loadRows(r.search.mix));

  const withCpu = SEARCH_TARGETS.flatMap((target) =>
    r.search.mix[target].filter((p) => p.cpuPerAnswer).map((p) => ({ target, p, cpu: p.cpuPerAnswer! })),
  );
  if (withCpu.length > 0) {
    lines.push(
      "### Where the machine's CPU went, per answer (ms; the mix; the targets measured in turn at each point)",
      '',
    );
    table(
      ['target', 'conn.', ...CPU_GROUPS, 'all'],
      withCpu.map(({ target, p, cpu }) => [
        TARGET_NAMES[target],
        p.connections,
        ...CPU_GROUPS.map((group) => cpu[group]),
        round(CPU_GROUPS.reduce((sum, group) => sum + cpu[group], 0)),
      ]),
    );
  }

  lines.push('### By kind, at 1 connection (p50 / p95 ms)', '');
  table(
    ['kind', ...SEARCH_TARGETS.map((t) => TARGET_NAMES[t])],
    QUERY_KINDS.map((kind) => [
      KIND_LABELS[kind],
      ...SEARCH_TARGETS.map((target) => {
        const at1 = r.search.mix[target].find((p) => p.connections === 1)?.byKind[kind];
        return at1 ? `${at1.p50} / ${at1.p95}` : '–';
      }),
    ]),
  );

  lines.push(`### ${KIND_LABELS[FOCUS_KIND]} alone`, '');
  table(['target', 'conn.', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'responses', 'errors'], loadRows(r.search.focus));

  lines.push('### The queries (each checked once before the load)', '');
  table(
    ['kind', 'query', 'API total', 'engine total', 'Postgres total', 'API = engine', 'Postgres = engine'],
    r.search.checks.map((c) => [
      KIND_LABELS[c.kind],
      c.label.replace(/\|/g, '\\|'),
      n(c.apiTotal),
      n(c.engineTotal),
      n(c.postgresTotal),
      c.apiMatchesEngine ? 'yes' : 'NO',
      c.postgresMatchesEngine === true ? 'yes' : c.postgresMatchesEngine === false ? 'NO' : c.postgresMatchesEngine,
    ]),
  );
  lines.push(
    `Baseline: ${n(r.baseline.rows)} rows in a bench-only schema, weighted \`french\` tsvector + GIN, built in ` +
      `${(r.baseline.buildMs / 1000).toFixed(1)} s (table ${r.baseline.tableMb} MB, indexes ${r.baseline.indexesMb} MB); ` +
      'same filters and multi-select facet counts (GROUP BY), ts_rank ordering, ts_headline highlights, one round trip.',
    '',
  );

  lines.push('## Sync lag (commit in Postgres → visible in search)', '');
  const lag = r.syncLag;
  table(
    ['edits', 'rate', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'unseen'],
    [[lag.edits, `${lag.editsPerSecond}/s`, lag.lagMs.p50, lag.lagMs.p95, lag.lagMs.p99, lag.lagMs.max, lag.unseen]],
  );

  const m = r.matching;
  lines.push('## Matching', '');
  const searchP95 = (c: number) => r.search.mix.api.find((p) => p.connections === c)?.latency.p95 ?? '–';
  const beside = m.candidates.searchBeside;
  table(
    ['through the API', 'conn.', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'guided search p95 ms (mix)'],
    [
      ...(beside
        ? [
            [
              'Guided search (the mix), run just before the candidates',
              beside.connections,
              n(beside.qps),
              beside.latency.p50,
              beside.latency.p95,
              beside.latency.p99,
              '',
            ],
          ]
        : []),
      ...m.candidates.points.map((p) => [
        `Candidates of an offer (${m.candidates.offers} offers, first page of 20)`,
        p.connections,
        n(p.qps),
        p.latency.p50,
        p.latency.p95,
        p.latency.p99,
        searchP95(p.connections),
      ]),
    ],
  );
  table(
    ['one request against the offers index', 'offers', 'requests', 'p50 ms', 'p95 ms', 'max ms', 'matches per request'],
    [
      [
        'query + why + recording (rolled back)',
        n(m.offers.count),
        m.requestMatching.requests,
        m.requestMatching.latency.p50,
        m.requestMatching.latency.p95,
        m.requestMatching.latency.max,
        m.requestMatching.meanMatches,
      ],
    ],
  );
  const fidelity = m.windowFidelity;
  if (fidelity) {
    table(
      ['first page of candidates (20)', 'offers', 'same first page', 'overlap'],
      [
        [
          `window ${fidelity.window} against ${fidelity.wider} (a second API)`,
          fidelity.offers,
          fidelity.samePage,
          `${(fidelity.overlap * 100).toFixed(2)} %`,
        ],
      ],
    );
  }
  lines.push(
    `Offers written in ${(m.offers.writeMs / 1000).toFixed(1)} s and indexed in ${(m.offers.indexMs / 1000).toFixed(1)} s.`,
    '',
  );

  if (r.extraction) lines.push('## PDF text extraction', '', ...extractionMarkdown(r.extraction));

  lines.push('## Peak memory (RSS, MB)', '');
  const mem = (phase: Record<string, { peakRssMb: number }>, name: string) => phase[name]?.peakRssMb ?? '–';
  table(
    ['process', 'during rebuild', 'under search load', 'during sync lag'],
    ['api', 'worker'].map((name) => [
      name,
      mem(r.rebuild.memory, name),
      mem(r.search.memory, name),
      mem(r.syncLag.memory, name),
    ]),
  );
  lines.push('Reproduce: `npm run build && npm run bench -- --size ' + r.size.label + '` (see bench/README.md).', '');
  return `${lines.join('\n')}\n`;
}

/** "3 nodes, 1 shard + 1 replica, " for a cluster; nothing for the single node (as before clusters). */
function engineLayout(r: BenchResults): string {
  const nodes = r.versions.elasticsearchNodes ?? 1;
  if (nodes === 1 && !r.versions.replicas && (r.versions.shards ?? 1) === 1) return '';
  return `${nodes} node${nodes > 1 ? 's' : ''}, ${r.versions.shards ?? 1} shard(s) + ${r.versions.replicas ?? 0} replica(s) per index, `;
}
