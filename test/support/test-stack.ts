import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { createApiApp } from '../../src/api-app';
import { AppConfig } from '../../src/config/app-config';
import { loadConfig } from '../../src/config/load-config';
import { WorkerModule } from '../../src/worker.module';
import { cloneTemplate, dropDatabase, withDatabase } from './postgres-admin';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A database of its own for one test file, cloned from the run's migrated template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = requireEnv('TEST_ADMIN_DATABASE_URL');
  const name = `${requireEnv('TEST_TEMPLATE_DATABASE')}_${randomBytes(3).toString('hex')}`;
  await cloneTemplate(adminUrl, requireEnv('TEST_TEMPLATE_DATABASE'), name);
  return { name, url: withDatabase(adminUrl, name), drop: () => dropDatabase(adminUrl, name) };
}

/** The run's settings pointed at one test database, with optional overrides (e.g. a dead Elasticsearch). */
export function testConfig(database: TestDatabase, overrides: Record<string, string> = {}): AppConfig {
  // Queue and index prefixes per file too: a worker of one file must never touch another file's jobs or indices.
  return loadConfig({
    ...process.env,
    DATABASE_URL: database.url,
    QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}_${database.name.slice(-6)}`,
    ELASTICSEARCH_INDEX_PREFIX: `${process.env.ELASTICSEARCH_INDEX_PREFIX}${database.name.slice(-6)}_`,
    ...UNTHROTTLED,
    ...overrides,
  });
}

/** Tests log in and sign up many times from 127.0.0.1: rate limits out of the way unless a test sets its own. */
const UNTHROTTLED = Object.fromEntries(
  [
    'RATE_LIMIT_LOGIN_PER_EMAIL',
    'RATE_LIMIT_LOGIN_PER_IP',
    'RATE_LIMIT_LOGIN_PER_ACCOUNT',
    'RATE_LIMIT_ACCOUNT_MAIL_PER_EMAIL',
    'RATE_LIMIT_ACCOUNT_MAIL_PER_IP',
    'RATE_LIMIT_REGISTRATION_PER_IP',
    'RATE_LIMIT_LABEL_LOOKUP_PER_IP',
    'RATE_LIMIT_SIGNATURE_LINK_PER_IP',
    'RATE_LIMIT_ACCOUNT_TOKEN_PER_IP',
    'RATE_LIMIT_REFRESH_PER_IP',
    'RATE_LIMIT_COMPANY_LOOKUP_PER_IP',
    'RATE_LIMIT_PROFILE_SEARCH_PER_USER',
    'RATE_LIMIT_APPLICATION_MESSAGES_PER_USER',
  ].map((name) => [name, '1000000/60']),
);

export async function startApi(config: AppConfig): Promise<INestApplication> {
  const app = await createApiApp(config);
  await app.init();
  return app;
}

export async function startWorker(config: AppConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: ['error'] });
  await app.init();
  return app;
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run integration tests through jest (test/support/global-setup)`);
  return value;
}
