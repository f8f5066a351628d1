import { INestApplication, INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
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

    let lastHeartbeatAt: string | null = null;
    for (let i = 0; i < 50 && !lastHeartbeatAt; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      lastHeartbeatAt = (await request(api.getHttpServer()).get('/api/health')).body.worker.lastHeartbeatAt;
    }
    expect(lastHeartbeatAt).not.toBeNull();
    expect(Date.parse(lastHeartbeatAt!)).toBeGreaterThanOrEqual(scheduledAt - 1000);
  });
});
