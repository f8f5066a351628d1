import { INestApplication } from '@nestjs/common';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { createTestDatabase, startApi, testConfig, TestDatabase } from './support/test-stack';

/**
 * The web client's types are generated from web/openapi.json (committed). This fails when the committed document
 * differs from what the running API serves; `npm run openapi:write` rewrites it.
 */
describe('OpenAPI document of the web client', () => {
  const committedPath = resolve(__dirname, '..', 'web', 'openapi.json');
  let database: TestDatabase;
  let app: INestApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startApi(testConfig(database));
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('equals the document the API serves at /api/docs-json', async () => {
    const served = (await request(app.getHttpServer()).get('/api/docs-json').expect(200)).body;
    const text = `${JSON.stringify(served, null, 2)}\n`;
    if (process.env.WRITE_OPENAPI === '1') writeFileSync(committedPath, text);
    expect(served.servers).toEqual([{ url: '/api' }]);
    expect(JSON.parse(readFileSync(committedPath, 'utf8'))).toEqual(served);
  });
});
