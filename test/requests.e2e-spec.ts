import { Role } from '../src/common/auth/role.enum';
import {
  createCompanyContact,
  createStudent,
  createUserDirectly,
  seedProgramme,
  TestAccount,
} from './support/accounts';
import { cvPdf } from './support/pdf-fixtures';
import { TestPlatform } from './support/platform';
import { createRequest, draftBody, startDocumentsPlatform, upload, waitForText } from './support/requests-helpers';

describe('internship requests', () => {
  let platform: TestPlatform;
  let programme: { universityId: string; programmeId: string };
  let student: TestAccount;

  beforeAll(async () => {
    platform = await startDocumentsPlatform();
    programme = await seedProgramme(platform);
    student = await createStudent(platform, { programmeId: programme.programmeId, studyYear: 3 });
  });
  afterAll(() => platform?.close());

  it('goes from draft to published to draft to archived, keeping every change in its history', async () => {
    const http = platform.http(student.accessToken);
    const created = await http
      .post('/requests')
      .send({ ...draftBody, keywords: [' TypeScript ', 'typescript', 'NestJS', ''], wantedCountries: ['tn'] })
      .expect(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      version: 1,
      studentId: student.userId,
      keywords: ['TypeScript', 'NestJS'],
      wantedCountries: ['TN'],
      wantedNaceDivisions: ['62'],
      startDate: '2026-02-02',
      publishedAt: null,
      schooling: { programmeId: programme.programmeId, universityId: programme.universityId, studyYear: 3 },
    });
    const id: string = created.body.id;

    const edited = await http.patch(`/requests/${id}`).send({ title: 'Stage PFE web', durationWeeks: 24 }).expect(200);
    expect(edited.body).toMatchObject({ title: 'Stage PFE web', durationWeeks: 24, version: 2 });
    // The same values again change nothing: no new version, no history row.
    await http
      .patch(`/requests/${id}`)
      .send({ title: 'Stage PFE web' })
      .expect(200)
      .expect(({ body }) => {
        expect(body.version).toBe(2);
      });

    const refused = await http.post(`/requests/${id}/publish`).expect(409);
    expect(refused.body).toMatchObject({ code: 'request_cv_required', errors: [{ field: 'documents' }] });

    const cv = await upload(platform, student.accessToken, id, 'cv', await cvPdf()).expect(201);
    expect(cv.body.textStatus).toBe('pending');
    expect(await waitForText(platform, student.accessToken, cv.body.id)).toMatchObject({ textStatus: 'extracted' });
    const [{ text }] = await platform.dataSource.query('SELECT text FROM documents WHERE id = $1', [cv.body.id]);
    expect(text).toContain('NestJS');

    const afterCv = (await http.get(`/requests/${id}`).expect(200)).body;
    expect(afterCv.version).toBe(4); // CV added, then its text extracted

    const published = await http.post(`/requests/${id}/publish`).expect(200);
    expect(published.body).toMatchObject({ status: 'published', version: 5 });
    expect(Date.parse(published.body.publishedAt)).not.toBeNaN();
    await http.post(`/requests/${id}/publish`).expect(409);

    await http
      .post(`/requests/${id}/unpublish`)
      .expect(200)
      .expect(({ body }) => {
        expect(body).toMatchObject({ status: 'draft', publishedAt: null, version: 6 });
      });
    await http
      .post(`/requests/${id}/archive`)
      .expect(200)
      .expect(({ body }) => {
        expect(body).toMatchObject({ status: 'archived', version: 7 });
      });
    const frozen = await http.patch(`/requests/${id}`).send({ title: 'Trop tard' }).expect(409);
    expect(frozen.body.code).toBe('request_archived');
    await http.post(`/requests/${id}/publish`).expect(409);

    const history = await http.get(`/requests/${id}/history?limit=100`).expect(200);
    expect(history.body.total).toBe(7);
    expect(history.body.items.map((h: { action: string }) => h.action).reverse()).toEqual([
      'created',
      'updated',
      'document_added',
      'document_text_extracted',
      'published',
      'unpublished',
      'archived',
    ]);
    const updated = history.body.items.find((h: { action: string }) => h.action === 'updated');
    expect(updated).toMatchObject({
      actorId: student.userId,
      version: 2,
      changes: {
        title: { before: draftBody.title, after: 'Stage PFE web' },
        durationWeeks: { before: 16, after: 24 },
      },
    });
    const extracted = history.body.items.find((h: { action: string }) => h.action === 'document_text_extracted');
    expect(extracted).toMatchObject({ actorId: null, changes: { 'documents.cv.textStatus': { after: 'extracted' } } });
  });

  it('names each invalid field: unknown, wrong type, bad codes, bad dates, too many keywords', async () => {
    const http = platform.http(student.accessToken);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...draftBody, salary: 1000 }, 'salary'],
      [{ ...draftBody, durationWeeks: '12' }, 'durationWeeks'],
      [{ ...draftBody, visibleToCompanies: 'yes' }, 'visibleToCompanies'],
      [{ ...draftBody, wantedNaceDivisions: ['62', '04'] }, 'wantedNaceDivisions'],
      [{ ...draftBody, wantedCountries: ['XX'] }, 'wantedCountries'],
      [{ ...draftBody, languages: ['french'] }, 'languages'],
      [{ ...draftBody, startDate: '2026-02-30' }, 'startDate'],
      [{ ...draftBody, keywords: Array.from({ length: 31 }, (_, i) => `mot-clé ${i}`) }, 'keywords'],
      [{ ...draftBody, keywords: ['x'.repeat(61)] }, 'keywords'],
      [{ ...draftBody, title: undefined }, 'title'],
    ];
    for (const [body, field] of cases) {
      const response = await http.post('/requests').send(body).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      const fields = [...new Set(response.body.errors.map((e: { field: string }) => e.field))];
      expect({ field, fields }).toEqual({
        field,
        fields: [field],
      });
    }
    const { id } = await createRequest(platform, student.accessToken);
    const nulled = await http.patch(`/requests/${id}`).send({ title: null }).expect(400);
    expect(nulled.body.errors[0].field).toBe('title');
    await http.patch(`/requests/${id}`).send({ startDate: null, durationWeeks: null }).expect(200);
    const badId = await http.get('/requests/not-a-uuid').expect(400);
    expect(badId.body.errors).toEqual([{ field: 'id', code: 'isUuid', message: 'id doit être un UUID' }]);
  });

  it('pages my requests with a total, newest first, and bounds the page size', async () => {
    const other = await createStudent(platform, { programmeId: programme.programmeId });
    for (const title of ['Premier stage', 'Deuxième stage', 'Troisième stage']) {
      await createRequest(platform, other.accessToken, { title });
    }
    const page = await platform.http(other.accessToken).get('/requests/mine?limit=2&offset=0').expect(200);
    expect(page.body).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect(page.body.items.map((r: { title: string }) => r.title)).toEqual(['Troisième stage', 'Deuxième stage']);
    const rest = await platform.http(other.accessToken).get('/requests/mine?limit=2&offset=2').expect(200);
    expect(rest.body.items.map((r: { title: string }) => r.title)).toEqual(['Premier stage']);
    const tooMany = await platform.http(other.accessToken).get('/requests/mine?limit=101').expect(400);
    expect(tooMany.body.errors[0].field).toBe('limit');
  });

  it('documents its routes in OpenAPI, the upload as multipart', async () => {
    const { body } = await platform.http().get('/docs-json').expect(200);
    for (const path of [
      '/requests',
      '/requests/mine',
      '/requests/{id}',
      '/requests/{id}/publish',
      '/requests/{id}/history',
      '/requests/{id}/documents',
      '/documents/{id}',
      '/documents/{id}/file',
    ]) {
      expect(Object.keys(body.paths)).toContain(path);
    }
    const uploadBody = body.paths['/requests/{id}/documents'].post.requestBody.content;
    expect(Object.keys(uploadBody)).toEqual(['multipart/form-data']);
  });

  describe('who may reach a request', () => {
    let requestId: string;
    let otherStudent: TestAccount;
    let contact: TestAccount;

    beforeAll(async () => {
      requestId = (await createRequest(platform, student.accessToken)).id;
      otherStudent = await createStudent(platform);
      contact = await createCompanyContact(platform);
    });

    it('another student gets 404 on every route of it', async () => {
      const http = platform.http(otherStudent.accessToken);
      await http.get(`/requests/${requestId}`).expect(404);
      await http.patch(`/requests/${requestId}`).send({ title: 'Volé' }).expect(404);
      for (const action of ['publish', 'unpublish', 'archive'])
        await http.post(`/requests/${requestId}/${action}`).expect(404);
      await http.get(`/requests/${requestId}/history`).expect(404);
      await http.get(`/requests/${requestId}/documents`).expect(404);
      const mine = await http.get('/requests/mine').expect(200);
      expect(mine.body.total).toBe(0);
    });

    it('a company contact is refused student routes, and sees a request only once published and visible', async () => {
      const http = platform.http(contact.accessToken);
      await http.post('/requests').send(draftBody).expect(403);
      await http.get('/requests/mine').expect(403);
      await http.patch(`/requests/${requestId}`).send({ title: 'x' }).expect(403);
      await http.post(`/requests/${requestId}/publish`).expect(403);
      await http.get(`/requests/${requestId}/history`).expect(403);
      await http.get(`/requests/${requestId}`).expect(404);

      await upload(platform, student.accessToken, requestId, 'cv', await cvPdf()).expect(201);
      await platform
        .http(student.accessToken)
        .patch(`/requests/${requestId}`)
        .send({ visibleToCompanies: false })
        .expect(200);
      await platform.http(student.accessToken).post(`/requests/${requestId}/publish`).expect(200);
      await http.get(`/requests/${requestId}`).expect(404);

      await platform
        .http(student.accessToken)
        .patch(`/requests/${requestId}`)
        .send({ visibleToCompanies: true })
        .expect(200);
      const seen = await http.get(`/requests/${requestId}`).expect(200);
      expect(seen.body).toMatchObject({ id: requestId, status: 'published', visibleToCompanies: true });
    });

    it('staff read the requests of the students they follow, and no others', async () => {
      const manager = await createUserDirectly(platform, Role.ProgrammeManager, {
        universityId: programme.universityId,
      });
      const otherManager = await createUserDirectly(platform, Role.ProgrammeManager, {
        universityId: programme.universityId,
      });
      const yearManager = await createUserDirectly(platform, Role.YearManager, {
        universityId: programme.universityId,
      });
      const otherYearManager = await createUserDirectly(platform, Role.YearManager, {
        universityId: programme.universityId,
      });
      const admin = await createUserDirectly(platform, Role.Admin);
      const tutor = await createUserDirectly(platform, Role.AcademicTutor, { universityId: programme.universityId });
      const elsewhere = await seedProgramme(platform, 'Génie civil');
      await platform.dataSource.query('UPDATE programmes SET manager_id = $1 WHERE id = $2', [
        manager.userId,
        programme.programmeId,
      ]);
      await platform.dataSource.query('UPDATE programmes SET manager_id = $1 WHERE id = $2', [
        otherManager.userId,
        elsewhere.programmeId,
      ]);
      await platform.dataSource.query(
        'INSERT INTO programme_year_managers (programme_id, study_year, user_id) VALUES ($1, 3, $2), ($1, 2, $3)',
        [programme.programmeId, yearManager.userId, otherYearManager.userId],
      );

      for (const reader of [manager, yearManager, admin]) {
        await platform.http(reader.accessToken).get(`/requests/${requestId}`).expect(200);
        await platform.http(reader.accessToken).get(`/requests/${requestId}/history`).expect(200);
      }
      for (const outsider of [otherManager, otherYearManager]) {
        await platform.http(outsider.accessToken).get(`/requests/${requestId}`).expect(404);
      }
      await platform.http(tutor.accessToken).get(`/requests/${requestId}`).expect(403);
      await platform.http(manager.accessToken).patch(`/requests/${requestId}`).send({ title: 'Modifié' }).expect(403);
    });

    it('refuses callers without a token', async () => {
      const response = await platform.http().get(`/requests/${requestId}`).expect(401);
      expect(response.body.status).toBe(401);
    });
  });
});
