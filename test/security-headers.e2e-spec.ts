import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestDatabase, startApi, testConfig, TestDatabase } from './support/test-stack';

/** Headers every answer carries, and the OpenAPI page's switch (API_DOCS, off by default in production). */
describe('security headers and the OpenAPI page', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  async function withApi(env: Record<string, string>, run: (app: INestApplication) => Promise<void>): Promise<void> {
    const app = await startApi(testConfig(database, env));
    try {
      await run(app);
    } finally {
      await app.close();
    }
  }

  it('sends the content policy, no-store and the usual protections on API answers, without HSTS over plain HTTP', async () => {
    await withApi({ PUBLIC_URL: 'http://127.0.0.1:3000' }, async (app) => {
      for (const path of ['/api/health', '/api/no-such-route', '/api/docs-json']) {
        const response = await request(app.getHttpServer()).get(path);
        expect(response.headers['content-security-policy']).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
        expect(response.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
        expect(response.headers).toMatchObject({
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'SAMEORIGIN',
          'referrer-policy': 'no-referrer',
          'cross-origin-resource-policy': 'same-origin',
        });
        expect(response.headers['strict-transport-security']).toBeUndefined();
        expect(response.headers['x-powered-by']).toBeUndefined();
        // Personal data stays out of browser and proxy caches; nothing to revalidate, so no ETag.
        expect(response.headers['cache-control']).toBe('no-store');
        expect(response.headers.etag).toBeUndefined();
      }
    });
  });

  it('adds HSTS and upgrades insecure requests once the platform is served over TLS', async () => {
    await withApi({ PUBLIC_URL: 'https://stages.example.tn' }, async (app) => {
      const response = await request(app.getHttpServer()).get('/api/health');
      expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(response.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    });
  });

  it('does not serve the OpenAPI page in production unless API_DOCS=on', async () => {
    await withApi({ NODE_ENV: 'production' }, async (app) => {
      await request(app.getHttpServer()).get('/api/docs-json').expect(404);
      await request(app.getHttpServer()).get('/api/docs').expect(404);
    });
    await withApi({ NODE_ENV: 'production', API_DOCS: 'on' }, async (app) => {
      const document = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
      expect(document.body.info.title).toBe('SEMSEM-stages API');
    });
  });
});
