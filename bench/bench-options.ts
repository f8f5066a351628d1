import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseSize } from './generate-data';

/** Where the bench runs and how long it loads; every name is its own so it never touches the service's data. */
export interface BenchOptions {
  size: { label: string; requests: number };
  seed: number;
  quick: boolean;
  /** Seconds per load point (autocannon run). */
  loadSeconds: number;
  /** Seconds of the steady stream of edits for the sync lag, and edits per second. */
  syncSeconds: number;
  editsPerSecond: number;
  connections: number[];
  outDir: string;
  database: string;
  indexPrefix: string;
  queuePrefix: string;
  /** Keep the database and indices after the run (to look at them). */
  keep: boolean;
  /** Stop after generating the data (checks the generator alone, e.g. at 1m). */
  generateOnly: boolean;
  /** Run one section alone (`--only extraction`), or every section (null). */
  only: 'extraction' | null;
  /** CVs uploaded in the extraction burst (`--pdfs`; 20 with --quick). */
  pdfs: number;
  postgresUrl: string;
  redisUrl: string;
  /** The node URLs comma-separated, as ELASTICSEARCH_URL takes them (one node, or a cluster). */
  elasticsearchUrl: string;
  elasticsearchNodes: string[];
  /** Of the indices the bench builds: ELASTICSEARCH_SHARDS / ELASTICSEARCH_REPLICAS (default 1, and 0 or 1 replica). */
  shards: number;
  replicas: number;
}

/** The repository root: the nearest folder above with a package.json (from dist/bench/ or bench/). */
export const REPO_ROOT = findUp(__dirname);

/** The compiled tree this file runs from (dist/): the API, the worker and the baseline server start from it. */
export const BUILD_ROOT = resolve(__dirname, '..');

function findUp(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir))
    if (existsSync(resolve(dir, 'package.json'))) return dir;
  throw new Error(`no package.json above ${from}`);
}

const USAGE = `usage: node dist/bench/run-bench.js --size 100k [--quick] [--out DIR] [--seed N] [--duration S]
  [--database NAME] [--index-prefix P] [--queue-prefix P] [--keep] [--generate-only]
  [--elasticsearch-url URL[,URL...]] [--shards N] [--replicas N] [--only extraction] [--pdfs N]
  --size          2k, 10k, 100k, 1m or a number of internship requests (default 10k)
  --quick         ~1 s per load point and a short sync-lag stream (the CI smoke test)
  --out           folder of bench-<size>.json and bench-<size>.md (default bench/results)
  --elasticsearch-url  one node or a cluster's nodes, comma-separated (default ELASTICSEARCH_URL, else 127.0.0.1:9200)
  --only extraction  only the PDF text extraction burst (data: 3 requests per PDF unless --size is given)
  --pdfs          CVs uploaded in the extraction burst (default 1000, 20 with --quick)
  --shards, --replicas of the bench's indices (default ELASTICSEARCH_SHARDS/REPLICAS, else 1 shard, and 1 replica
                  when several nodes are given, 0 otherwise)
Postgres, Redis and Elasticsearch: BENCH_POSTGRES_URL (or DATABASE_URL), REDIS_URL, ELASTICSEARCH_URL, all on 127.0.0.1.`;

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') throw new UsageError(USAGE);
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"\n${USAGE}`);
    const [name, inline] = arg.slice(2).split('=', 2);
    if (['quick', 'keep', 'generate-only'].includes(name)) flags.set(name, true);
    else if (inline !== undefined) flags.set(name, inline);
    else if (i + 1 < argv.length) flags.set(name, argv[++i]);
    else throw new UsageError(`--${name} needs a value\n${USAGE}`);
  }
  const known = [
    'size',
    'seed',
    'quick',
    'duration',
    'out',
    'database',
    'index-prefix',
    'queue-prefix',
    'keep',
    'generate-only',
    'elasticsearch-url',
    'shards',
    'replicas',
    'only',
    'pdfs',
  ];
  const unknown = [...flags.keys()].filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new UsageError(`unknown option --${unknown[0]}\n${USAGE}`);
  const text = (name: string, fallback: string) =>
    typeof flags.get(name) === 'string' ? (flags.get(name) as string) : fallback;

  const quick = flags.has('quick');
  const only = flags.has('only') ? text('only', '') : null;
  if (only !== null && only !== 'extraction') throw new UsageError(`--only takes "extraction"\n${USAGE}`);
  const pdfs = Number(text('pdfs', quick ? '20' : '1000'));
  if (!(Number.isInteger(pdfs) && pdfs >= 1 && pdfs <= 100_000))
    throw new UsageError('--pdfs must be an integer between 1 and 100000');
  const loadSeconds = Number(text('duration', quick ? '1' : '10'));
  if (!(loadSeconds > 0 && loadSeconds <= 120)) throw new UsageError('--duration must be between 0 and 120 seconds');
  const postgresUrl = env.BENCH_POSTGRES_URL ?? env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const elasticsearchNodes = text('elasticsearch-url', env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200')
    .split(',')
    .map((url) => url.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  const shards = Number(text('shards', env.ELASTICSEARCH_SHARDS ?? '1'));
  const replicas = Number(text('replicas', env.ELASTICSEARCH_REPLICAS ?? (elasticsearchNodes.length > 1 ? '1' : '0')));
  const options: BenchOptions = {
    size: parseSize(text('size', only === 'extraction' ? String(Math.max(2000, pdfs * 3)) : '10k')),
    seed: Number(text('seed', '20260115')),
    quick,
    loadSeconds,
    syncSeconds: quick ? 3 : 20,
    editsPerSecond: 5,
    connections: [1, 8, 32],
    outDir: resolve(text('out', resolve(REPO_ROOT, 'bench/results'))),
    database: text('database', 'semsem_bench'),
    indexPrefix: text('index-prefix', 'bench_'),
    queuePrefix: text('queue-prefix', 'bench'),
    keep: flags.has('keep'),
    generateOnly: flags.has('generate-only'),
    only,
    pdfs,
    postgresUrl,
    redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    elasticsearchUrl: elasticsearchNodes.join(','),
    elasticsearchNodes,
    shards,
    replicas,
  };
  if (!Number.isInteger(options.seed)) throw new UsageError('--seed must be an integer');
  if (elasticsearchNodes.length === 0) throw new UsageError('--elasticsearch-url needs at least one URL');
  if (!(Number.isInteger(shards) && shards >= 1)) throw new UsageError('--shards must be an integer of at least 1');
  if (!(Number.isInteger(replicas) && replicas >= 0))
    throw new UsageError('--replicas must be an integer of at least 0');
  const urls = [
    ['Postgres', postgresUrl],
    ['Redis', options.redisUrl],
    ...elasticsearchNodes.map((url) => ['Elasticsearch', url]),
  ];
  for (const [name, url] of urls) {
    if (!isLoopback(url))
      throw new UsageError(`the bench only runs against this machine: ${name} must be on 127.0.0.1 or localhost`);
  }
  return options;
}

export class UsageError extends Error {}

function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
