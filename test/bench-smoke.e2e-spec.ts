import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The bench at a tiny size with short loads: it must run end to end against the real stack and write a
 * well-formed JSON and Markdown table. No timing is asserted here (speed goals live in bench/results).
 * Its database, indices and queue keys carry this run's test prefixes, so the global teardown removes them
 * even if the bench dies.
 */
const ROOT = resolve(__dirname, '..');
const SCRIPT = resolve(ROOT, 'dist/bench/run-bench.js');
const TARGET_IDS = [
  'rebuild-vs-raw',
  'api-vs-engine-p95',
  'api-p95',
  'api-vs-engine-qps-8',
  'baseline-p95-1',
  'baseline-qps-1',
  'baseline-p95-8',
  'baseline-qps-8',
  'sync-lag-p95',
  'worker-rss-rebuild',
  'api-rss-search',
  'candidates-vs-search-p95',
];

describe('bench (smoke, 2k requests, --quick)', () => {
  let outDir: string;
  let run: { code: number | null; stdout: string; stderr: string };

  beforeAll(async () => {
    if (!existsSync(SCRIPT)) throw new Error(`${SCRIPT} is missing: run npm run build first`);
    outDir = await mkdtemp(join(tmpdir(), 'semsem-bench-smoke-'));
    const runId = process.env.TEST_RUN_ID!;
    run = await runBench([
      '--size',
      '2k',
      '--quick',
      '--out',
      outDir,
      '--database',
      `semsem_test_${runId}_bench`,
      '--index-prefix',
      `test_${runId}_bench_`,
      '--queue-prefix',
      `test_${runId}_bench`,
    ]);
  }, 240_000);

  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('exits 0 and prints the Markdown table', () => {
    expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr.slice(-4000) }).toEqual({ code: 0, stderr: '' });
    expect(run.stdout).toContain('# SEMSEM-stages bench — 2k requests');
  });

  it('writes a JSON with every measure, all numbers finite', async () => {
    const results = JSON.parse(await readFile(join(outDir, 'bench-2k.json'), 'utf8'));
    expect(results).toMatchObject({ schema: 1, size: { label: '2k', requests: 2000 }, quick: true });
    expect(results.data.requests).toBe(2000);
    expect(results.data.searchable).toBeGreaterThan(0);
    expect(results.rebuild.job.documents).toBe(results.data.searchable);
    expect(results.rebuild.raw.documents).toBe(results.data.searchable);
    expect(results.rebuild.job.docsPerSecond).toBeGreaterThan(0);
    expect(results.rebuild.raw.docsPerSecond).toBeGreaterThan(0);
    expect(results.rebuild.memory.worker.peakRssMb).toBeGreaterThan(0);
    expect(results.baseline.rows).toBe(results.data.searchable);
    for (const target of ['api', 'engine', 'postgres']) {
      expect(results.search.mix[target].map((p: { connections: number }) => p.connections)).toEqual([1, 8, 32]);
      expect(results.search.focus[target].map((p: { connections: number }) => p.connections)).toEqual([1, 8]);
      for (const point of [...results.search.mix[target], ...results.search.focus[target]]) {
        expect(point.responses).toBeGreaterThan(0);
        expect(point.latency.p95).toBeGreaterThan(0);
        // The work of a point shows in the processes that did it: the engine's under the API too.
        if (target !== 'postgres') expect(point.cpuPerAnswer.engine).toBeGreaterThan(0);
        if (target === 'api') expect(point.cpuPerAnswer.api).toBeGreaterThan(0);
        if (target === 'postgres') expect(point.cpuPerAnswer.postgres).toBeGreaterThan(0);
      }
    }
    expect(results.search.checks).toHaveLength(12);
    for (const check of results.search.checks) {
      expect(check.apiMatchesEngine).toBe(true);
      if (check.kind === 'facets' || check.kind === 'deepPage') expect(check.postgresMatchesEngine).toBe(true);
    }
    expect(results.search.memory.api.peakRssMb).toBeGreaterThan(0);
    expect(results.syncLag.edits).toBeGreaterThan(0);
    expect(results.syncLag.lagMs.count).toBe(results.syncLag.edits - results.syncLag.unseen);
    expect(results.matching.offers.count).toBe(1000);
    expect(results.matching.candidates.points.map((p: { connections: number }) => p.connections)).toEqual([1, 8]);
    for (const point of results.matching.candidates.points) expect(point.responses).toBeGreaterThan(0);
    expect(results.matching.requestMatching.requests).toBeGreaterThan(0);
    expect(results.matching.requestMatching.latency.p95).toBeGreaterThan(0);
    // The configured window's first pages against a second API's, with a window twice as wide.
    const fidelity = results.matching.windowFidelity;
    expect(fidelity).toMatchObject({ offers: 100, window: 100, wider: 200 });
    expect(fidelity.samePage).toBeGreaterThanOrEqual(0);
    expect(fidelity.samePage).toBeLessThanOrEqual(100);
    expect(fidelity.overlap).toBeGreaterThan(0.5);
    // The extraction burst (20 CVs with --quick): each read by the worker and found by a search on its text.
    expect(results.extraction).toMatchObject({ pdfs: 20, statuses: { extracted: 20 }, unseen: 0 });
    expect(results.extraction.searchableMs.count).toBe(20);
    // Each CV's wait split in two: every text stored, and every change it wrote taken by the search sync.
    expect(results.extraction.stages.textStoredMs.count).toBe(20);
    expect(results.extraction.stages.syncTakenMs.count).toBe(20);
    // The readers ran in the worker during the burst.
    expect(results.extraction.cpuPerPdf.worker).toBeGreaterThan(0);
    expect(results.targets.map((t: { id: string }) => t.id)).toEqual(TARGET_IDS);
    for (const target of results.targets) expect(typeof target.pass).toBe('boolean');
    expect(nonFiniteNumbers(results)).toEqual([]);
  });

  it('writes the Markdown table with every section and target', async () => {
    const markdown = await readFile(join(outDir, 'bench-2k.md'), 'utf8');
    for (const heading of [
      '## Targets',
      '## Full rebuild',
      '## Guided search under load',
      "### Where the machine's CPU went, per answer",
      '### keywords + 2 facets alone',
      '## Sync lag',
      '## Matching',
      '## Peak memory',
    ]) {
      expect(markdown).toContain(heading);
    }
    const targetRows = markdown.split('\n').filter((line) => /\| (pass|\*\*MISS\*\*)/.test(line));
    expect(targetRows).toHaveLength(TARGET_IDS.length);
    expect(markdown).toContain('| window 100 against 200 (a second API) | 100 |');
    expect(markdown).toMatch(/\| text stored → taken by the search sync \| 20 \| /);
    expect(markdown).not.toMatch(/NaN|undefined|Infinity|\[object /);
  });
});

function runBench(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], {
      cwd: ROOT,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/** Paths of every number in the JSON that is not finite (JSON turns NaN and Infinity into null: those too). */
function nonFiniteNumbers(value: unknown, path = '$'): string[] {
  if (value === null) return [path];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => nonFiniteNumbers(item, `${path}[${i}]`));
  if (typeof value === 'object')
    return Object.entries(value as object).flatMap(([key, item]) => nonFiniteNumbers(item, `${path}.${key}`));
  return [];
}
