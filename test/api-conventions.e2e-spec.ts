import { INestApplication, Logger } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AgreementSigningService } from '../src/agreements/agreement-signing.service';
import { createTestDatabase, startApi, testConfig, TestDatabase } from './support/test-stack';

describe('API conventions', () => {
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

  it('serves the OpenAPI description with the health route', async () => {
    const response = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toContain('/health');
    expect(response.body.components.schemas).toHaveProperty('ProblemDetails');
    await request(app.getHttpServer()).get('/api/docs').expect(200).expect('content-type', /html/);
  });

  it('logs a failing route by its pattern, never the one-time token in its URL', async () => {
    const token = 'Zm9vYmFyLXNlY3JldC10b2tlbi12YWx1ZS0xMjM0NQ';
    const show = jest.spyOn(app.get(AgreementSigningService), 'show').mockRejectedValue(new Error('database gone'));
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      const response = await request(app.getHttpServer()).get(`/api/agreement-signatures/${token}?lang=fr`).expect(500);
      expect(response.body.detail).toBe('An unexpected error occurred');
      const logged = JSON.stringify(error.mock.calls);
      expect(logged).toContain('GET /api/agreement-signatures/:token failed');
      expect(logged).not.toContain(token);
    } finally {
      show.mockRestore();
      error.mockRestore();
    }
  });

  it('answers an unknown route with a problem-details body', async () => {
    const response = await request(app.getHttpServer()).get('/api/no-such-route').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ type: 'about:blank', title: 'Not Found', status: 404, instance: '/api/no-such-route' });
  });

  it('answers a 10 MB JSON body with 413 problem details and writes nothing', async () => {
    const response = await request(app.getHttpServer())
      .post('/api/auth/register/student')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ email: 'big@example.test', password: 'x'.repeat(10 * 1024 * 1024) }))
      .expect(413);
    expect(response.body).toMatchObject({ status: 413, title: 'Payload Too Large' });
    const dataSource = app.get<DataSource>(getDataSourceToken());
    expect(await dataSource.query('SELECT count(*)::int AS n FROM users')).toEqual([{ n: 0 }]);
  });

  it('answers malformed JSON with 400 problem details', async () => {
    const response = await request(app.getHttpServer())
      .post('/api/health')
      .set('content-type', 'application/json')
      .send('{"unterminated": ')
      .expect(400);
    expect(response.body).toMatchObject({ status: 400, title: 'Bad Request' });
  });
});
