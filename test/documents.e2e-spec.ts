import { INestApplication } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import { Role } from '../src/common/auth/role.enum';
import { DocumentTextService } from '../src/documents/text/document-text.service';
import { createCompanyContact, createStudent, createUserDirectly, TestAccount } from './support/accounts';
import {
  corruptPdf,
  cvPdf,
  deflated,
  encryptedPdf,
  handmadePdf,
  letterPdf,
  oversizedPdf,
  pngRenamedPdf,
  sampleCv,
  textRenamedPdf,
} from './support/pdf-fixtures';
import { TestPlatform } from './support/platform';
import {
  createRequest,
  documentRows,
  startDocumentsPlatform,
  storedFiles,
  TEST_UPLOAD_MAX_BYTES,
  upload,
  waitForText,
} from './support/requests-helpers';
import { startApi, testConfig } from './support/test-stack';

describe('documents', () => {
  let platform: TestPlatform;
  let student: TestAccount;

  beforeAll(async () => {
    platform = await startDocumentsPlatform();
    student = await createStudent(platform);
  });
  afterAll(() => platform?.close());

  const version = async (requestId: string): Promise<number> =>
    (await platform.http(student.accessToken).get(`/requests/${requestId}`).expect(200)).body.version;

  it('stores a CV under a sanitised name, reads its text in the worker, and replaces it on a new upload', async () => {
    const { id: requestId } = await createRequest(platform, student.accessToken);
    const data = await cvPdf();
    const first = await upload(platform, student.accessToken, requestId, 'cv', data, '../../CV: Yasmine?.pdf').expect(
      201,
    );
    expect(first.body).toMatchObject({
      requestId,
      kind: 'cv',
      fileName: 'CV Yasmine.pdf',
      contentType: 'application/pdf',
      sizeBytes: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
      textStatus: 'pending',
    });
    const [row] = await platform.dataSource.query('SELECT storage_key FROM documents WHERE id = $1', [first.body.id]);
    expect(row.storage_key).not.toContain('Yasmine');
    expect(await readFile(join(platform.config.documents.storageDir, row.storage_key))).toEqual(data);

    expect(await waitForText(platform, student.accessToken, first.body.id)).toMatchObject({ textStatus: 'extracted' });
    const [{ text }] = await platform.dataSource.query('SELECT text FROM documents WHERE id = $1', [first.body.id]);
    expect(text).toContain(sampleCv.fullName);
    expect(text).toContain('Expérience professionnelle'.toUpperCase());

    const second = await upload(
      platform,
      student.accessToken,
      requestId,
      'cv',
      await cvPdf({ ...sampleCv, fullName: 'Yasmine B. S.' }),
    ).expect(201);
    const list = await platform.http(student.accessToken).get(`/requests/${requestId}/documents`).expect(200);
    expect(list.body).toMatchObject({ total: 1, items: [{ id: second.body.id, kind: 'cv' }] });
    await platform.http(student.accessToken).get(`/documents/${first.body.id}`).expect(404);
    expect(await storedFiles(platform)).not.toContain(row.storage_key);
    const history = await platform.http(student.accessToken).get(`/requests/${requestId}/history`).expect(200);
    expect(history.body.items.map((h: { action: string }) => h.action)).toContain('document_replaced');
  });

  it('accepts an encrypted PDF and a damaged one, flagged, each bumping the request version', async () => {
    const { id: requestId } = await createRequest(platform, student.accessToken);
    const encrypted = await upload(platform, student.accessToken, requestId, 'cv', await encryptedPdf()).expect(201);
    expect(await waitForText(platform, student.accessToken, encrypted.body.id)).toMatchObject({
      textStatus: 'encrypted',
    });
    const before = await version(requestId);
    const corrupt = await upload(platform, student.accessToken, requestId, 'letter', corruptPdf(), 'lettre.pdf').expect(
      201,
    );
    expect(await waitForText(platform, student.accessToken, corrupt.body.id)).toMatchObject({
      textStatus: 'unreadable',
    });
    expect(await version(requestId)).toBe(before + 2); // the letter added, then its text status
    // An encrypted CV is still a CV: the request can be published.
    await platform.http(student.accessToken).post(`/requests/${requestId}/publish`).expect(200);
  });

  it('marks PDF bombs unreadable with their reason, and reads the next CV as usual', async () => {
    const { id: requestId } = await createRequest(platform, student.accessToken);
    // 40 MB of zeros deflated into a few kB (the limit is 32 MB per stream), then a PDF of 600 pages (limit 500).
    const inflating = handmadePdf({ contents: [deflated(Buffer.alloc(40 * 1048576))] });
    const bomb = await upload(platform, student.accessToken, requestId, 'letter', inflating, 'lettre.pdf').expect(201);
    expect(await waitForText(platform, student.accessToken, bomb.body.id)).toMatchObject({
      textStatus: 'unreadable',
      textFailure: 'stream_too_large',
    });
    const pages = await upload(
      platform,
      student.accessToken,
      requestId,
      'cv',
      handmadePdf({ pages: 600 }),
      'cv.pdf',
    ).expect(201);
    expect(await waitForText(platform, student.accessToken, pages.body.id)).toMatchObject({
      textStatus: 'unreadable',
      textFailure: 'too_many_pages',
    });
    const cv = await upload(platform, student.accessToken, requestId, 'cv', await cvPdf()).expect(201);
    expect(await waitForText(platform, student.accessToken, cv.body.id)).toMatchObject({
      textStatus: 'extracted',
      textFailure: null,
    });
  });

  it('refuses bad uploads with a clear 4xx naming the field, leaving no row and no file', async () => {
    const { id: requestId } = await createRequest(platform, student.accessToken);
    const filesBefore = await storedFiles(platform);
    const rowsBefore = await documentRows(platform);
    const versionBefore = await version(requestId);
    const http = () => platform.http(student.accessToken).post(`/requests/${requestId}/documents`);

    const png = await upload(platform, student.accessToken, requestId, 'cv', pngRenamedPdf(), 'cv.pdf').expect(415);
    expect(png.body).toMatchObject({ code: 'document_unsupported_type', errors: [{ field: 'file' }] });
    expect(png.headers['content-type']).toMatch(/^application\/problem\+json/);
    await upload(platform, student.accessToken, requestId, 'letter', textRenamedPdf(), 'lettre.pdf').expect(415);

    const big = await upload(
      platform,
      student.accessToken,
      requestId,
      'cv',
      oversizedPdf(TEST_UPLOAD_MAX_BYTES),
    ).expect(413);
    expect(big.body).toMatchObject({ status: 413, code: 'document_file_too_large', errors: [{ field: 'file' }] });
    expect(big.headers['content-type']).toMatch(/^application\/problem\+json/);

    const missing = await http().field('kind', 'cv').expect(400);
    expect(missing.body).toMatchObject({ code: 'document_file_missing', errors: [{ field: 'file' }] });
    const badKind = await http()
      .field('kind', 'photo')
      .attach('file', await cvPdf(), 'cv.pdf')
      .expect(400);
    expect(badKind.body.errors.map((e: { field: string }) => e.field)).toEqual(['kind']);
    const unknown = await http()
      .field('kind', 'cv')
      .field('public', 'true')
      .attach('file', await cvPdf(), 'cv.pdf')
      .expect(400);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['public']);
    await http()
      .field('kind', 'cv')
      .attach('document', await cvPdf(), 'cv.pdf')
      .expect(400);
    await upload(platform, student.accessToken, requestId, 'cv', Buffer.alloc(0)).expect(400);

    expect(await storedFiles(platform)).toEqual(filesBefore);
    expect(await documentRows(platform)).toBe(rowsBefore);
    expect(await version(requestId)).toBe(versionBefore);
  });

  it('takes images as "other" documents, without text to read', async () => {
    const { id: requestId } = await createRequest(platform, student.accessToken);
    const image = await upload(
      platform,
      student.accessToken,
      requestId,
      'other',
      pngRenamedPdf(),
      'attestation.pdf',
    ).expect(201);
    expect(image.body).toMatchObject({
      fileName: 'attestation.pdf.png',
      contentType: 'image/png',
      textStatus: 'not_applicable',
    });
  });

  describe('downloads and deletion', () => {
    let requestId: string;
    let cvId: string;
    let letterId: string;
    let otherId: string;
    let cvBytes: Buffer;
    let contact: TestAccount;

    beforeAll(async () => {
      requestId = (
        await createRequest(platform, student.accessToken, { title: 'Stage data', visibleToCompanies: false })
      ).id;
      cvBytes = await cvPdf();
      cvId = (await upload(platform, student.accessToken, requestId, 'cv', cvBytes, 'CV Élodie.pdf').expect(201)).body
        .id;
      letterId = (
        await upload(platform, student.accessToken, requestId, 'letter', await letterPdf(), 'lettre.pdf').expect(201)
      ).body.id;
      otherId = (
        await upload(platform, student.accessToken, requestId, 'other', await cvPdf(), 'releve.pdf').expect(201)
      ).body.id;
      contact = await createCompanyContact(platform);
    });

    it('lets the student download their file, with its name', async () => {
      const response = await platform.http(student.accessToken).get(`/documents/${cvId}/file`).buffer(true).expect(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="CV Elodie.pdf"; filename*=UTF-8''CV%20%C3%89lodie.pdf`,
      );
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(Buffer.compare(response.body as Buffer, cvBytes)).toBe(0);
    });

    it('gives a company the CV only of a request published and visible to companies', async () => {
      const company = platform.http(contact.accessToken);
      await company.get(`/documents/${cvId}/file`).expect(404);
      await platform.http(student.accessToken).post(`/requests/${requestId}/publish`).expect(200);
      await company.get(`/documents/${cvId}/file`).expect(404); // published, not visible
      await company.get(`/requests/${requestId}/documents`).expect(404);

      await platform
        .http(student.accessToken)
        .patch(`/requests/${requestId}`)
        .send({ visibleToCompanies: true })
        .expect(200);
      await company.get(`/documents/${cvId}/file`).expect(200).expect('content-type', 'application/pdf');
      await company.get(`/documents/${letterId}/file`).expect(200);
      await company.get(`/documents/${otherId}/file`).expect(404);
      const listed = await company.get(`/requests/${requestId}/documents`).expect(200);
      expect(listed.body.items.map((d: { kind: string }) => d.kind).sort()).toEqual(['cv', 'letter']);

      // A contact whose membership is not active sees nothing.
      await platform.dataSource.query(`UPDATE company_memberships SET status = 'pending' WHERE user_id = $1`, [
        contact.userId,
      ]);
      await company.get(`/documents/${cvId}/file`).expect(404);
      await platform.dataSource.query(`UPDATE company_memberships SET status = 'active' WHERE user_id = $1`, [
        contact.userId,
      ]);
    });

    it('refuses other students, lets staff of the programme read, and a tutor nothing', async () => {
      const other = await createStudent(platform);
      await platform.http(other.accessToken).get(`/documents/${cvId}`).expect(404);
      await platform.http(other.accessToken).get(`/documents/${cvId}/file`).expect(404);
      await platform.http(other.accessToken).delete(`/documents/${otherId}`).expect(404);
      await platform.http(contact.accessToken).delete(`/documents/${otherId}`).expect(403);

      const [{ programme_id: programmeId }] = await platform.dataSource.query(
        'SELECT programme_id FROM student_profiles WHERE user_id = $1',
        [student.userId],
      );
      const manager = await createUserDirectly(platform, Role.ProgrammeManager);
      await platform.http(manager.accessToken).get(`/documents/${otherId}/file`).expect(404);
      await platform.dataSource.query('UPDATE programmes SET manager_id = $1 WHERE id = $2', [
        manager.userId,
        programmeId,
      ]);
      await platform.http(manager.accessToken).get(`/documents/${otherId}/file`).expect(200);
      const tutor = await createUserDirectly(platform, Role.AcademicTutor);
      await platform.http(tutor.accessToken).get(`/documents/${cvId}`).expect(403);
    });

    it('deletes a document and its file, but keeps the CV of a published request', async () => {
      const refused = await platform.http(student.accessToken).delete(`/documents/${cvId}`).expect(409);
      expect(refused.body.code).toBe('document_cv_of_published_request');

      const [{ storage_key: key }] = await platform.dataSource.query(
        'SELECT storage_key FROM documents WHERE id = $1',
        [otherId],
      );
      await platform.http(student.accessToken).delete(`/documents/${otherId}`).expect(204);
      await platform.http(student.accessToken).get(`/documents/${otherId}`).expect(404);
      expect(await storedFiles(platform)).not.toContain(key);
    });
  });

  describe('with Redis down for the API', () => {
    let apiWithoutRedis: INestApplication;

    beforeAll(async () => {
      apiWithoutRedis = await startApi(
        testConfig(platform.database, {
          REDIS_URL: 'redis://127.0.0.1:1',
          STORAGE_DIR: platform.config.documents.storageDir,
          UPLOAD_MAX_BYTES: String(TEST_UPLOAD_MAX_BYTES),
        }),
      );
    });
    afterAll(() => apiWithoutRedis?.close());

    it('still accepts the upload, and the worker’s sweep reads it later', async () => {
      const { id: requestId } = await createRequest(platform, student.accessToken);
      const started = Date.now();
      const uploaded = await request(apiWithoutRedis.getHttpServer())
        .post(`/api/requests/${requestId}/documents`)
        .set('authorization', `Bearer ${student.accessToken}`)
        .field('kind', 'cv')
        .attach('file', await cvPdf(), 'cv.pdf')
        .expect(201);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(uploaded.body.textStatus).toBe('pending');

      // Nothing queued it: it stays pending until the sweep finds it past its grace period.
      await platform.dataSource.query(`UPDATE documents SET created_at = now() - interval '2 minutes' WHERE id = $1`, [
        uploaded.body.id,
      ]);
      expect(await platform.worker!.get(DocumentTextService).sweepPending()).toBeGreaterThanOrEqual(1);
      expect(await waitForText(platform, student.accessToken, uploaded.body.id)).toMatchObject({
        textStatus: 'extracted',
      });
    });
  });
});
