import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/load-config';
import { AppConfig } from '../src/config/app-config';
import { migrate, recreateDatabase, withDatabase } from '../bench/bench-database';
import { BUILD_ROOT } from '../bench/bench-options';
import { ServiceProcess } from '../test/support/service-process';
import { API_BASE_PATH, DrillOptions } from './drill-options';

export const DRILL_PASSWORD = 'drill password, not a secret';

/** The environment of the drill's API and worker: its own database, prefixes, Redis and Elasticsearch URL. */
export function drillEnvironment(
  options: DrillOptions,
  urls: { api: number; redis: string; elasticsearch: string; smtp: string },
  workDir: string,
): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(urls.api),
    DATABASE_URL: withDatabase(options.postgresUrl, options.database),
    REDIS_URL: urls.redis,
    ELASTICSEARCH_URL: urls.elasticsearch,
    ELASTICSEARCH_INDEX_PREFIX: options.indexPrefix,
    // on the drill's cluster every shard has a copy on another node, so one node's death loses no shard
    ELASTICSEARCH_REPLICAS: options.elasticsearch === 'cluster' ? '1' : '0',
    QUEUE_PREFIX: options.queuePrefix,
    LOG_LEVEL: 'log',
    PUBLIC_URL: `http://127.0.0.1:${urls.api}`,
    AUTH_JWT_SECRET: randomBytes(32).toString('hex'),
    AUTH_ACCESS_TOKEN_TTL: '14400',
    STORAGE_DIR: resolve(workDir, 'storage'),
    SMTP_URL: urls.smtp,
    // Each matching pass may mail its digest: the mailbox then carries a steady share of the drill's traffic.
    MATCH_DIGEST_INTERVAL_HOURS: '0',
  };
}

export async function prepareDatabase(options: DrillOptions, env: Record<string, string>): Promise<AppConfig> {
  const config = loadConfig(env);
  await recreateDatabase(withDatabase(options.postgresUrl, 'postgres'), options.database);
  await migrate(config);
  return config;
}

/** The worker, started (or started again after being killed) from dist/ as production runs it. */
export function startWorker(env: Record<string, string>, workDir: string, run: number): Promise<ServiceProcess> {
  return ServiceProcess.start({
    name: 'worker',
    script: resolve(BUILD_ROOT, 'src', 'worker.js'),
    env,
    cwd: workDir,
    logFile: resolve(workDir, `worker-${run}.log`),
    ready: /consuming queues/,
    timeoutMs: 120_000,
  });
}

export function startApi(env: Record<string, string>, workDir: string): Promise<ServiceProcess> {
  return ServiceProcess.start({
    name: 'api',
    script: resolve(BUILD_ROOT, 'src', 'main.js'),
    env,
    cwd: workDir,
    logFile: resolve(workDir, 'api.log'),
    ready: /listening on/,
    timeoutMs: 120_000,
  });
}

export interface DrillActor {
  userId: string;
  email: string;
  token: string;
  companyId?: string;
}

/** Students and company contacts written directly (sign-up is not what the drill is about), logged in through the API. */
export async function createActors(
  dataSource: DataSource,
  apiUrl: string,
  counts: { students: number; contacts: number },
): Promise<{ students: DrillActor[]; contacts: DrillActor[] }> {
  const hash = await argon2.hash(DRILL_PASSWORD, { type: argon2.argon2id });
  const [university] = await dataSource.query(
    `INSERT INTO universities (name, country_code, city) VALUES ('Université du drill', 'TN', 'Sfax') RETURNING id`,
  );
  const [programme] = await dataSource.query(
    `INSERT INTO programmes (university_id, name) VALUES ($1, 'Génie logiciel') RETURNING id`,
    [university.id],
  );
  const students: DrillActor[] = [];
  for (let i = 0; i < counts.students; i++) {
    const email = `drill.student${i}@example.test`;
    const [user] = await dataSource.query(
      `INSERT INTO users (email, password_hash, role, first_name, last_name, university_id, email_verified_at)
       VALUES ($1, $2, 'student', 'Étudiant', $3, $4, now()) RETURNING id`,
      [email, hash, `Drill ${i}`, university.id],
    );
    await dataSource.query(
      `INSERT INTO student_profiles (user_id, programme_id, study_year, programme_confirmed_at) VALUES ($1, $2, 4, now())`,
      [user.id, programme.id],
    );
    students.push({ userId: user.id, email, token: await login(apiUrl, email) });
  }
  const contacts: DrillActor[] = [];
  for (let i = 0; i < counts.contacts; i++) {
    const email = `drill.contact${i}@example.test`;
    const [company] = await dataSource.query(
      `INSERT INTO companies (name, name_search, country_code, city, nace_division) VALUES ($1, $2, 'TN', 'Sfax', '62') RETURNING id`,
      [`Entreprise drill ${i}`, `entreprise drill ${i}`],
    );
    const [user] = await dataSource.query(
      `INSERT INTO users (email, password_hash, role, first_name, last_name, email_verified_at)
       VALUES ($1, $2, 'company_contact', 'Contact', $3, now()) RETURNING id`,
      [email, hash, `Drill ${i}`],
    );
    await dataSource.query(
      `INSERT INTO company_memberships (user_id, company_id, status, job_title, decided_at) VALUES ($1, $2, 'active', 'Recruteur', now())`,
      [user.id, company.id],
    );
    contacts.push({ userId: user.id, email, token: await login(apiUrl, email), companyId: company.id });
  }
  return { students, contacts };
}

async function login(apiUrl: string, email: string): Promise<string> {
  const response = await fetch(`${apiUrl}${API_BASE_PATH}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DRILL_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login of ${email} failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}
