import { randomBytes } from 'node:crypto';

/**
 * The API's base path. Kept in one place so that moving the HTTP API under a prefix (e.g. `/api`) is a
 * one-line change for the drill.
 */
export const API_BASE_PATH = '/api';

/**
 * How the drill takes Elasticsearch away: its own node stopped and started, a cut proxy in front of one, or one node
 * of its own three-node cluster killed with SIGKILL and started again (the two others keep serving, replicas 1).
 */
export type ElasticsearchFault = 'node' | 'proxy' | 'cluster';

const FAULTS: ElasticsearchFault[] = ['node', 'proxy', 'cluster'];

export interface DrillOptions {
  label: 'short' | 'long' | 'custom';
  edits: number;
  /** Edits in flight at once. */
  concurrency: number;
  elasticsearchDownMs: number;
  redisDownMs: number;
  elasticsearch: ElasticsearchFault;
  /**
   * `node`: the port of the drill's own node (engine/elasticsearch.sh); `proxy`: the node the proxy forwards to;
   * `cluster`: the first HTTP port of the drill's own three nodes (the two next ones follow).
   */
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
  /** Stop the drill's own Elasticsearch node (or cluster) at the end if the drill started it. */
  stopNodeAtEnd: boolean;
  keep: boolean;
}

const USAGE = `usage: npm run drill -- [--short] [--edits N] [--es-down S] [--redis-down S] [--es node|proxy|cluster]
        [--es-port P] [--proxy-port P] [--redis-port P] [--concurrency N] [--keep]
  long form (default): 10000 edits, Elasticsearch down 60 s, Redis down 30 s, its own node on ES port 9220
  --short: 1000 edits, Elasticsearch down 15 s, Redis down 8 s, a cut proxy in front of the node on ES port
  --es cluster: its own three-node cluster on ES ports 9230-9232 (replicas 1); the Elasticsearch fault kills one
    node (not the master) with SIGKILL for the es-down time, then starts it again; stopped at the end unless --keep`;

/** Never the shared node's 9200 for what the drill stops; the cluster's 9230-9232 stay clear of 9220 and 9210-9212. */
const DEFAULT_ES_PORT: Record<ElasticsearchFault, number> = { node: 9220, proxy: 9200, cluster: 9230 };

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
  if (!FAULTS.includes(elasticsearch)) throw new Error(`--es must be node, proxy or cluster\n${USAGE}`);
  const suffix = randomBytes(3).toString('hex');
  const custom = ['edits', 'es-down', 'redis-down'].some((name) => args.has(name));
  return {
    label: custom ? 'custom' : short ? 'short' : 'long',
    edits: number('edits', short ? 1000 : 10_000),
    concurrency: number('concurrency', 6),
    elasticsearchDownMs: number('es-down', short ? 15 : 60) * 1000,
    redisDownMs: number('redis-down', short ? 8 : 30) * 1000,
    elasticsearch,
    elasticsearchPort: number('es-port', Number(env.DRILL_ES_PORT ?? DEFAULT_ES_PORT[elasticsearch])),
    proxyPort: number('proxy-port', Number(env.DRILL_PROXY_PORT ?? 3190)),
    redisPort: number('redis-port', Number(env.DRILL_REDIS_PORT ?? 6391)),
    postgresUrl: env.DRILL_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    database: `semsem_drill_${suffix}`,
    indexPrefix: `drill_${suffix}_`,
    queuePrefix: `drill_${suffix}`,
    catchUpTimeoutMs: number('catch-up-timeout', short ? 180 : 600) * 1000,
    stopNodeAtEnd: env.DRILL_KEEP_NODE !== '1' && !(elasticsearch === 'cluster' && flags.has('keep')),
    keep: flags.has('keep'),
  };
}
