import { Client as Elasticsearch } from '@elastic/elasticsearch';
import * as argon2 from 'argon2';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { redisOptionsFromUrl } from '../src/queue/redis-connection';
import { BenchOptions, BUILD_ROOT, REPO_ROOT } from './bench-options';
import { withDatabase } from './bench-database';
import { ServiceProcess } from '../test/support/service-process';

/** The environment of the bench's API and worker: its own database, index prefix and queue prefix. */
export function benchEnvironment(options: BenchOptions, port: number, workDir: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: withDatabase(options.postgresUrl, options.database),
    REDIS_URL: options.redisUrl,
    ELASTICSEARCH_URL: options.elasticsearchUrl,
    ELASTICSEARCH_SHARDS: String(options.shards),
    ELASTICSEARCH_REPLICAS: String(options.replicas),
    ELASTICSEARCH_INDEX_PREFIX: options.indexPrefix,
    QUEUE_PREFIX: options.queuePrefix,
    LOG_LEVEL: 'log',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    AUTH_JWT_SECRET: randomBytes(32).toString('hex'),
    AUTH_ACCESS_TOKEN_TTL: '7200',
    STORAGE_DIR: resolve(workDir, 'storage'),
    // Nothing in the bench sends mail; a closed port keeps any attempt local.
    SMTP_URL: 'smtp://127.0.0.1:1',
    // The load generator searches as one contact, far faster than a person.
    RATE_LIMIT_PROFILE_SEARCH_PER_USER: '1000000/60',
  };
}

export async function startServices(
  env: Record<string, string>,
  workDir: string,
): Promise<{ api: ServiceProcess; worker: ServiceProcess }> {
  const dist = resolve(BUILD_ROOT, 'src');
  // The working folder has no .env: only the environment above counts.
  const worker = await ServiceProcess.start({
    name: 'worker',
    script: resolve(dist, 'worker.js'),
    // Its start script's Node flags, then BENCH_WORKER_NODE_ARGS (e.g. `--trace-gc` to see its heap in a rebuild).
    nodeArgs: [
      ...startScriptNodeFlags('start:worker'),
      ...(process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' '),
    ].filter(Boolean),
    env,
    cwd: workDir,
    logFile: resolve(workDir, 'worker.log'),
    ready: /consuming queues/,
  });
  try {
    return { api: await startApi(env, workDir), worker };
  } catch (error) {
    await worker.stop();
    throw error;
  }
}

/** One API process from dist/ with this environment (`name` also names its log file). */
export function startApi(env: Record<string, string>, workDir: string, name = 'api'): Promise<ServiceProcess> {
  // The API's own Node flags (package.json's start:api), then BENCH_API_NODE_ARGS, which reaches the API alone,
  // e.g. `--cpu-prof --cpu-prof-dir=var/prof` to profile it.
  const nodeArgs = [...startScriptNodeFlags('start:api'), ...(process.env.BENCH_API_NODE_ARGS ?? '').split(' ')].filter(
    Boolean,
  );
  return ServiceProcess.start({
    name,
    script: resolve(BUILD_ROOT, 'src', 'main.js'),
    nodeArgs,
    env,
    cwd: workDir,
    logFile: resolve(workDir, `${name}.log`),
    ready: /listening on/,
  });
}

/**
 * The Node flags a package.json start script gives (`node --flag … dist/…`): the bench starts each process as
 * production starts it, so a flag set there (the API's heap cap) is measured, not only documented.
 */
export function startScriptNodeFlags(script: string): string[] {
  const scripts = (
    JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts;
  const words = (scripts[script] ?? '').split(/\s+/);
  if (words[0] !== 'node') throw new Error(`package.json's ${script} does not start with node: ${scripts[script]}`);
  return words.slice(1).filter((word) => word.startsWith('--'));
}

export interface BenchTokens {
  contact: string;
  admin: string;
}

const PASSWORD = 'bench password, not a secret';

/**
 * An active company contact (who runs the guided search) and an admin (who starts the rebuild), written directly
 * as the tests' createUserDirectly does, then logged in through the API.
 */
export async function createAccounts(dataSource: DataSource, apiUrl: string): Promise<BenchTokens> {
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
  const [company] = await dataSource.query(`SELECT id FROM companies ORDER BY id LIMIT 1`);
  const [contact] = await dataSource.query(
    `INSERT INTO users (email, password_hash, role, first_name, last_name, email_verified_at)
     VALUES ('bench.contact@example.test', $1, 'company_contact', 'Valentin', 'Bouquet', now()) RETURNING id`,
    [hash],
  );
  await dataSource.query(
    `INSERT INTO company_memberships (user_id, company_id, status, job_title, decided_at) VALUES ($1, $2, 'active', 'Recruteur', now())`,
    [contact.id, company.id],
  );
  await dataSource.query(
    `INSERT INTO users (email, password_hash, role, first_name, last_name, email_verified_at)
     VALUES ('bench.admin@example.test', $1, 'admin', 'Admin', 'Bench', now())`,
    [hash],
  );
  return {
    contact: await login(apiUrl, 'bench.contact@example.test'),
    admin: await login(apiUrl, 'bench.admin@example.test'),
  };
}

async function login(apiUrl: string, email: string): Promise<string> {
  const response = await fetch(`${apiUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`login of ${email} failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** Removes the bench's indices and queue keys (never anything outside its prefixes). */
export async function removeIndicesAndQueues(options: BenchOptions): Promise<void> {
  const elasticsearch = new Elasticsearch({
    nodes: options.elasticsearchNodes,
    maxRetries: options.elasticsearchNodes.length - 1,
  });
  try {
    await elasticsearch.indices.delete({
      index: `${options.indexPrefix}*`,
      ignore_unavailable: true,
      allow_no_indices: true,
      expand_wildcards: 'all',
    });
  } finally {
    await elasticsearch.close();
  }
  const redis = new Redis({ ...redisOptionsFromUrl(options.redisUrl), lazyConnect: true, maxRetriesPerRequest: 3 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${options.queuePrefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
