import { Client } from '@elastic/elasticsearch';
import { randomUUID } from 'node:crypto';
import { PROFILES_INDEX } from '../indexer/profiles/profile-document';
import { INDEXABLE_OFFERS_JSON, loadOffers } from '../indexer/offers/offer-source';
import { INDEXABLE_PROFILES_JSON, loadProfiles } from '../indexer/profiles/profile-source';
import { ProfilesIndexService } from '../indexer/profiles/profiles-index.service';
import { RebuildProgress, RebuildReport } from '../indexer/rebuild/index-rebuilder';
import { readIndexable } from '../indexer/rebuild/indexable-copy';
import { RebuildFailedError } from '../indexer/rebuild/rebuild.errors';
import { SearchRebuilds } from '../indexer/rebuild/search-rebuilds';
import { createCompanyContact, createStudent } from './support/accounts';
import { softwareOfferBody } from './support/offers';
import { TestPlatform } from './support/platform';
import { insertRequests } from './support/request-rows';
import { startWorker, testConfig } from './support/test-stack';

const SMALL_BUDGET = 65_536;

/** The full rebuild streams documents serialised by Postgres into bulk requests cut by bytes. */
describe('rebuild: documents streamed by a binary COPY, bulk requests cut by bytes', () => {
  let platform: TestPlatform;
  let client: Client;
  let studentId: string;

  beforeAll(async () => {
    platform = await TestPlatform.start({ env: { SEARCH_REBUILD_BULK_BYTES: String(SMALL_BUDGET) } });
    client = new Client({ node: platform.config.elasticsearch.url });
    studentId = (await createStudent(platform)).userId;
  });
  afterAll(async () => {
    await client?.close();
    await platform?.close();
  });

  async function attach(requestId: string, kind: 'cv' | 'letter', text: string): Promise<string> {
    const id = randomUUID();
    await platform.dataSource.query(
      `INSERT INTO documents (id, owner_id, request_id, kind, file_name, storage_key, size_bytes, sha256, content_type, text_status, text)
       VALUES ($1::uuid, $2, $3, $4, $5, 'generated/' || $1::text, 2048, repeat('0', 64), 'application/pdf', 'extracted', $6)`,
      [id, studentId, requestId, kind, `${kind} « ${requestId.slice(0, 4)} ».pdf`, text],
    );
    return id;
  }

  async function streamed(sql: string): Promise<Map<string, { version: string; document: unknown }>> {
    const rows: Array<{ id: string; version: string; document: string }> = await platform.dataSource.query(sql);
    return new Map(rows.map((row) => [row.id, { version: row.version, document: JSON.parse(row.document) }]));
  }

  /** The same query through the rebuild's binary COPY reader: bytes as Postgres holds them. */
  async function copied(sql: string): Promise<Map<string, { version: string; document: unknown }>> {
    const rows = new Map<string, { version: string; document: unknown }>();
    for await (const batch of readIndexable(platform.dataSource, sql)) {
      for (const [id, version, document] of batch)
        rows.set(id.toString(), { version: version.toString(), document: JSON.parse(document.toString()) });
    }
    return rows;
  }

  async function aliasIds(alias: string): Promise<string[]> {
    await client.indices.refresh({ index: alias });
    const response = await client.search({ index: alias, size: 10_000, _source: false, query: { match_all: {} } });
    return response.hits.hits.map((hit) => hit._id!).sort();
  }

  async function indexableIds(): Promise<string[]> {
    const rows: Array<{ id: string }> = await platform.dataSource.query(
      `SELECT r.id FROM internship_requests r JOIN users u ON u.id = r.student_id
        WHERE r.status = 'published' AND r.visible_to_companies AND u.disabled_at IS NULL ORDER BY r.id`,
    );
    return rows.map((row) => row.id);
  }

  it('serialises in Postgres exactly the documents the loaders build', async () => {
    const [withCv, plain] = await insertRequests(platform.dataSource, studentId, [
      { title: 'Stage « data » — "quotes" \\ back\\slash', keywords: ['NestJS', 'élève'], countries: ['TN', 'FR'] },
      { title: 'Sans CV', divisions: ['06', '62', '26'] },
    ]);
    await insertRequests(platform.dataSource, studentId, [
      { title: 'Caché', visible: false },
      { title: 'Brouillon', status: 'draft' },
    ]);
    await attach(withCv, 'cv', 'Ligne 1\nLigne 2\t« tab » \u0001 😀 "json" </script>');
    await attach(withCv, 'letter', 'Madame, Monsieur,\r\nje candidate.');

    const profiles = await streamed(INDEXABLE_PROFILES_JSON);
    expect([...profiles.keys()]).toEqual(expect.arrayContaining([withCv, plain]));
    const states = await loadProfiles(platform.dataSource.manager, [...profiles.keys()]);
    for (const state of states) {
      expect(profiles.get(state.requestId)).toEqual({ version: String(state.version), document: state.document });
    }
    expect((profiles.get(withCv)!.document as { cv_text: string }).cv_text).toContain('😀');
    // The rebuild reads the same rows as bytes, in the same order.
    const copy = await copied(INDEXABLE_PROFILES_JSON);
    expect([...copy.keys()]).toEqual([...profiles.keys()]);
    expect(copy).toEqual(profiles);
    expect((await indexableIds()).filter((id) => !profiles.has(id))).toEqual([]);

    const contact = await createCompanyContact(platform);
    const http = platform.http(contact.accessToken);
    const offer = (
      await http
        .post(`/companies/${contact.companyId}/offers`)
        .send(softwareOfferBody('Stage « backend »', { skills: ['TypeScript', 'SQL'], wantedStudyYears: [3, 4] }))
        .expect(201)
    ).body;
    await http.post(`/offers/${offer.id}/publish`).expect(200);
    await http.post(`/companies/${contact.companyId}/offers`).send(softwareOfferBody('Brouillon')).expect(201);

    const offers = await streamed(INDEXABLE_OFFERS_JSON);
    expect([...offers.keys()]).toContain(offer.id);
    expect(await copied(INDEXABLE_OFFERS_JSON)).toEqual(offers);
    const offerStates = await loadOffers(platform.dataSource.manager, [...offers.keys()]);
    expect(offerStates.every((state) => state.document !== null)).toBe(true);
    for (const state of offerStates) {
      expect(offers.get(state.offerId)).toEqual({ version: String(state.version), document: state.document });
    }
  });

  it('cuts the load into bulk requests by bytes and indexes every document exactly once', async () => {
    await insertRequests(
      platform.dataSource,
      studentId,
      Array.from({ length: 300 }, (_, i) => ({
        title: `Demande de stage par octets ${i}`,
        keywords: ['rebuild', `k${i}`],
      })),
    );
    const expected = await indexableIds();
    const progress: RebuildProgress[] = [];
    const rebuild = platform.worker!.get(SearchRebuilds).get(PROFILES_INDEX);
    const report: RebuildReport = await rebuild.rebuild((step) => progress.push(step));

    expect(report.documents).toBe(expected.length);
    expect(report.bulk.documents).toBe(expected.length);
    // The requests hold at most the budget each (no document is near it here), so there are at least bytes / budget.
    expect(report.bulk.largestRequestBytes).toBeLessThanOrEqual(SMALL_BUDGET);
    expect(report.bulk.requests).toBeGreaterThanOrEqual(Math.ceil(report.bulk.bytes / SMALL_BUDGET));
    expect(report.bulk.requests).toBeGreaterThan(3);
    // One progress report at the start, then one per acknowledged request, up to every document.
    expect(progress).toHaveLength(report.bulk.requests + 1);
    expect(progress[0]).toEqual({ loaded: 0, total: expected.length });
    expect(progress.map((step) => step.loaded)).toEqual([...progress.map((step) => step.loaded)].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toEqual({ loaded: expected.length, total: expected.length });

    const alias = platform.worker!.get(ProfilesIndexService).alias;
    expect(await platform.worker!.get(ProfilesIndexService).current()).toBe(report.index);
    expect(await aliasIds(alias)).toEqual(expected);
  });

  it('rebuilds requests with very large CVs holding no more than two requests of bytes, a huge one sent alone', async () => {
    const budget = 524_288;
    const ids = await insertRequests(
      platform.dataSource,
      studentId,
      Array.from({ length: 50 }, (_, i) => ({ title: `Gros CV ${i}` })),
    );
    for (const [i, id] of ids.entries()) await attach(id, 'cv', `${i} `.padEnd(200_000, 'compétences TypeScript '));
    // 200k characters of CV and 200k two-byte characters of letter: one document above the budget.
    await attach(ids[0], 'letter', 'é'.repeat(200_000));

    const worker = await startWorker(
      testConfig(platform.database, { SMTP_URL: platform.smtp.url, SEARCH_REBUILD_BULK_BYTES: String(budget) }),
    );
    try {
      const report = await worker.get(SearchRebuilds).get(PROFILES_INDEX).rebuild();
      const { bulk } = report;
      const expected = await indexableIds();
      expect(report.documents).toBe(expected.length);
      expect(bulk.documents).toBe(expected.length);
      expect(bulk.largestDocumentBytes).toBeGreaterThan(budget);
      // A request goes over the budget only to carry that one document alone.
      expect(bulk.largestRequestBytes).toBe(bulk.largestDocumentBytes);
      // Two 200k-character CVs fit a request, three do not: at least 25 requests for the 50, plus the huge one.
      expect(bulk.requests).toBeGreaterThanOrEqual(26);
      // In flight plus filling: never more than two requests' worth, whatever one document weighs.
      expect(bulk.peakHeldBytes).toBeLessThanOrEqual(budget + bulk.largestDocumentBytes);
      expect(bulk.peakHeldBytes).toBeGreaterThan(budget / 2);

      const alias = worker.get(ProfilesIndexService).alias;
      expect(await aliasIds(alias)).toEqual(expected);
      const huge = await client.get<{ letter_text: string }>({ index: alias, id: ids[0] });
      expect(huge._source!.letter_text).toHaveLength(200_000);
    } finally {
      await worker.close();
    }
  }, 180_000);

  it('stops at a refused document mid-stream: alias untouched, new index removed, the next rebuild runs', async () => {
    const rebuild = platform.worker!.get(SearchRebuilds).get(PROFILES_INDEX);
    const indices = platform.worker!.get(ProfilesIndexService);
    const [refused] = await insertRequests(platform.dataSource, studentId, [{ title: 'Ville trop longue' }]);
    // A keyword above Lucene's 32,766-byte term limit: the engine refuses that one document.
    await platform.dataSource.query(
      `UPDATE internship_requests SET wanted_cities = ARRAY[repeat('x', 40000)] WHERE id = $1`,
      [refused],
    );
    await indices.ensure();
    expect(Object.keys(await client.indices.getAlias({ name: indices.alias }))).toHaveLength(1);
    const before = await indices.current();
    const kept = Object.keys(await client.indices.get({ index: `${indices.alias}_v*` })).sort();
    const error = await rebuild.rebuild().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RebuildFailedError);
    expect((error as Error).message).toContain(refused);
    expect(await indices.current()).toBe(before);
    // Its new index is gone, the others are untouched.
    const after = Object.keys(await client.indices.get({ index: `${indices.alias}_v*` })).sort();
    expect(after).toEqual(kept);

    await platform.dataSource.query(`UPDATE internship_requests SET wanted_cities = '{}' WHERE id = $1`, [refused]);
    const report = await rebuild.rebuild();
    expect(report.documents).toBe((await indexableIds()).length);
  }, 120_000);
});
