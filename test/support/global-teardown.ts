import { Client as Elasticsearch } from '@elastic/elasticsearch';
import Redis from 'ioredis';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { redisOptionsFromUrl } from '../../src/queue/redis-connection';
import { adminQuery, dropDatabase } from './postgres-admin';

/** Removes everything this run made: its databases, its indices and its Redis keys. */
export default async function globalTeardown(): Promise<void> {
  const runId = process.env.TEST_RUN_ID;
  const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
  if (!runId || !adminUrl) return;

  const databases = (await adminQuery(adminUrl, 'SELECT datname FROM pg_database WHERE datname LIKE $1', [
    `semsem_test_${runId}%`,
  ])) as Array<{ datname: string }>;
  for (const { datname } of databases) await dropDatabase(adminUrl, datname);

  const elasticsearch = new Elasticsearch({ node: process.env.ELASTICSEARCH_URL!, maxRetries: 0 });
  await elasticsearch.indices
    .delete({ index: `test_${runId}_*`, ignore_unavailable: true, allow_no_indices: true, expand_wildcards: 'all' })
    .catch(() => undefined); // an Elasticsearch that is down has nothing of ours to remove
  await elasticsearch.close();

  const redis = new Redis({ ...redisOptionsFromUrl(process.env.REDIS_URL!), lazyConnect: true });
  await redis.connect();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `test_${runId}*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();

  await rm(`${tmpdir()}/semsem-test-${runId}`, { recursive: true, force: true });
}
