import { Client } from '@elastic/elasticsearch';
import { createServer } from 'node:net';
import { Role } from '../src/common/auth/role.enum';
import { createCompanyContact, createStudent, createUserDirectly, TestAccount } from './support/accounts';
import { TestPlatform } from './support/platform';
import {
  GeneratedSet,
  indexProfiles,
  insertGeneratedProfiles,
  insertProfileRows,
  profileRow,
  ProfileRow,
  Random,
} from './support/profile-factory';

type Facet = 'sector' | 'country' | 'studyYear' | 'programme' | 'university';
const FACETS: Facet[] = ['sector', 'country', 'studyYear', 'programme', 'university'];

/** Search parameters; facet values go to `selected`, the rest are plain filters. */
interface Filters {
  q?: string;
  section?: string[];
  language?: string[];
  availableFrom?: string;
  availableTo?: string;
  selected?: Partial<Record<Facet, Array<string | number>>>;
}

function queryString(filters: Filters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  for (const [name, value] of Object.entries({ ...filters, ...filters.selected, selected: undefined })) {
    if (value === undefined) continue;
    // Both list forms the API accepts: countries as a comma list, every other list as repeated parameters.
    if (!Array.isArray(value)) params.set(name, String(value));
    else if (name === 'country') params.set(name, value.join(','));
    else value.forEach((item) => params.append(name, String(item)));
  }
  return params.toString();
}

// What Postgres says is searchable, written independently of the indexer's SQL.
const FACET_SQL: Record<Facet, { value: string; where: string }> = {
  sector: { value: 'unnest(r.wanted_nace_divisions)::text', where: 'r.wanted_nace_divisions && $::char(2)[]' },
  country: { value: 'unnest(r.wanted_countries)::text', where: 'r.wanted_countries && $::char(2)[]' },
  studyYear: { value: 'sp.study_year::text', where: 'sp.study_year = ANY ($::int[])' },
  programme: { value: 'sp.programme_id::text', where: 'sp.programme_id = ANY ($::uuid[])' },
  university: { value: 'p.university_id::text', where: 'p.university_id = ANY ($::uuid[])' },
};

function sqlWhere(filters: Filters, except?: Facet): { where: string; params: unknown[] } {
  const clauses = [`r.status = 'published'`, 'r.visible_to_companies', 'u.disabled_at IS NULL'];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => clauses.push(clause.replace('$', `$${params.push(value)}`));
  if (filters.section) {
    add(
      `EXISTS (SELECT 1 FROM nace_divisions d WHERE d.code = ANY (r.wanted_nace_divisions) AND d.section_code = ANY ($::text[]))`,
      filters.section,
    );
  }
  if (filters.language) add('r.languages && $::varchar(2)[]', filters.language);
  if (filters.availableTo) add('(r.start_date IS NULL OR r.start_date <= $::date)', filters.availableTo);
  // The end of availability is start + duration; without either it is open.
  const end = 'r.start_date + r.duration_weeks * 7';
  if (filters.availableFrom) add(`(${end} IS NULL OR ${end} >= $::date)`, filters.availableFrom);
  for (const facet of FACETS) {
    const values = filters.selected?.[facet];
    if (facet !== except && values?.length) add(FACET_SQL[facet].where, values);
  }
  return { where: clauses.join(' AND '), params };
}

interface SearchPage {
  total: number;
  items: Array<{ requestId: string }>;
  nextCursor: string | null;
}

const FROM = `FROM internship_requests r JOIN users u ON u.id = r.student_id
  JOIN student_profiles sp ON sp.user_id = r.student_id JOIN programmes p ON p.id = sp.programme_id`;

