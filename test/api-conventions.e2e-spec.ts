import { INestApplication, Logger } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AgreementSigningService } from '../src/label-workflow/agreements/agreement-signing.service';
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
    expect(response.body).toMatchObject({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      instance: '/api/no-such-route',
    });
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

  it('words validation errors in French by default and in English on request, keeping field and rule code', async () => {
    const body = {
      email: 'pas-une-adresse',
      password: 'court',
      firstName: 'Khira',
      lastName: 'x'.repeat(101),
      studyYear: 9,
      nickname: 'k',
    };
    const french = await request(app.getHttpServer()).post('/api/auth/register/student').send(body).expect(400);
    expect(french.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(french.body.code).toBe('validation_failed');
    expect(french.body.detail).toMatch(/^La requête a \d+ champs invalides : /);
    expect(french.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'email', code: 'isEmail', message: 'email doit être une adresse e-mail' },
        { field: 'password', code: 'minLength', message: 'password doit contenir au moins 10 caractères' },
        { field: 'lastName', code: 'isLength', message: 'lastName doit contenir entre 1 et 100 caractères' },
        { field: 'studyYear', code: 'isReferenceCode', message: 'studyYear doit être une année d’études (de 1 à 5)' },
        { field: 'programmeId', code: 'isUuid', message: 'programmeId doit être un UUID' },
        { field: 'nickname', code: 'whitelistValidation', message: 'le champ nickname n’est pas accepté' },
      ]),
    );

    const english = await request(app.getHttpServer())
      .post('/api/auth/register/student')
      .set('accept-language', 'en-GB,en;q=0.9')
      .send(body)
      .expect(400);
    expect(english.body.detail).toMatch(/^The request has \d+ invalid fields: /);
    expect(english.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'email', code: 'isEmail', message: 'email must be an e-mail address' },
        { field: 'password', code: 'minLength', message: 'password must be at least 10 characters long' },
        { field: 'nickname', code: 'whitelistValidation', message: 'property nickname should not exist' },
      ]),
    );
    // Same faults, same order: only the wording follows the language.
    const keys = (errors: Array<{ field: string; code: string }>) => errors.map((e) => `${e.field}:${e.code}`);
    expect(keys(english.body.errors)).toEqual(keys(french.body.errors));
  });

  it('words a nested field of a bad body by its own name, under its full path', async () => {
    const company = await request(app.getHttpServer())
      .post('/api/auth/register/company-contact')
      .set('accept-language', 'fr-FR')
      .send({
        email: 'rh@example.test',
        password: 'assez-longue-phrase',
        firstName: 'A',
        lastName: 'B',
        company: { name: 'X' },
      })
      .expect(400);
    expect(company.body.errors).toContainEqual({
      field: 'company.name',
      code: 'isLength',
      message: 'name doit contenir entre 2 et 200 caractères',
    });
    // A rule the service checks is worded the same way.
    const neither = await request(app.getHttpServer())
      .post('/api/auth/register/company-contact')
      .send({ email: 'rh2@example.test', password: 'assez-longue-phrase', firstName: 'A', lastName: 'B' })
      .expect(400);
    expect(neither.body.errors).toEqual([
      {
        field: 'company',
        code: 'companyOrCompanyId',
        message: 'indiquez soit companyId (pour rejoindre une entreprise inscrite), soit company (pour l’inscrire)',
      },
    ]);
  });
});
