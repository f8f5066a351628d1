import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createHash } from 'node:crypto';
import { DemoLoaderService, DemoLoadReport } from '../src/demo/demo-loader.service';
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from '../src/demo/demo-world';
import { DemoModule } from '../src/demo/demo.module';
import { DocumentStorage } from '../src/documents/storage/document-storage';
import { login, TestAccount } from './support/accounts';
import { TestPlatform } from './support/platform';
import { startDocumentsPlatform, storedFiles } from './support/requests-helpers';
import { until } from './support/eventually';

// Longer than the shared default: the demo loader and the first PDF reads take long on a busy machine.
const untilDemo = <T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 90_000) =>
  until(read, accept, what, timeoutMs);

interface SearchResponse {
  total: number;
  items: Array<{ requestId: string; highlights: { cv: string[] } }>;
  facets: Record<
    'sector' | 'country' | 'studyYear' | 'programme' | 'university',
    Array<{ value: string; count: number }>
  >;
}

const VISIBLE = `r.status = 'published' AND r.visible_to_companies AND u.disabled_at IS NULL`;

/** The demo loader against the test stack: the API and the worker of the platform see what it wrote. */
describe('demo:load', () => {
  let platform: TestPlatform;
  let demo: INestApplicationContext;
  let first: DemoLoadReport;
  let contact: TestAccount;

  beforeAll(async () => {
    platform = await startDocumentsPlatform();
    // The loader's own application context, as `npm run demo:load` builds it, on the platform's settings.
    demo = await NestFactory.createApplicationContext(DemoModule.forRoot(platform.config), { logger: ['error'] });
    first = await demo.get(DemoLoaderService).load();
  }, 120_000);
  afterAll(async () => {
    await demo?.close();
    await platform?.close();
  });

  const sql = async <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> =>
    platform.dataSource.query(query, params);
  const count = async (query: string, params: unknown[] = []): Promise<number> =>
    (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM (${query}) x`, params))[0].n;

  const search = async (query = ''): Promise<SearchResponse> =>
    (await platform.http(contact.accessToken).get(`/profiles/search?limit=100&${query}`).expect(200)).body;

  it('writes the whole world: organisations, staff, contacts, students, requests and their PDFs', async () => {
    expect(first).toMatchObject({ outcome: 'loaded', removed: null, textExtraction: { queued: 60, leftForSweep: 0 } });
    expect(await count('SELECT 1 FROM universities')).toBe(2);
    expect(
      await count(
        'SELECT 1 FROM programmes p JOIN users m ON m.id = p.manager_id AND m.university_id = p.university_id',
      ),
    ).toBe(6);
    expect(await count('SELECT 1 FROM programme_year_managers')).toBeGreaterThan(0);
    expect(await count('SELECT 1 FROM companies')).toBe(3);
    const roles = await sql<{ role: string; n: number }>(
      'SELECT role, count(*)::int AS n FROM users GROUP BY role ORDER BY role',
    );
    expect(Object.fromEntries(roles.map((r) => [r.role, r.n]))).toEqual({
      academic_tutor: 4,
      admin: 1,
      company_contact: 6,
      programme_manager: 6,
      student: 30,
      year_manager: 4,
    });
    expect(
      await count(`SELECT 1 FROM users WHERE email_verified_at IS NULL OR email NOT LIKE $1`, [
        `%@${DEMO_EMAIL_DOMAIN}`,
      ]),
    ).toBe(0);
    expect(await count(`SELECT 1 FROM company_memberships WHERE status = 'pending'`)).toBe(1);
    expect(await count('SELECT 1 FROM student_profiles')).toBe(30);

    const states = await sql<{ status: string; visible: boolean; n: number }>(
      `SELECT status, visible_to_companies AS visible, count(*)::int AS n FROM internship_requests GROUP BY 1, 2`,
    );
    const state = (status: string, visible: boolean) =>
      states.find((s) => s.status === status && s.visible === visible)?.n ?? 0;
    expect(state('published', true)).toBe(first.counts.visibleRequests);
    expect(state('published', false)).toBe(1);
    expect(states.filter((s) => s.status === 'archived').reduce((n, s) => n + s.n, 0)).toBe(1);
    expect(states.filter((s) => s.status === 'draft').reduce((n, s) => n + s.n, 0)).toBeGreaterThanOrEqual(2);
    expect(
      await count(`SELECT 1 FROM internship_requests WHERE start_date NOT BETWEEN '2027-01-01' AND '2027-12-31'`),
    ).toBe(0);
    // Every change went through the recorder: history rows and search outbox rows for each request.
    expect(await count('SELECT DISTINCT request_id FROM request_history')).toBe(30);
    expect(await count(`SELECT DISTINCT entity_id FROM search_outbox WHERE index_name = 'profiles'`)).toBe(30);

    const documents = await sql<{
      kind: string;
      storage_key: string;
      sha256: string;
      size_bytes: number;
      content_type: string;
    }>('SELECT kind, storage_key, sha256, size_bytes, content_type FROM documents');
    expect(documents).toHaveLength(60);
    expect(documents.filter((d) => d.kind === 'cv')).toHaveLength(30);
    expect(await count(`SELECT request_id FROM documents GROUP BY request_id HAVING count(*) = 2`)).toBe(30);
    const storage = demo.get(DocumentStorage);
    for (const document of documents) {
      const data = await storage.get(document.storage_key);
      expect(data.subarray(0, 5).toString()).toBe('%PDF-');
      expect(data.length).toBe(document.size_bytes);
      expect(createHash('sha256').update(data).digest('hex')).toBe(document.sha256);
      expect(document.content_type).toBe('application/pdf');
    }
    expect(await storedFiles(platform)).toHaveLength(60);
  });

  it('lets the accounts it prints log in with the documented password', async () => {
    expect(first.password).toBe(DEMO_PASSWORD);
    expect(first.accounts.map((a) => a.role)).toEqual(['admin', 'company contact', 'student', 'programme manager']);
    for (const account of first.accounts) await login(platform, account.email, DEMO_PASSWORD);
    contact = await login(platform, first.accounts[1].email, DEMO_PASSWORD);
  });

  it('is searched with facets by a company contact once the worker has indexed the visible requests', async () => {
    const [{ n: visible }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM internship_requests r JOIN users u ON u.id = r.student_id WHERE ${VISIBLE}`,
    );
    expect(visible).toBe(first.counts.visibleRequests);
    const result = await untilDemo(
      () => search(),
      (r) => r.total === visible,
      `${visible} indexed profiles`,
    );

    const sectors = await sql<{ v: string; n: number }>(
      `SELECT v, count(*)::int AS n FROM (SELECT unnest(r.wanted_nace_divisions)::text AS v FROM internship_requests r
         JOIN users u ON u.id = r.student_id WHERE ${VISIBLE}) x GROUP BY v`,
    );
    const counts = (items: Array<{ value: string; count: number }>) =>
      Object.fromEntries(items.map((i) => [i.value, i.count]));
    expect(counts(result.facets.sector)).toEqual(Object.fromEntries(sectors.map((s) => [s.v, s.n])));
    expect(result.facets.sector[0].value).toBe('62'); // most wanted, as on the original platform
    expect(result.facets.country[0].value).toBe('TN');
    expect(result.facets.university).toHaveLength(2);
    expect(result.facets.programme).toHaveLength(6);
    expect(result.facets.studyYear.map((y) => Number(y.value)).sort()).toEqual([1, 2, 3, 4, 5]);

    const sector26 = await search('sector=26');
    expect(sector26.total).toBe(sectors.find((s) => s.v === '26')?.n);
  }, 120_000);

  it('gets every PDF read by the worker, and a CV’s words found by the search', async () => {
    await untilDemo(
      () =>
        sql<{ status: string; n: number }>(
          `SELECT text_status AS status, count(*)::int AS n FROM documents GROUP BY 1`,
        ),
      (rows) => rows.length === 1 && rows[0].status === 'extracted',
      'the text of every PDF',
    );
    // "hydroponique" is only in the CV of Ines Chaabane, nowhere in her request or letter.
    const [ines] = await sql<{ id: string }>(
      `SELECT r.id FROM internship_requests r JOIN users u ON u.id = r.student_id WHERE u.email = $1`,
      [`ines.chaabane@${DEMO_EMAIL_DOMAIN}`],
    );
    expect(
      await count(
        `SELECT 1 FROM internship_requests WHERE title || message || array_to_string(keywords, ' ') ILIKE '%hydroponique%'`,
      ),
    ).toBe(0);
    const hits = await untilDemo(
      () => search('q=hydroponique'),
      (r) => r.items.length > 0,
      'the CV text in the index',
      30_000,
    );
    expect(hits.items.map((item) => item.requestId)).toEqual([ines.id]);
    expect(hits.items[0].highlights.cv.join(' ')).toContain('<mark>hydroponique</mark>');
  }, 150_000);

  async function snapshot(): Promise<unknown> {
    const [rows] = await sql(
      `SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM companies) AS companies,
              (SELECT count(*)::int FROM company_memberships) AS memberships,
              (SELECT count(*)::int FROM universities) AS universities, (SELECT count(*)::int FROM programmes) AS programmes,
              (SELECT sum(version)::int FROM internship_requests) AS versions,
              (SELECT count(*)::int FROM request_history) AS history, (SELECT count(*)::int FROM documents) AS documents,
              (SELECT count(*)::int FROM search_outbox) AS outbox, (SELECT max(updated_at) FROM users) AS users_updated`,
    );
    return { rows, files: await storedFiles(platform) };
  }

  it('holds offers at every status and applications the companies work through, with a selected internship', async () => {
    expect(first.counts).toMatchObject({ offers: 8, applications: 12 });
    const statuses = await sql<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM offers GROUP BY status',
    );
    expect(Object.fromEntries(statuses.map((r) => [r.status, r.n]))).toEqual({ published: 6, draft: 1, filled: 1 });
    expect(await count(`SELECT DISTINCT entity_id FROM search_outbox WHERE index_name = 'offers'`)).toBe(8);
    // M. Bouquet's company: its answers across offers, each with the CV and letter sent.
    const { body: me } = await platform.http(contact.accessToken).get('/me').expect(200);
    const companyId = me.company.companyId;
    const { body: answers } = await platform
      .http(contact.accessToken)
      .get(`/companies/${companyId}/applications`)
      .expect(200);
    expect(answers.items.map((a: { status: string }) => a.status).sort()).toEqual(['received', 'rejected', 'selected']);
    for (const answer of answers.items) {
      expect(answer.documents.map((d: { role: string }) => d.role)).toEqual(['cv', 'letter']);
      await platform.http(contact.accessToken).get(`/documents/${answer.documents[0].id}/file`).expect(200);
    }
    expect(answers.items.find((a: { status: string }) => a.status === 'selected').internshipId).toEqual(
      expect.any(String),
    );
    expect(await count('SELECT 1 FROM internships WHERE application_id IS NOT NULL')).toBe(2);
    // The ISTT-only offer is not shown to an ESIS student; the demo student sees the open ones.
    const student = await login(platform, first.accounts[2].email, DEMO_PASSWORD);
    const { body: listed } = await platform.http(student.accessToken).get('/offers?limit=100').expect(200);
    const titles = listed.items.map((o: { title: string }) => o.title);
    expect(titles).toContain('PFE — Développement d’une plateforme web de suivi de chantiers');
    expect(titles).not.toContain('Stage — Supervision réseau et sécurité');
  });

  it('ranks candidates for a demo offer and sends a demo student the offers that fit, each with its why', async () => {
    const [webPfe] = await sql<{ id: string; company_id: string }>(
      `SELECT id, company_id FROM offers WHERE title LIKE 'PFE — Développement%'`,
    );
    const medina = await login(platform, `amira.zouari@${DEMO_EMAIL_DOMAIN}`, DEMO_PASSWORD);
    const { body: ranked } = await untilDemo(
      () => platform.http(medina.accessToken).get(`/offers/${webPfe.id}/candidates?limit=5`),
      (r) => r.status === 200 && r.body.items.length > 0,
      'candidates of the web PFE offer',
    );
    const best = ranked.items[0];
    expect(best.student.lastName).toBe('Jlassi'); // génie logiciel, 5th year, TypeScript/Angular/NestJS/PostgreSQL
    expect(best.why.map((reason: { criterion: string }) => reason.criterion)).toEqual(
      expect.arrayContaining(['sector', 'study_year']),
    );
    const talel = await login(platform, `talel.jlassi@${DEMO_EMAIL_DOMAIN}`, DEMO_PASSWORD);
    const matched = await untilDemo(
      async () => (await platform.http(talel.accessToken).get('/me/matched-offers').expect(200)).body,
      (body) => body.items.some((m: { offer: { id: string } }) => m.offer.id === webPfe.id),
      'the web PFE offer among Talel’s matched offers',
    );
    const match = matched.items.find((m: { offer: { id: string } }) => m.offer.id === webPfe.id);
    expect(match.score).toBeGreaterThanOrEqual(5);
    expect(match.why.length).toBeGreaterThan(0);
  });

  it('follows internships at every stage of the label workflow, with a verifiable label', async () => {
    expect(first.counts.internships).toBe(5);
    const manager = await login(platform, `samia.ben-amor@${DEMO_EMAIL_DOMAIN}`, DEMO_PASSWORD); // Informatique et réseaux
    const { body: followed } = await platform.http(manager.accessToken).get('/internships').expect(200);
    expect(followed.items.map((i: { status: string }) => i.status).sort()).toEqual(['in_progress', 'labelled']);
    const running = followed.items.find((i: { status: string }) => i.status === 'in_progress');
    const { body: dashboard } = await platform.http(manager.accessToken).get(`/internships/${running.id}`).expect(200);
    expect(JSON.stringify(dashboard)).toContain('intermediate_review');
    const { body: journal } = await platform
      .http(manager.accessToken)
      .get(`/internships/${running.id}/journal`)
      .expect(200);
    expect(journal.items.filter((e: { flagged: boolean }) => e.flagged)).toHaveLength(1);
    const [labelled] = await sql<{ label_code: string }>(
      `SELECT label_code FROM internships WHERE status = 'labelled'`,
    );
    const { body: label } = await platform.http().get(`/labels/${labelled.label_code}`).expect(200);
    expect(JSON.stringify(label)).toContain('Ouertani');
    const all = await sql<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM internships GROUP BY status',
    );
    expect(Object.fromEntries(all.map((r) => [r.status, r.n]))).toEqual({ setup: 1, in_progress: 3, labelled: 1 });
  });

  it('changes nothing when run a second time', async () => {
    const before = await snapshot();
    const second = await demo.get(DemoLoaderService).load();
    expect(second).toMatchObject({
      outcome: 'already-loaded',
      removed: null,
      textExtraction: { queued: 0, leftForSweep: 0 },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('with reset, replaces the demo world and the index follows', async () => {
    const oldIds = new Set((await sql<{ id: string }>('SELECT id FROM internship_requests')).map((r) => r.id));
    const oldFiles = await storedFiles(platform);
    const report = await demo.get(DemoLoaderService).load({ reset: true });
    expect(report).toMatchObject({
      outcome: 'loaded',
      removed: { users: 51, requests: 30 },
      textExtraction: { queued: 60 },
    });
    expect(await count('SELECT 1 FROM internship_requests WHERE id = ANY ($1::uuid[])', [[...oldIds]])).toBe(0);
    expect(await count('SELECT 1 FROM internship_requests')).toBe(30);
    expect(await count('SELECT 1 FROM universities')).toBe(2);
    expect(await count('SELECT 1 FROM companies')).toBe(3);
    const files = await storedFiles(platform);
    expect(files).toHaveLength(60);
    expect(files.filter((file) => oldFiles.includes(file))).toEqual([]);

    contact = await login(platform, first.accounts[1].email, DEMO_PASSWORD);
    await untilDemo(
      () => search(),
      (r) => r.total === first.counts.visibleRequests && r.items.every((item) => !oldIds.has(item.requestId)),
      'the index to hold only the new requests',
    );
  }, 150_000);
});