describe('GET /profiles/search', () => {
  let platform: TestPlatform;
  let contact: TestAccount & { companyId: string };
  let admin: TestAccount;
  const prefix = `${process.env.ELASTICSEARCH_INDEX_PREFIX}search_`;

  beforeAll(async () => {
    // An index prefix of its own: other test files build their own profiles alias on the same node.
    platform = await TestPlatform.start({ env: { ELASTICSEARCH_INDEX_PREFIX: prefix } });
    contact = await createCompanyContact(platform);
    admin = await createUserDirectly(platform, Role.Admin);
  });
  afterAll(() => platform?.close());

  const search = (filters: Filters, extra: Record<string, string> = {}, token = contact.accessToken) =>
    platform.http(token).get(`/profiles/search?${queryString(filters, extra)}`);

  async function sqlFacetCounts(facet: Facet, filters: Filters): Promise<Record<string, number>> {
    const { where, params } = sqlWhere(filters, facet);
    const rows: Array<{ v: string; n: number }> = await platform.dataSource.query(
      `SELECT v, count(DISTINCT id)::int AS n FROM (SELECT r.id, ${FACET_SQL[facet].value} AS v ${FROM} WHERE ${where}) x GROUP BY v`,
      params,
    );
    return Object.fromEntries(rows.map((row) => [row.v, row.n]));
  }

  async function sqlIds(filters: Filters): Promise<string[]> {
    const { where, params } = sqlWhere(filters);
    const rows: Array<{ id: string }> = await platform.dataSource.query(`SELECT r.id ${FROM} WHERE ${where}`, params);
    return rows.map((row) => row.id);
  }

  const countsOf = (items: Array<{ value: string; count: number }>) =>
    Object.fromEntries(items.filter((item) => item.count > 0).map((item) => [item.value, item.count]));

  it('answers an empty result before the first index exists, listing selected values at 0', async () => {
    const client = platform.api.get(Client, { strict: false });
    expect(await client.indices.existsAlias({ name: `${prefix}profiles` })).toBe(false); // the case under test
    const response = await search({ q: 'java', selected: { country: ['FR'] } }).expect(200);
    expect(response.body).toMatchObject({ total: 0, items: [], nextCursor: null });
    expect(response.body.facets.country).toEqual([{ value: 'FR', label: 'France', count: 0, selected: true }]);
    expect(response.body.facets.sector).toEqual([]);
  });

  it('admits admins and active company contacts only', async () => {
    await platform.http().get('/profiles/search').expect(401);
    const student = await createStudent(platform);
    expect((await search({}, {}, student.accessToken).expect(403)).body.code).toBe('forbidden');
    const pending = await createCompanyContact(platform, { companyId: contact.companyId, company: undefined });
    const refused = await search({}, {}, pending.accessToken).expect(403);
    expect(refused.body).toMatchObject({ status: 403, code: 'not_active_company_contact' });
    await search({}, {}, admin.accessToken).expect(200);
  });

  it('is described in OpenAPI: tag, bearer auth, parameters and the response shape', async () => {
    const { body: openapi } = await platform.http().get('/docs-json').expect(200);
    const operation = openapi.paths['/profiles/search'].get;
    expect(operation.tags).toEqual(['search']);
    expect(operation.security).toEqual([{ bearer: [] }]);
    const parameters = operation.parameters.map((p: { name: string }) => p.name);
    expect(parameters).toEqual(
      expect.arrayContaining([
        'q',
        ...FACETS,
        'section',
        'language',
        'availableFrom',
        'availableTo',
        'sort',
        'limit',
        'cursor',
      ]),
    );
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '503']));
    const response = openapi.components.schemas.ProfileSearchResponseDto;
    expect(Object.keys(response.properties)).toEqual(['total', 'tookMs', 'items', 'facets', 'nextCursor']);
  });

  it('names a malformed cursor, and other invalid parameters', async () => {
    const response = await search({}, { cursor: 'not-a-cursor' }).expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['cursor']);
    const invalid = await search({ selected: { country: ['XX'], studyYear: [9] } }, { limit: '500' }).expect(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'country',
      'limit',
      'studyYear',
    ]);
  });

  describe('on a few thousand generated requests', () => {
    let set: GeneratedSet;
    let universityId: string;
    let programmeId: string;
    let hand: Record<'dev' | 'cvOnly' | 'audit' | 'embedded' | 'hidden' | 'draft', ProfileRow>;

    beforeAll(async () => {
      set = await insertGeneratedProfiles(platform.dataSource, { seed: 20260115, count: 3000 });
      // Hand-written profiles in a university of their own, so a filter isolates them from the generated ones.
      [{ id: universityId }] = await platform.dataSource.query(
        `INSERT INTO universities (name, country_code, city) VALUES ('Université d’Analyse', 'TN', 'Sousse') RETURNING id`,
      );
      [{ id: programmeId }] = await platform.dataSource.query(
        `INSERT INTO programmes (university_id, name) VALUES ($1, 'Informatique') RETURNING id`,
        [universityId],
      );
      const random = new Random(7);
      const row = (fields: Partial<ProfileRow>) => profileRow(random, programmeId, fields);
      const cv = (text: string, fileName = 'cv.pdf') => ({ id: random.uuid(), fileName, text });
      hand = {
        dev: row({
          title: 'Stage d’ingénieur en développement web',
          keywords: ['Développement logiciel', 'TypeScript'],
          divisions: ['62'],
          countries: ['TN', 'FR'],
          studyYear: 4,
          civility: 'Mme',
          firstName: 'Khira',
          lastName: 'Khadraoui',
          cv: cv('Projet : développement d’une plateforme de stages en NestJS.', 'CV_Khadraoui.pdf'),
        }),
        cvOnly: row({
          title: 'Stage en gestion de projet',
          keywords: ['Agile'],
          cv: cv('Coordination du développement d’un logiciel.'),
        }),
        audit: row({
          title: 'Assistant comptable en cabinet d’audit',
          keywords: ['Comptabilité', 'Fiscalité'],
          cv: cv('Tenue de la comptabilité d’une PME.'),
        }),
        embedded: row({ title: 'Stage R&D <systèmes> embarqués', keywords: ['C++', 'Électronique'] }),
        hidden: row({ title: 'Stage en développement web (caché)', visible: false }),
        draft: row({ title: 'Développement mobile (brouillon)', status: 'draft', publishedAt: null }),
      };
      await insertProfileRows(platform.dataSource, Object.values(hand), 'hand');
      await indexProfiles(platform);
    }, 120_000);

    const idsFor = async (q: string): Promise<string[]> => {
      const response = await search({ q, selected: { university: [universityId] } }).expect(200);
      return response.body.items.map((item: { requestId: string }) => item.requestId);
    };

    it('understands French: accents, case, plurals and elision; ranks a title above a CV mention', async () => {
      for (const q of ['developpement', 'DÉVELOPPEMENTS', 'développement']) {
        expect({ q, ids: await idsFor(q) }).toEqual({ q, ids: [hand.dev.requestId, hand.cvOnly.requestId] });
      }
      for (const q of ["l'ingénieur", 'l’ingénieur', 'ingénieurs', 'L’INGENIEUR']) {
        expect({ q, ids: await idsFor(q) }).toEqual({ q, ids: [hand.dev.requestId] });
      }
      expect(await idsFor('comptabilite')).toEqual([hand.audit.requestId]);
      expect(await idsFor('boulangerie')).toEqual([]);
    });

    it('forgives a typo in titles and keywords, not in long texts (the cost trade-off)', async () => {
      expect(await idsFor('devloppement')).toEqual([hand.dev.requestId]);
      expect(await idsFor('comptabilitée fiscalite')).toEqual([hand.audit.requestId]);
    });

    it('never returns drafts or requests hidden from companies', async () => {
      const ids = [...(await idsFor('développement')), ...(await idsFor('caché')), ...(await idsFor('brouillon'))];
      expect(ids).not.toContain(hand.hidden.requestId);
      expect(ids).not.toContain(hand.draft.requestId);
      const all = await search({ selected: { university: [universityId] } }).expect(200);
      expect(all.body.total).toBe(4);
    });

    it('shows what the screen needs, with escaped, marked highlights', async () => {
      const response = await search({ q: 'developpement', selected: { university: [universityId] } }).expect(200);
      const [hit] = response.body.items;
      expect(hit).toMatchObject({
        requestId: hand.dev.requestId,
        title: hand.dev.title,
        sectors: [{ code: '62', label: 'Programmation informatique, conseils et activités connexes' }],
        countries: [
          { code: 'TN', name: 'Tunisie' },
          { code: 'FR', name: 'France' },
        ],
        studyYear: { code: 4, label: '4ème année' },
        programme: { id: programmeId, name: 'Informatique' },
        university: { id: universityId, name: 'Université d’Analyse' },
        student: { civility: 'Mme', firstName: 'Khira', lastName: 'Khadraoui' },
        publishedAt: hand.dev.publishedAt,
        cv: {
          documentId: hand.dev.cv!.id,
          fileName: 'CV_Khadraoui.pdf',
          url: `/api/documents/${hand.dev.cv!.id}/file`,
        },
      });
      expect(hit.highlights.title).toContain('<mark>développement</mark>');
      expect(hit.highlights.keywords).toEqual(['<mark>Développement</mark> logiciel']);
      expect(hit.highlights.cv.join(' ')).toContain('<mark>développement</mark>');
      expect(response.body.tookMs).toEqual(expect.any(Number));
      await platform.http(contact.accessToken).get(`/documents/${hand.dev.cv!.id}`).expect(200);

      const [embedded] = (await search({ q: 'embarqué', selected: { university: [universityId] } })).body.items;
      expect(embedded.highlights.title).toContain('R&amp;D &lt;systèmes&gt; <mark>embarqués</mark>');
    });

    it('counts each facet exactly as Postgres does, under the same filters', async () => {
      const cases: Filters[] = [
        {},
        {
          section: ['J', 'F'],
          language: ['en'],
          availableFrom: '2026-03-01',
          availableTo: '2026-05-31',
          selected: { country: ['FR', 'TN'], studyYear: [4, 5] },
        },
        {
          selected: {
            sector: ['62', '41'],
            university: set.universities.slice(0, 2).map((u) => u.id),
            programme: [set.programmes[0].id, set.programmes[4].id],
          },
        },
      ];
      for (const filters of cases) {
        const response = await search(filters).expect(200);
        expect(response.body.total).toBe((await sqlIds(filters)).length);
        for (const facet of FACETS) {
          const expected = await sqlFacetCounts(facet, filters);
          expect({ facet, filters, counts: countsOf(response.body.facets[facet]) }).toEqual({
            facet,
            filters,
            counts: expected,
          });
          const counts = response.body.facets[facet].map((item: { count: number }) => item.count);
          expect(counts).toEqual([...counts].sort((a, b) => b - a));
        }
      }
    });

    it('keeps multi-select semantics: ticking a second country leaves the first country’s count alone', async () => {
      const none = (await search({}).expect(200)).body.facets.country;
      const frIds = new Set(await sqlIds({ selected: { country: ['FR'] } }));
      const fr = (await search({ selected: { country: ['FR'] } }).expect(200)).body;
      const both = (await search({ selected: { country: ['FR', 'TN'] } }).expect(200)).body;
      expect(countsOf(fr.facets.country)).toEqual(countsOf(none));
      expect(countsOf(both.facets.country)).toEqual(countsOf(none));
      const ticked = both.facets.country.filter((item: { selected: boolean }) => item.selected);
      expect(ticked.map((item: { value: string }) => item.value).sort()).toEqual(['FR', 'TN']);
      // Plain filtering would count TN among the FR hits only, a smaller number on this data; multi-select counts all TN.
      const tn = (await sqlIds({ selected: { country: ['TN'] } })).length;
      const tnWithFr = (await sqlIds({ selected: { country: ['TN'] } })).filter((id) => frIds.has(id)).length;
      expect(tnWithFr).toBeLessThan(tn);
      expect(fr.facets.country.find((item: { value: string }) => item.value === 'TN').count).toBe(tn);
      expect(both.total).toBe((await sqlIds({ selected: { country: ['FR', 'TN'] } })).length);
      // Other facets do narrow to the ticked countries.
      expect(countsOf(both.facets.sector)).toEqual(
        await sqlFacetCounts('sector', { selected: { country: ['FR', 'TN'] } }),
      );
    });

    it.each([
      ['date', { selected: { country: ['TN'] } }, '100'],
      ['relevance', { q: 'stage développement', language: ['fr'] }, '20'],
    ])('walks every hit exactly once with the cursor (%s order)', async (_, filters: Filters, limit) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let total: number;
      do {
        const page: SearchPage = (await search(filters, { limit, ...(cursor ? { cursor } : {}) }).expect(200)).body;
        total = page.total;
        seen.push(...page.items.map((item) => item.requestId));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.length).toBe(total);
      expect(total).toBeGreaterThan(3 * Number(limit)); // several pages, so the cursor is really exercised
      expect(new Set(seen).size).toBe(total);
      if (!filters.q) expect(new Set(seen)).toEqual(new Set(await sqlIds(filters)));
    });

    it('speaks English when asked', async () => {
      const response = await search({ q: 'developpement', selected: { university: [universityId] } })
        .set('accept-language', 'en-GB,en;q=0.9')
        .expect(200);
      expect(response.body.items[0]).toMatchObject({
        sectors: [{ code: '62', label: 'Computer programming, consultancy and related activities' }],
        countries: [
          { code: 'TN', name: 'Tunisia' },
          { code: 'FR', name: 'France' },
        ],
        studyYear: { code: 4, label: '4th year' },
      });
      expect(response.body.facets.studyYear.find((item: { value: string }) => item.value === '4').label).toBe(
        '4th year',
      );
      const ticked = response.body.facets.university.find((item: { value: string }) => item.value === universityId);
      expect(ticked).toEqual({ value: universityId, label: 'Université d’Analyse', count: 2, selected: true });
    });
  });
});

describe('GET /profiles/search with Elasticsearch unreachable', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    const closed = `http://127.0.0.1:${await unusedPort()}`;
    platform = await TestPlatform.start({ worker: false, env: { ELASTICSEARCH_URL: closed } });
  });
  afterAll(() => platform?.close());

  it('answers 503 problem details naming Elasticsearch', async () => {
    const admin = await createUserDirectly(platform, Role.Admin);
    const response = await platform.http(admin.accessToken).get('/profiles/search?q=java').expect(503);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({
      status: 503,
      code: 'search_engine_unavailable',
      detail: expect.stringContaining('Elasticsearch'),
    });
  });
});

async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
