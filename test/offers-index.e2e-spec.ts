import { Client } from '@elastic/elasticsearch';
import { OFFERS_INDEX } from '../indexer/offers/offer-document';
import { OffersIndexService } from '../indexer/offers/offers-index.service';
import { SearchRebuilds } from '../indexer/rebuild/search-rebuilds';
import { Role } from '../src/common/auth/role.enum';
import { createCompanyContact, createUserDirectly, TestAccount } from './support/accounts';
import { until } from './support/eventually';
import { softwareOfferBody } from './support/offers';
import { TestPlatform } from './support/platform';

/** The offers projection: follows every change through the outbox, rebuilt with the same alias swap as profiles. */
describe('offers index', () => {
  let platform: TestPlatform;
  let client: Client;
  let contact: TestAccount & { companyId: string };
  let alias: string;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    client = new Client({ node: platform.config.elasticsearch.url });
    contact = await createCompanyContact(platform);
    alias = platform.worker!.get(OffersIndexService).alias;
  });
  afterAll(async () => {
    await client?.close();
    await platform?.close();
  });

  const body = (title: string) =>
    softwareOfferBody(title, {
      mission: 'Développer des services NestJS.',
      skills: ['TypeScript'],
      profileText: 'Curieux.',
    });

  async function indexed(id: string): Promise<{ title: string; status: string; version: number } | null> {
    const response = await client.get<{ title: string; status: string; version: number }>(
      { index: alias, id },
      { ignore: [404] },
    );
    return response.found ? response._source! : null;
  }

  it('holds published offers only, and follows edits, unpublishing and filling', async () => {
    const http = platform.http(contact.accessToken);
    const created = (await http.post(`/companies/${contact.companyId}/offers`).send(body('Stage backend')).expect(201))
      .body;
    const draft = (await http.post(`/companies/${contact.companyId}/offers`).send(body('Brouillon')).expect(201)).body;

    await http.post(`/offers/${created.id}/publish`).expect(200);
    const published = await until(
      () => indexed(created.id),
      (doc) => doc !== null,
      'publication',
    );
    expect(published).toMatchObject({ title: 'Stage backend', status: 'published', version: 2 });

    await http.patch(`/offers/${created.id}`).send({ title: 'Stage backend TypeScript' }).expect(200);
    await until(
      () => indexed(created.id),
      (doc) => doc?.title === 'Stage backend TypeScript',
      'the edit',
    );

    await http.post(`/offers/${created.id}/unpublish`).expect(200);
    await until(
      () => indexed(created.id),
      (doc) => doc === null,
      'unpublishing',
    );
    await http.post(`/offers/${created.id}/publish`).expect(200);
    await until(
      () => indexed(created.id),
      (doc) => doc !== null,
      'publishing again',
    );
    await http.post(`/offers/${created.id}/fill`).expect(200);
    await until(
      () => indexed(created.id),
      (doc) => doc === null,
      'filling',
    );
    expect(await indexed(draft.id)).toBeNull();
  });

  it('rebuilds into a new index, swaps the alias, and reports it to administrators', async () => {
    const http = platform.http(contact.accessToken);
    const ids: string[] = [];
    for (const title of ['Stage A', 'Stage B', 'Stage C']) {
      const { id } = (await http.post(`/companies/${contact.companyId}/offers`).send(body(title)).expect(201)).body;
      await http.post(`/offers/${id}/publish`).expect(200);
      ids.push(id);
    }
    await until(
      () => indexed(ids[2]),
      (doc) => doc !== null,
      'publication',
    );
    const indices = platform.worker!.get(OffersIndexService);
    const before = await indices.current();

    const report = await platform.worker!.get(SearchRebuilds).get(OFFERS_INDEX).rebuild();
    expect(report.previous).toBe(before);
    expect(report.index).not.toBe(before);
    expect(await indices.current()).toBe(report.index);
    const [{ n }] = await platform.dataSource.query(`SELECT count(*)::int AS n FROM offers WHERE status = 'published'`);
    expect(report.documents).toBe(n);
    expect(n).toBe(3);

    const admin = await createUserDirectly(platform, Role.Admin);
    const status = (await platform.http(admin.accessToken).get('/admin/search/status').expect(200)).body;
    expect(status.offers).toMatchObject({ alias, index: report.index, documents: 3, rebuild: { running: false } });
    expect(status.profiles.alias).not.toBe(alias);

    const started = (await platform.http(admin.accessToken).post('/admin/search/rebuild').expect(202)).body;
    expect(started.jobIds.offers).toMatch(/^manual-.*-offers$/);
    const done = await until(
      async () => (await platform.http(admin.accessToken).get('/admin/search/status').expect(200)).body,
      (body) => body.offers.rebuild.last?.state === 'completed' && body.profiles.rebuild.last?.state === 'completed',
      'the rebuild jobs',
    );
    expect(done.offers.index).toBe(done.offers.rebuild.last.result.index);
    expect(done.offers.rebuild.last.result.previous).toBe(report.index);
    expect(done.offers.documents).toBe(3);
  });
});
