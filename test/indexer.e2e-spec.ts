import { Client } from '@elastic/elasticsearch';
import { createServer } from 'node:net';
import { ProfileBulkWriter } from '../indexer/profiles/profile-bulk.writer';
import { PROFILES_INDEX } from '../indexer/profiles/profile-document';
import { ProfilesIndexService } from '../indexer/profiles/profiles-index.service';
import { RebuildAlreadyRunningError } from '../indexer/rebuild/rebuild.errors';
import { ProfileState } from '../indexer/profiles/profile-source';
import { SearchRebuilds } from '../indexer/rebuild/search-rebuilds';
import { Role } from '../src/common/auth/role.enum';
import { createCompanyContact, createStudent, createUserDirectly } from './support/accounts';
import { until } from './support/eventually';
import { TestPlatform } from './support/platform';
import { insertRequests, updateRequests } from './support/request-rows';
import { startWorker, testConfig } from './support/test-stack';

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

describe('indexer: Elasticsearch kept in step with Postgres', () => {
  let platform: TestPlatform;
  let client: Client;
  let studentId: string;
  let alias: string;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    client = new Client({ node: platform.config.elasticsearch.url });
    studentId = (await createStudent(platform)).userId;
    alias = platform.worker!.get(ProfilesIndexService).alias;
  });
  afterAll(async () => {
    await client?.close();
    await platform?.close();
  });

  async function indexed(id: string): Promise<{ title: string; version: number } | null> {
    const response = await client.get<{ title: string; version: number }>({ index: alias, id }, { ignore: [404] });
    return response.found ? response._source! : null;
  }

  async function indexableCount(): Promise<number> {
    const [row] = await platform.dataSource.query(
      `SELECT count(*)::int AS n FROM internship_requests WHERE status = 'published' AND visible_to_companies`,
    );
    return row.n;
  }

  async function aliasCount(): Promise<number> {
    await client.indices.refresh({ index: alias });
    return (await client.count({ index: alias })).count;
  }

  it('follows a request through publish, edit, hiding and archiving', async () => {
    const [id] = await insertRequests(platform.dataSource, studentId, [{ title: 'Stage développeur web' }]);
    await until(
      () => indexed(id),
      (doc) => doc?.title === 'Stage développeur web',
      'the new request in the index',
    );

    await updateRequests(platform.dataSource, [id], { title: 'Stage développeur mobile' });
    const edited = await until(
      () => indexed(id),
      (doc) => doc?.title === 'Stage développeur mobile',
      'the edit in the index',
    );
    expect(edited!.version).toBe(2);

    await updateRequests(platform.dataSource, [id], { visible: false });
    await until(
      () => indexed(id),
      (doc) => doc === null,
      'the hidden request out of the index',
    );

    await updateRequests(platform.dataSource, [id], { visible: true });
    await until(
      () => indexed(id),
      (doc) => doc !== null,
      'the request shown again in the index',
    );
    await updateRequests(platform.dataSource, [id], { status: 'archived' });
    await until(
      () => indexed(id),
      (doc) => doc === null,
      'the archived request out of the index',
    );
  });

  it('never lets an older version overwrite a newer one', async () => {
    const writer = platform.worker!.get(ProfileBulkWriter);
    const index = (await platform.worker!.get(ProfilesIndexService).current())!;
    const [id] = await insertRequests(platform.dataSource, studentId, [
      { title: 'Version de départ', status: 'draft' },
    ]);
    const document = (title: string, version: number): ProfileState => ({
      requestId: id,
      version,
      document: { ...sampleDocument(id, studentId), title, version },
    });
    await writer.write(index, [document('Version 5', 5)], { refresh: true });
    const stale = await writer.write(index, [document('Version 3', 3), { requestId: id, version: 4, document: null }], {
      refresh: true,
    });
    expect(stale.failed.size).toBe(0); // refused as stale, which counts as done
    expect((await indexed(id))!.title).toBe('Version 5');
    await writer.write(index, [{ requestId: id, version: 6, document: null }], { refresh: true });
    expect(await indexed(id)).toBeNull();
  });

  it('keeps refused items in the outbox with their reason, and retries them', async () => {
    const index = (await platform.worker!.get(ProfilesIndexService).current())!;
    await client.indices.putSettings({ index, settings: { 'index.blocks.write': true } });
    let ids: string[] = [];
    try {
      ids = await insertRequests(platform.dataSource, studentId, [{ title: 'Bloqué un moment' }]);
      const failing = await until(
        () =>
          platform.dataSource.query(`SELECT attempts, last_error FROM search_outbox WHERE entity_id = $1`, [ids[0]]),
        (rows: Array<{ attempts: number; last_error: string }>) => rows[0]?.attempts >= 1,
        "the refused item's attempt recorded",
      );
      expect(failing[0].last_error).toMatch(/block/i);
    } finally {
      await client.indices.putSettings({ index, settings: { 'index.blocks.write': false } });
    }
    await until(
      () => indexed(ids[0]),
      (doc) => doc?.title === 'Bloqué un moment',
      'the refused item indexed once writes are allowed',
      20_000,
    );
  });

  it('lets changes wait in the outbox while Elasticsearch is unreachable, then catches up', async () => {
    await platform.worker!.close();
    const offline = await startWorker(
      testConfig(platform.database, {
        SMTP_URL: platform.smtp.url,
        ELASTICSEARCH_URL: `http://127.0.0.1:${await closedPort()}`,
      }),
    );
    let ids: string[];
    try {
      ids = await insertRequests(platform.dataSource, studentId, [
        { title: 'Pendant la panne' },
        { title: 'Aussi pendant la panne' },
      ]);
      // Nothing to wait for: a pass against a down engine rolls back and leaves no trace, so a fixed time in which
      // the drain passes several times, each of which must leave the rows waiting.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const pending = await platform.dataSource.query(
        `SELECT count(*)::int AS n FROM search_outbox WHERE entity_id = ANY ($1::uuid[]) AND processed_at IS NULL`,
        [ids],
      );
      expect(pending[0].n).toBe(2);
    } finally {
      await offline.close();
    }
    const online = await startWorker(testConfig(platform.database, { SMTP_URL: platform.smtp.url }));
    try {
      await until(
        () => indexed(ids[1]),
        (doc) => doc !== null,
        'the changes made during the outage in the index',
      );
      expect(await aliasCount()).toBe(await indexableCount());
    } finally {
      await online.close();
    }
  });

  it('rebuilds into a new index while searches keep answering, refuses a second rebuild, keeps one for rollback', async () => {
    const worker = await startWorker(testConfig(platform.database, { SMTP_URL: platform.smtp.url }));
    try {
      const rebuild = worker.get(SearchRebuilds).get(PROFILES_INDEX);
      const indices = worker.get(ProfilesIndexService);
      await insertRequests(
        platform.dataSource,
        studentId,
        Array.from({ length: 400 }, (_, i) => ({ title: `Demande de stage ${i}`, divisions: [i % 2 ? '62' : '26'] })),
      );
      const before = await indices.current();

      // Companies keep searching through the API during the whole rebuild.
      const company = await createCompanyContact(platform);
      let searching = true;
      let searches = 0;
      const failures: unknown[] = [];
      const loop = (async () => {
        while (searching) {
          const response = await platform.http(company.accessToken).get('/profiles/search?q=stage&limit=5');
          if (response.status === 200 && response.body.total > 0) searches += 1;
          else failures.push({ status: response.status, body: response.body });
        }
      })();
      const [first, second] = await Promise.allSettled([rebuild.rebuild(), rebuild.rebuild()]);
      searching = false;
      await loop;

      const outcomes = [first, second];
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
      expect(refused.reason).toBeInstanceOf(RebuildAlreadyRunningError);
      const report = (
        outcomes.find((o) => o.status === 'fulfilled') as PromiseFulfilledResult<{ index: string; previous: string }>
      ).value;
      expect(failures).toEqual([]);
      expect(searches).toBeGreaterThan(0);
      expect(report.previous).toBe(before);
      expect(await indices.current()).toBe(report.index);
      expect(await aliasCount()).toBe(await indexableCount());

      const again = await rebuild.rebuild();
      expect(again.previous).toBe(report.index);
      expect(again.deleted).toContain(before);
      const remaining = Object.keys(await client.indices.get({ index: `${alias}_v*` })).sort();
      expect(remaining).toEqual([report.index, again.index].sort());
    } finally {
      await worker.close();
    }
  });

  it('shows administrators the sync backlog and lets them start a rebuild', async () => {
    // The platform's own worker was stopped by an earlier test: this test brings its own.
    const worker = await startWorker(testConfig(platform.database, { SMTP_URL: platform.smtp.url }));
    try {
      const admin = await createUserDirectly(platform, Role.Admin);
      const student = await createStudent(platform);
      await platform.http(student.accessToken).get('/admin/search/status').expect(403);
      const index = await worker.get(ProfilesIndexService).ensure();
      await client.indices.putSettings({ index, settings: { 'index.blocks.write': true } });
      try {
        const [id] = await insertRequests(platform.dataSource, studentId, [{ title: 'En attente' }]);
        const status = await until(
          async () => (await platform.http(admin.accessToken).get('/admin/search/status').expect(200)).body,
          (body) => body.outbox.failing >= 1,
          'the refused item in the status',
        );
        expect(status.outbox.recentErrors[0]).toMatchObject({ entityId: id });
        expect(status.profiles).toMatchObject({ alias, index });
      } finally {
        await client.indices.putSettings({ index, settings: { 'index.blocks.write': false } });
      }

      const started = await platform.http(admin.accessToken).post('/admin/search/rebuild').expect(202);
      expect(started.body.jobId).toMatch(/^manual-/);
      const done = await until(
        async () => (await platform.http(admin.accessToken).get('/admin/search/status').expect(200)).body,
        (body) => body.rebuild.last?.state === 'completed' && body.outbox.pending === 0,
        'the manual rebuild completed and the outbox drained',
        30_000,
      );
      expect(done.profiles.index).toBe(done.rebuild.last.result.index);
      expect(done.profiles.documents).toBe(await indexableCount());
    } finally {
      await worker.close();
    }
  });
});

function sampleDocument(requestId: string, studentId: string) {
  return {
    request_id: requestId,
    student_id: studentId,
    title: '',
    message: '',
    keywords: [],
    cv_text: null,
    letter_text: null,
    nace_sections: ['J'],
    nace_divisions: ['62'],
    countries: ['TN'],
    cities: [],
    languages: ['fr'],
    study_year: 2,
    programme_id: studentId,
    programme_name: 'Génie logiciel',
    university_id: studentId,
    university_name: 'Université',
    university_country: 'TN',
    residence_country: null,
    civility: null,
    first_name: 'Khira',
    last_name: 'Khadraoui',
    cv: null,
    letter: null,
    available_from: null,
    available_to: null,
    published_at: new Date().toISOString(),
    updated_at: new Date().toISOString(),
    version: 1,
  };
}
