import { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import argon2 from 'argon2';
import { createServer, Server } from 'node:net';
import request from 'supertest';
import { DataSource } from 'typeorm';
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

    it('answers 200 and names each component up; an admin reads the details', async () => {
      const response = await request(app.getHttpServer())
        .get('/api/health')
        .set(await asAdmin(app))
        .expect(200);
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
        const response = await request(app.getHttpServer())
          .get('/api/health')
          .set(await asAdmin(app))
          .expect(200);
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
        const response = await request(app.getHttpServer())
          .get('/api/health')
          .set(await asAdmin(app))
          .expect(503);
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

    it('tells anyone else only the states: no address, error or latency', async () => {
      const anonymous = await request(app.getHttpServer()).get('/api/health').expect(503);
      const student = await request(app.getHttpServer())
        .get('/api/health')
        .set(await asRole(app, 'student'))
        .expect(503);
      for (const response of [anonymous, student]) {
        expect(response.body).toEqual({
          status: 'degraded',
          components: { postgres: { status: 'up' }, redis: { status: 'up' }, elasticsearch: { status: 'down' } },
          worker: { lastHeartbeatAt: null },
        });
        expect(response.text).not.toContain(String(closedPort));
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

const PASSWORD = 'correct horse battery staple';

/** Authorization header of a new verified account of this role, written straight into the app's database. */
async function asRole(app: INestApplication, role: string): Promise<{ authorization: string }> {
  const email = `health.${role}.${Date.now()}.${Math.random().toString(36).slice(2)}@example.test`;
  await app
    .get<DataSource>(getDataSourceToken())
    .query(
      `INSERT INTO users (email, password_hash, role, first_name, last_name, email_verified_at) VALUES ($1, $2, $3, 'Test', $3, now())`,
      [email, await argon2.hash(PASSWORD, { type: argon2.argon2id }), role],
    );
  const login = await request(app.getHttpServer())
    .post('/api/auth/login')
    .send({ email, password: PASSWORD })
    .expect(200);
  return { authorization: `Bearer ${login.body.accessToken}` };
}

const asAdmin = (app: INestApplication) => asRole(app, 'admin');

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
