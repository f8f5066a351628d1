import { getQueueToken } from '@nestjs/bullmq';
import AdmZip from 'adm-zip';
import { Queue } from 'bullmq';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { RETENTION_QUEUE, RetentionJob } from '../src/personal-data/retention/retention-queue';
import { RetentionService } from '../src/personal-data/retention/retention.service';
import { createCompanyContact, createStudent, login, TestAccount } from './support/accounts';
import { insertInternship, InternshipWorld, seedInternshipWorld } from './support/internship-rows';
import { cvPdf, letterPdf, sampleCv } from './support/pdf-fixtures';
import { TestPlatform } from './support/platform';
import { createRequest, startDocumentsPlatform, upload, waitForText } from './support/requests-helpers';
import { until } from './support/eventually';

/** Reads the whole answer as bytes (supertest would otherwise try to parse a zip as text). */
function binary(res: request.Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** A published request with a CV, indexed. */
async function publishedRequestWithCv(platform: TestPlatform, student: TestAccount, cv: Buffer) {
  const created = await createRequest(platform, student.accessToken, {
    title: 'Stage développement web',
    keywords: ['TypeScript'],
    wantedNaceDivisions: ['62'],
    visibleToCompanies: true,
  });
  const document = await upload(platform, student.accessToken, created.id, 'cv', cv).expect(201);
  await waitForText(platform, student.accessToken, document.body.id);
  await platform.http(student.accessToken).post(`/requests/${created.id}/publish`).expect(200);
  return { requestId: created.id as string, documentId: document.body.id as string };
}

describe('personal data: export, account deletion, retention', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startDocumentsPlatform({
      RETENTION_DOCUMENTS_MONTHS: '6',
      RETENTION_WARNING_DAYS: '10',
      RETENTION_UNVERIFIED_DAYS: '3',
    });
  });
  afterAll(() => platform?.close());

  /** Hits of the profiles index for a last name, straight from Elasticsearch. */
  async function indexedByName(lastName: string): Promise<number> {
    const { url, indexPrefix } = platform.config.elasticsearch;
    const response = await fetch(`${url}/${indexPrefix}profiles/_search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: { match: { last_name: lastName } } }),
    });
    if (response.status === 404) return 0;
    const body = (await response.json()) as { hits: { total: { value: number } } };
    return body.hits.total.value;
  }

  /** Every row of every table (bar the migrations' own) whose text holds one of the needles. */
  async function rowsMentioning(needles: string[]): Promise<string[]> {
    const tables: Array<{ table_name: string }> = await platform.dataSource.query(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations'`,
    );
    const found: string[] = [];
    for (const { table_name: table } of tables) {
      for (const needle of needles) {
        const [{ count }] = await platform.dataSource.query(
          `SELECT count(*)::int AS count FROM "${table}" t WHERE strpos(lower(t::text), lower($1)) > 0`,
          [needle],
        );
        if (count > 0) found.push(`${table}: ${count} × ${needle}`);
      }
    }
    return found;
  }

  describe('GET /me/export', () => {
    let student: TestAccount;
    let other: TestAccount;
    let cv: Buffer;
    let mine: { requestId: string; documentId: string };
    let theirs: { requestId: string; documentId: string };

    beforeAll(async () => {
      student = await createStudent(platform, { lastName: 'Exportable' });
      other = await createStudent(platform, { lastName: 'Autrui' });
      cv = await cvPdf({ ...sampleCv, fullName: 'Nour Exportable' });
      mine = await publishedRequestWithCv(platform, student, cv);
      theirs = await publishedRequestWithCv(platform, other, await cvPdf({ ...sampleCv, fullName: 'Sami Autrui' }));
      // A company reads the student's request: the read is theirs to see.
      const company = await createCompanyContact(platform);
      await platform.http(company.accessToken).get(`/requests/${mine.requestId}`).expect(200);
    });

    it("streams a zip of the caller's data, manifest first, with their CV's bytes and nothing of anyone else", async () => {
      const response = await platform
        .http(student.accessToken)
        .get('/me/export')
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(response.headers['content-type']).toBe('application/zip');
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="semsem-stages-data-\d{4}-\d{2}-\d{2}\.zip"$/,
      );
      expect(response.headers['x-export-documents']).toBe('1');
      expect(response.headers['x-export-document-bytes']).toBe(String(cv.length));
      // Streamed: its length is not known before its end.
      expect(response.headers['content-length']).toBeUndefined();
      expect(response.headers['transfer-encoding']).toBe('chunked');

      const zip = new AdmZip(response.body as Buffer);
      const names = zip.getEntries().map((entry) => entry.entryName);
      expect(names[0]).toBe('manifest.json');
      const read = (name: string) => JSON.parse(zip.readAsText(name));
      const manifest = read('manifest.json');
      expect(manifest).toMatchObject({ userId: student.userId, documentCount: 1, documentBytes: cv.length });
      expect(manifest.documents).toEqual([
        { id: mine.documentId, file: `documents/${mine.documentId}-cv.pdf`, bytes: cv.length },
      ]);
      expect(names).toEqual([
        'manifest.json',
        ...manifest.sections.map((s: { file: string }) => s.file),
        manifest.documents[0].file,
      ]);

      expect(read('data/account.json')).toEqual([
        expect.objectContaining({ id: student.userId, email: student.email, last_name: 'Exportable' }),
      ]);
      expect(read('data/account.json')[0]).not.toHaveProperty('password_hash');
      expect(read('data/requests.json').map((r: { id: string }) => r.id)).toEqual([mine.requestId]);
      expect(read('data/request-history.json').length).toBeGreaterThanOrEqual(3); // created, CV added, published
      expect(read('data/documents.json')).toEqual([
        expect.objectContaining({ id: mine.documentId, kind: 'cv', size_bytes: cv.length }),
      ]);
      expect(read('data/schooling.json')).toHaveLength(1);
      expect(read('data/profile-reads.json')).toEqual([
        expect.objectContaining({ request_id: mine.requestId, kind: 'request' }),
      ]);
      expect(read('data/notifications.json').map((m: { template: string }) => m.template)).toContain(
        'email_verification',
      );
      expect(zip.readFile(manifest.documents[0].file)!.equals(cv)).toBe(true);

      // Nothing of the other student, anywhere in the archive.
      const everything = zip
        .getEntries()
        .map((entry) => entry.getData().toString('latin1'))
        .join('\n');
      for (const needle of [other.userId, other.email, theirs.requestId, theirs.documentId, 'Autrui']) {
        expect(everything).not.toContain(needle);
      }
    });

    it('needs a session', async () => {
      await platform.http().get('/me/export').expect(401);
    });
  });

  describe('DELETE /me', () => {
    let world: InternshipWorld;
    let student: TestAccount;
    let published: { requestId: string; documentId: string };
    let storageKey: string;
    let labelledId: string;
    const lastName = 'Zanoubiaqx';
    const labelCode = 'K7QM2XD4HTAW';

    beforeAll(async () => {
      world = await seedInternshipWorld(platform);
      student = world.student;
      await platform.dataSource.query(`UPDATE users SET last_name = $2 WHERE id = $1`, [student.userId, lastName]);
      published = await publishedRequestWithCv(
        platform,
        student,
        await cvPdf({ ...sampleCv, fullName: `Khira ${lastName}` }),
      );
      await until(
        () => indexedByName(lastName),
        (hits) => hits === 1,
        'indexed',
      );
      [{ storage_key: storageKey }] = await platform.dataSource.query(
        `SELECT storage_key FROM documents WHERE id = $1`,
        [published.documentId],
      );
      labelledId = await insertInternship(platform, world, {
        status: 'labelled',
        labelCode,
        labelGrantedAt: '2027-07-15T10:00:00Z',
        finalGrade: 16,
      });
      await insertInternship(platform, world, { status: 'cancelled' });
      await platform.dataSource.query(
        `INSERT INTO internship_journal_entries (internship_id, author_id, entry_date, tasks, hours) VALUES ($1, $2, '2027-03-02', 'Tests', 7)`,
        [labelledId, student.userId],
      );
    });

    async function stillThere(): Promise<void> {
      const [{ users }] = await platform.dataSource.query(`SELECT count(*)::int AS users FROM users WHERE id = $1`, [
        student.userId,
      ]);
      expect(users).toBe(1);
      const [{ requests }] = await platform.dataSource.query(
        `SELECT count(*)::int AS requests FROM internship_requests WHERE student_id = $1`,
        [student.userId],
      );
      expect(requests).toBe(1);
      expect(existsSync(join(platform.config.documents.storageDir, storageKey))).toBe(true);
      await platform.http(student.accessToken).get('/me').expect(200);
    }

    it('names the missing password, refuses a wrong one, and changes nothing', async () => {
      const missing = await platform.http(student.accessToken).delete('/me').send({}).expect(400);
      expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('password');
      const wrong = await platform
        .http(student.accessToken)
        .delete('/me')
        .send({ password: 'not the password' })
        .expect(403);
      expect(wrong.body.code).toBe('password_incorrect');
      await stillThere();
    });

    it('refuses while an internship of the student is running', async () => {
      const running = await insertInternship(platform, world, { status: 'in_progress' });
      const refused = await platform
        .http(student.accessToken)
        .delete('/me')
        .send({ password: student.password })
        .expect(409);
      expect(refused.body.code).toBe('internship_running');
      await stillThere();
      await platform.dataSource.query(`DELETE FROM internships WHERE id = $1`, [running]);
    });

    it('removes the account, its rows, files and index entries; the label stays verifiable without the name', async () => {
      const label = await platform.http().get(`/labels/${labelCode}`).expect(200);
      expect(label.body.studentName).toContain(lastName);

      const response = await platform
        .http(student.accessToken)
        .delete('/me')
        .send({ password: student.password })
        .expect(200);
      expect(response.body).toEqual({ keptLabels: 1 });

      // The confirmation, in the account's language; its outbox row (the address) goes once delivered.
      const mail = await platform.smtp.waitFor((m) => m.to.includes(student.email) && /supprimé/.test(m.subject));
      expect(mail.subject).toBe('Votre compte SEMSEM-stages a été supprimé');
      expect(mail.text).toContain('reste vérifiable par son code');
      await until(
        async () =>
          (
            await platform.dataSource.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE recipient = $1`, [
              student.email,
            ])
          )[0].n,
        (n) => n === 0,
        'forgotten by the outbox',
      );

      // Nothing in Postgres names the student, by id, address or name.
      expect(await rowsMentioning([student.userId, student.email, lastName])).toEqual([]);
      // The label's internship is kept, without its student; the cancelled one is gone.
      const internships = await platform.dataSource.query(
        `SELECT id, student_id, status FROM internships WHERE company_id = $1 ORDER BY status`,
        [world.companyId],
      );
      expect(internships).toEqual([{ id: labelledId, student_id: null, status: 'labelled' }]);

      expect(existsSync(join(platform.config.documents.storageDir, storageKey))).toBe(false);
      await until(
        () => indexedByName(lastName),
        (hits) => hits === 0,
        'gone from the index',
      );

      const verified = await platform.http().get(`/labels/${labelCode}`).expect(200);
      expect(verified.body).toMatchObject({
        code: labelCode,
        companyName: label.body.companyName,
        grantedOn: label.body.grantedOn,
      });
      expect(JSON.stringify(verified.body)).not.toContain(lastName);

      // No longer followed: out of the programme manager's list and dashboards.
      const manager = world.programmeManager.accessToken;
      const followed = await platform.http(manager).get('/internships').expect(200);
      expect(followed.body.items.map((i: { id: string }) => i.id)).not.toContain(labelledId);
      expect(followed.body.total).toBe(followed.body.items.length);
      await platform.http(manager).get(`/internships/${labelledId}`).expect(404);

      await platform.http(student.accessToken).get('/me').expect(401);
      await platform.http().post('/auth/login').send({ email: student.email, password: student.password }).expect(401);
      // Others' records stay: the company's tutor and the other student are untouched.
      await platform.http(world.otherStudent.accessToken).get('/me').expect(200);
    });

    it('takes an empty company with its last contact, and refuses when the company holds internships', async () => {
      const alone = await createCompanyContact(platform);
      await platform.http(alone.accessToken).delete('/me').send({ password: alone.password }).expect(200);
      expect(await platform.dataSource.query(`SELECT id FROM companies WHERE id = $1`, [alone.companyId])).toEqual([]);

      // The world's company: its tutor leaves while a colleague stays, then the colleague is the last one.
      await platform
        .http(world.companyTutor.accessToken)
        .delete('/me')
        .send({ password: world.companyTutor.password })
        .expect(200);
      const [kept] = await platform.dataSource.query(`SELECT company_tutor_id FROM internships WHERE id = $1`, [
        labelledId,
      ]);
      expect(kept.company_tutor_id).toBeNull();
      const refused = await platform
        .http(world.colleague.accessToken)
        .delete('/me')
        .send({ password: world.colleague.password })
        .expect(409);
      expect(refused.body.code).toBe('last_company_contact');
      await login(platform, world.colleague.email);
    });
  });

  describe('retention sweep', () => {
    it('warns once, purges only after the notice, and deletes unconfirmed accounts', async () => {
      const queue = platform.worker!.get<Queue>(getQueueToken(RETENTION_QUEUE));
      const run = async (asOf: Date) => {
        const job = await queue.add(RetentionJob.Sweep, { asOf: asOf.toISOString() });
        const finished = await until(
          () => queue.getJob(job.id!),
          (j) => Boolean(j?.finishedOn),
          'finished',
        );
        if (!finished) throw new Error('no job');
        if (finished.failedReason) throw new Error(finished.failedReason);
        return { report: finished.returnvalue, progress: finished.progress };
      };

      const student = await createStudent(platform, { lastName: 'Retenue' });
      const created = await createRequest(platform, student.accessToken);
      const letter = await upload(
        platform,
        student.accessToken,
        created.id,
        'letter',
        await letterPdf(),
        'lettre.pdf',
      ).expect(201);
      const [{ storage_key: key }] = await platform.dataSource.query(
        `SELECT storage_key FROM documents WHERE id = $1`,
        [letter.body.id],
      );
      // A second student, who will touch their request after the warning.
      const active = await createStudent(platform, { lastName: 'Active' });
      const activeRequest = await createRequest(platform, active.accessToken);
      const activeCv = await upload(platform, active.accessToken, activeRequest.id, 'cv', await cvPdf()).expect(201);
      const [{ programme_id: programmeId }] = await platform.dataSource.query(
        `SELECT programme_id FROM student_profiles WHERE user_id = $1`,
        [student.userId],
      );
      const unconfirmed = `unconfirmed.${Date.now()}@example.test`;
      await platform
        .http()
        .post('/auth/register/student')
        .send({
          email: unconfirmed,
          password: student.password,
          firstName: 'Sans',
          lastName: 'Suite',
          studyYear: 1,
          programmeId,
        })
        .expect(201);

      // Pages of one owner and one document: every owner and document is still visited exactly once.
      platform.worker!.get(RetentionService).pages.owners = 1;
      platform.worker!.get(RetentionService).pages.documents = 1;
      // Six months minus five days from now: inside the ten days' notice, not yet due.
      const warnAt = new Date();
      warnAt.setUTCMonth(warnAt.getUTCMonth() + 6);
      warnAt.setUTCDate(warnAt.getUTCDate() - 5);
      const first = await run(warnAt);
      // Every CV and letter of this file's requests is as old: this letter among them.
      expect(first.report.warnedDocuments).toBeGreaterThanOrEqual(1);
      expect(first.report.purgedDocuments).toBe(0);
      const [{ warned }] = await platform.dataSource.query(
        `SELECT retention_warned_at AS warned FROM documents WHERE id = $1`,
        [letter.body.id],
      );
      expect(new Date(warned).toISOString()).toBe(warnAt.toISOString());
      expect(first.report.deletedAccounts).toBeGreaterThanOrEqual(1);
      expect(first.progress).toEqual({ phase: 'done', done: 1, total: 1 });
      const warning = await platform.smtp.waitFor(
        (m) => m.to.includes(student.email) && /bientôt supprimés/.test(m.subject),
      );
      expect(warning.text).toContain('lettre.pdf');
      expect(await platform.dataSource.query(`SELECT id FROM users WHERE email = $1`, [unconfirmed])).toEqual([]);

      await platform.smtp.waitFor((m) => m.to.includes(active.email) && /bientôt supprimés/.test(m.subject));
      // Touching the request after the warning cancels the countdown. The sweep's clock is injected: the change is
      // dated the day after the warning, as it would be.
      await platform
        .http(active.accessToken)
        .patch(`/requests/${activeRequest.id}`)
        .send({ title: 'Stage mis à jour' })
        .expect(200);
      await platform.dataSource.query(`UPDATE internship_requests SET updated_at = $2 WHERE id = $1`, [
        activeRequest.id,
        new Date(warnAt.getTime() + 24 * 60 * 60 * 1000),
      ]);

      // Warned once; nine days later the notice is not over.
      expect((await run(warnAt)).report).toMatchObject({ warnedDocuments: 0, purgedDocuments: 0 });
      const day = 24 * 60 * 60 * 1000;
      expect((await run(new Date(warnAt.getTime() + 9 * day))).report).toMatchObject({ purgedDocuments: 0 });
      expect(existsSync(join(platform.config.documents.storageDir, key))).toBe(true);

      // Eleven days later it is.
      expect((await run(new Date(warnAt.getTime() + 11 * day))).report.purgedDocuments).toBeGreaterThanOrEqual(1);
      expect(existsSync(join(platform.config.documents.storageDir, key))).toBe(false);
      expect(await platform.dataSource.query(`SELECT id FROM documents WHERE id = $1`, [letter.body.id])).toEqual([]);
      const history = await platform.dataSource.query(
        `SELECT action FROM request_history WHERE request_id = $1 ORDER BY id DESC LIMIT 1`,
        [created.id],
      );
      expect(history).toEqual([{ action: 'document_removed' }]);
      expect(platform.smtp.to(student.email).filter((m) => /bientôt supprimés/.test(m.subject))).toHaveLength(1);
      expect(
        await platform.dataSource.query(`SELECT id FROM documents WHERE id = $1`, [activeCv.body.id]),
      ).toHaveLength(1);
      expect(platform.smtp.to(active.email).filter((m) => /bientôt supprimés/.test(m.subject))).toHaveLength(1);
    });

    it('is scheduled with its cron', async () => {
      const queue = platform.worker!.get<Queue>(getQueueToken(RETENTION_QUEUE));
      const scheduler = await until(() => queue.getJobScheduler(RetentionJob.Sweep), Boolean, 'scheduled');
      expect(scheduler).toMatchObject({ pattern: '30 3 * * *', tz: 'Africa/Tunis' });
    });
  });
});
