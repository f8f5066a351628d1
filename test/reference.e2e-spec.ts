import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { referenceData } from '../src/reference/reference-data';
import { adminQuery } from './support/postgres-admin';
import { createTestDatabase, startApi, testConfig, TestDatabase } from './support/test-stack';

describe('reference data', () => {
  let database: TestDatabase;
  let app: INestApplication;
  const get = (path: string, language?: string) => {
    const call = request(app.getHttpServer()).get(`/api${path}`);
    return language ? call.set('Accept-Language', language) : call;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startApi(testConfig(database));
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('the migration seeded exactly the shipped files', async () => {
    const rows = (sql: string) => adminQuery(database.url, sql);
    const labels = 'label_fr AS "labelFr", label_en AS "labelEn"';
    expect(await rows(`SELECT code, ${labels} FROM nace_sections ORDER BY code`)).toEqual(referenceData.naceSections);
    expect(await rows(`SELECT code, section_code AS section, ${labels} FROM nace_divisions ORDER BY code`)).toEqual(
      referenceData.naceDivisions,
    );
    expect(await rows('SELECT code, name_fr AS "nameFr", name_en AS "nameEn" FROM countries ORDER BY code')).toEqual(
      referenceData.countries,
    );
    expect(await rows(`SELECT code, ${labels} FROM study_years ORDER BY code`)).toEqual(referenceData.studyYears);
    expect(await rows('SELECT code FROM internship_types ORDER BY position')).toEqual(
      ['discovery', 'insertion', 'mastery_support', 'mastery'].map((code) => ({ code })),
    );
  });

  it.each([
    ['/reference/nace-sections', 21],
    ['/reference/nace-divisions', 88],
    ['/reference/countries', 249],
    ['/reference/study-years', 5],
    ['/reference/internship-types', 4],
  ])('GET %s lists %i items, without a token', async (path, count) => {
    const response = await get(path)
      .expect(200)
      .expect('vary', /Accept-Language/);
    expect(response.body).toHaveLength(count);
  });

  it('answers in French by default and in English when asked', async () => {
    const division62 = (body: Array<{ code: string }>) => body.find((d) => d.code === '62');
    expect(division62((await get('/reference/nace-divisions')).body)).toEqual({
      code: '62',
      section: 'J',
      label: 'Programmation informatique, conseils et activités connexes',
    });
    expect(division62((await get('/reference/nace-divisions', 'en')).body)).toEqual({
      code: '62',
      section: 'J',
      label: 'Computer programming, consultancy and related activities',
    });

    const tunisia = async (language: string) =>
      (await get('/reference/countries', language)).body.find((c: { code: string }) => c.code === 'TN');
    expect(await tunisia('fr-FR,fr;q=0.9')).toEqual({ code: 'TN', name: 'Tunisie' });
    expect(await tunisia('en-GB,en;q=0.9')).toEqual({ code: 'TN', name: 'Tunisia' });
    expect((await get('/reference/study-years', 'en')).body[0]).toEqual({ code: 1, label: '1st year' });
    const sectionJ = (await get('/reference/nace-sections', 'de')).body[9];
    expect(sectionJ).toEqual({ code: 'J', label: 'Information et communication' });
  });

  it('sorts countries by localised name, internship types by pedagogical order', async () => {
    const french: string[] = (await get('/reference/countries')).body.map((c: { name: string }) => c.name);
    expect(french[0]).toBe('Afghanistan');
    expect(french.indexOf('Égypte')).toBeLessThan(french.indexOf('Espagne'));
    expect(french.indexOf('Égypte')).toBeGreaterThan(french.indexOf('Danemark'));

    expect((await get('/reference/internship-types')).body).toEqual([
      { code: 'discovery', label: 'Découverte' },
      { code: 'insertion', label: 'Insertion' },
      { code: 'mastery_support', label: 'Aide à la maîtrise' },
      { code: 'mastery', label: 'Maîtrise' },
    ]);
  });

  it('filters divisions by section', async () => {
    const response = await get('/reference/nace-divisions?section=J', 'en').expect(200);
    expect(response.body.map((d: { code: string }) => d.code)).toEqual(['58', '59', '60', '61', '62', '63']);
    expect(response.body.every((d: { section: string }) => d.section === 'J')).toBe(true);
  });

  it('refuses an unknown section with 400 problem details', async () => {
    const response = await get('/reference/nace-divisions?section=Z9').expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      status: 400,
      code: 'validation_failed',
      instance: '/api/reference/nace-divisions',
      errors: [
        { field: 'section', code: 'isReferenceCode', message: 'section doit être un code de section NACE (par ex. J)' },
      ],
    });
  });

  it('describes the routes in the OpenAPI document', async () => {
    const { body } = await get('/docs-json').expect(200);
    for (const path of ['nace-sections', 'nace-divisions', 'countries', 'study-years', 'internship-types']) {
      expect(body.paths[`/reference/${path}`]?.get?.tags).toEqual(['reference']);
    }
    const divisions = body.paths['/reference/nace-divisions'].get;
    expect(divisions.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'section', in: 'query', required: false }),
        expect.objectContaining({ name: 'Accept-Language', in: 'header' }),
      ]),
    );
    expect(divisions.responses['200'].content['application/json'].schema).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/NaceDivisionDto' },
    });
    expect(divisions.responses['400']).toBeDefined();
    expect(Object.keys(body.components.schemas.CountryDto.properties)).toEqual(['code', 'name']);
  });
});
