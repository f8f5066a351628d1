import { INestApplication, INestApplicationContext } from '@nestjs/common';
import Redis from 'ioredis';
import request from 'supertest';
import { JobSchedules } from '../src/queue/job-schedule';
import { until } from './support/eventually';
import { createTestDatabase, startApi, startWorker, testConfig, TestDatabase } from './support/test-stack';

/** The worker entry point consumes BullMQ jobs from the real Redis; the API sees its heartbeat. */
describe('worker', () => {
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let api: INestApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = testConfig(database);
    api = await startApi(config);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await database?.drop();
  });

  it('registers its schedule on start and reports a heartbeat that /health shows', async () => {
    const before = await request(api.getHttpServer()).get('/api/health');
    expect(before.body.worker.lastHeartbeatAt).toBeNull();

    const scheduledAt = Date.now();
    worker = await startWorker(testConfig(database));

    const lastHeartbeatAt = await until(
      async (): Promise<string | null> =>
        (await request(api.getHttpServer()).get('/api/health')).body.worker.lastHeartbeatAt,
      (at) => at !== null,
      'a heartbeat on /health',
      10_000,
    );
    expect(Date.parse(lastHeartbeatAt!)).toBeGreaterThanOrEqual(scheduledAt - 1000);
  });

  it('registers its schedules again when Redis has lost them (a Redis restarted without its data)', async () => {
    expect(worker).toBeDefined();
    const prefix = testConfig(database).queue.prefix;
    const redis = new Redis(testConfig(database).redis.url);
    try {
      const schedulerKeys = async () => (await redis.keys(`${prefix}:*:repeat`)).sort();
      const before = await schedulerKeys();
      expect(before.length).toBeGreaterThanOrEqual(6); // heartbeat, rebuilds, reminders, expiry, matching, retention…
      const named = async () => {
        const names: string[] = [];
        for (const key of before) names.push(...(await redis.zrange(key, 0, -1)));
        return names.sort();
      };
      const registered = await named();
      const schedules = worker.get(JobSchedules);
      expect(await schedules.restoreMissing()).toEqual([]); // all there: nothing to do

      // An empty Redis, as far as this worker's queues go: every key of its prefix gone.
      await redis.del(...(await redis.keys(`${prefix}:*`)));
      expect(await named()).toEqual([]);
      expect((await schedules.restoreMissing()).sort()).toEqual(registered);
      expect(await named()).toEqual(registered);
    } finally {
      redis.disconnect();
    }
  });
});
