import { INestApplication } from '@nestjs/common';
import { createServer, Server } from 'node:net';
import request from 'supertest';
import { createTestDatabase, startApi, testConfig, TestDatabase } from './support/test-stack';

describe('GET /health', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  describe('with Postgres, Redis and Elasticsearch up', () => {
    let app: INestApplication;
    beforeAll(async () => {
      app = await startApi(testConfig(database));
    });
    afterAll(async () => {
      await app.close();
    });

    it('answers 200 and names each component up', async () => {
      const response = await request(app.getHttpServer()).get('/api/health').expect(200);
      expect(response.body.status).toBe('ok');
      for (const name of ['postgres', 'redis', 'elasticsearch']) {
        expect(response.body.components[name]).toMatchObject({ status: 'up' });
      }
      expect(response.body.components.elasticsearch.detail).toMatch(/^cluster status (green|yellow)$/);
      expect(response.body.components.elasticsearch.nodes).toEqual([
        expect.objectContaining({ url: testConfig(database).elasticsearch.url, status: 'up' }),
      ]);
    });
  });

  describe('with two Elasticsearch URLs, one of them dead', () => {
    let app: INestApplication;
    let closedPort: number;
    beforeAll(async () => {
      closedPort = await unusedPort();
      const live = testConfig(database).elasticsearch.url;
      app = await startApi(testConfig(database, { ELASTICSEARCH_URL: `http://127.0.0.1:${closedPort},${live}` }));
    });
    afterAll(async () => {
      await app.close();
    });

    it('answers 200 (the live node answers for the cluster) and names the dead node down', async () => {
      for (let i = 0; i < 3; i++) {
        const response = await request(app.getHttpServer()).get('/api/health').expect(200);
        const elasticsearch = response.body.components.elasticsearch;
        expect(elasticsearch).toMatchObject({ status: 'up' });
        expect(elasticsearch.nodes.map((n: { status: string }) => n.status)).toEqual(['down', 'up']);
        expect(elasticsearch.nodes[0].url).toBe(`http://127.0.0.1:${closedPort}`);
        expect(elasticsearch.nodes[0].detail).toBeTruthy();
      }
    });
  });

  describe('with Elasticsearch unreachable', () => {
    let app: INestApplication;
    let closedPort: number;
    beforeAll(async () => {
      closedPort = await unusedPort();
      app = await startApi(testConfig(database, { ELASTICSEARCH_URL: `http://127.0.0.1:${closedPort}` }));
    });
    afterAll(async () => {
      await app.close();
    });

    it('answers 503 naming Elasticsearch, and keeps serving', async () => {
      for (let i = 0; i < 2; i++) {
        const response = await request(app.getHttpServer()).get('/api/health').expect(503);
        expect(response.body.status).toBe('degraded');
        expect(response.body.components.elasticsearch).toMatchObject({ status: 'down' });
        expect(response.body.components.elasticsearch.detail).toContain(String(closedPort));
        expect(response.body.components.elasticsearch.nodes).toEqual([
          expect.objectContaining({ url: `http://127.0.0.1:${closedPort}`, status: 'down' }),
        ]);
        expect(response.body.components.postgres.status).toBe('up');
        expect(response.body.components.redis.status).toBe('up');
      }
    });
  });

  describe('with Redis unreachable', () => {
    let app: INestApplication;
    beforeAll(async () => {
      app = await startApi(testConfig(database, { REDIS_URL: `redis://127.0.0.1:${await unusedPort()}` }));
    });
    afterAll(async () => {
      await app.close();
    });

    it('answers 503 naming Redis, within the health deadline', async () => {
      const started = Date.now();
      const response = await request(app.getHttpServer()).get('/api/health').expect(503);
      expect(response.body.components.redis.status).toBe('down');
      expect(response.body.components.elasticsearch.status).toBe('up');
      expect(Date.now() - started).toBeLessThan(10_000);
    });
  });
});

/** A port nobody listens on: bind to an ephemeral port, then release it. */
function unusedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server: Server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
