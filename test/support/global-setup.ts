import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config/load-config';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { adminQuery, withDatabase } from './postgres-admin';

/**
 * Once per run: a migrated template database and names of this run's own (database, index prefix, queue
 * prefix), so two runs on one machine never collide. Workers inherit the variables set here.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const adminUrl = withDatabase(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', 'postgres');
  const template = `semsem_test_${runId}`;

  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    TEST_RUN_ID: runId,
    TEST_ADMIN_DATABASE_URL: adminUrl,
    TEST_TEMPLATE_DATABASE: template,
    DATABASE_URL: withDatabase(adminUrl, template),
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    ELASTICSEARCH_URL: process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200',
    ELASTICSEARCH_INDEX_PREFIX: `test_${runId}_`,
    QUEUE_PREFIX: `test_${runId}`,
    AUTH_JWT_SECRET: randomBytes(32).toString('hex'),
    STORAGE_DIR: `${tmpdir()}/semsem-test-${runId}/storage`,
  });

  await adminQuery(adminUrl, `CREATE DATABASE "${template}"`);
  const dataSource = new DataSource(dataSourceOptions(loadConfig()));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
