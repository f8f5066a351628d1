import { randomBytes } from 'node:crypto';

/**
 * The API's base path. Kept in one place so that moving the HTTP API under a prefix (e.g. `/api`) is a
 * one-line change for the drill.
 */
export const API_BASE_PATH = '/api';

/** How the drill takes Elasticsearch away: its own node stopped and started, or a cut proxy in front of one. */
export type ElasticsearchFault = 'node' | 'proxy';

export interface DrillOptions {
  label: 'short' | 'long' | 'custom';
  edits: number;
  /** Edits in flight at once. */
  concurrency: number;
  elasticsearchDownMs: number;
  redisDownMs: number;
  elasticsearch: ElasticsearchFault;
  /** `node`: the port of the drill's own node (engine/elasticsearch.sh); `proxy`: the node the proxy forwards to. */
  elasticsearchPort: number;
  /** `proxy`: the port the proxy listens on (what the API and worker are given). */
  proxyPort: number;
  redisPort: number;
  postgresUrl: string;
  database: string;
  indexPrefix: string;
  queuePrefix: string;
  /** Longest wait for the index and the mailbox to catch up once the faults are over. */
  catchUpTimeoutMs: number;
  /** Stop the drill's own Elasticsearch node at the end if the drill started it. */
  stopNodeAtEnd: boolean;
  keep: boolean;
}

const USAGE = `usage: npm run drill -- [--short] [--edits N] [--es-down S] [--redis-down S] [--es node|proxy]
        [--es-port P] [--proxy-port P] [--redis-port P] [--concurrency N] [--keep]
  long form (default): 10000 edits, Elasticsearch down 60 s, Redis down 30 s, its own node on ES port 9220
  --short: 1000 edits, Elasticsearch down 15 s, Redis down 8 s, a cut proxy in front of the node on ES port`;

export function parseDrillOptions(argv: string[], env: NodeJS.ProcessEnv): DrillOptions {
  const args = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}\n${USAGE}`);
    const [name, inline] = arg.slice(2).split('=', 2);
    if (['short', 'keep', 'help'].includes(name)) flags.add(name);
    else args.set(name, inline ?? argv[++i]);
  }
  if (flags.has('help')) throw new Error(USAGE);
  const short = flags.has('short');
  const number = (name: string, fallback: number) => {
    const value = args.get(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`--${name} must be a number (got ${value})\n${USAGE}`);
    return parsed;
  };
  const elasticsearch = (args.get('es') ?? env.DRILL_ES_FAULT ?? (short ? 'proxy' : 'node')) as ElasticsearchFault;
  if (!['node', 'proxy'].includes(elasticsearch)) throw new Error(`--es must be node or proxy\n${USAGE}`);
  const suffix = randomBytes(3).toString('hex');
  const custom = ['edits', 'es-down', 'redis-down'].some((name) => args.has(name));
  return {
    label: custom ? 'custom' : short ? 'short' : 'long',
    edits: number('edits', short ? 1000 : 10_000),
    concurrency: number('concurrency', 6),
    elasticsearchDownMs: number('es-down', short ? 15 : 60) * 1000,
    redisDownMs: number('redis-down', short ? 8 : 30) * 1000,
    elasticsearch,
    elasticsearchPort: number('es-port', Number(env.DRILL_ES_PORT ?? (elasticsearch === 'node' ? 9220 : 9200))),
    proxyPort: number('proxy-port', Number(env.DRILL_PROXY_PORT ?? 3190)),
    redisPort: number('redis-port', Number(env.DRILL_REDIS_PORT ?? 6391)),
    postgresUrl: env.DRILL_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    database: `semsem_drill_${suffix}`,
    indexPrefix: `drill_${suffix}_`,
    queuePrefix: `drill_${suffix}`,
    catchUpTimeoutMs: number('catch-up-timeout', short ? 180 : 600) * 1000,
    stopNodeAtEnd: env.DRILL_KEEP_NODE !== '1',
    keep: flags.has('keep'),
  };
}
