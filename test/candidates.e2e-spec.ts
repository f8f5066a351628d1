import { offerPeriod } from '../src/candidates/wanted-profile';
import { Role } from '../src/common/auth/role.enum';
import { prepareOffer, prepareRequest } from '../src/matching/match-facts';
import { scoreMatch } from '../src/matching/match-score';
import { createCompanyContact, createStudent, createUserDirectly, TestAccount } from './support/accounts';
import { TestPlatform } from './support/platform';
import {
  indexProfiles,
  insertGeneratedProfiles,
  insertProfileRows,
  profileRow,
  ProfileRow,
  Random,
} from './support/profile-factory';

type Contact = TestAccount & { companyId: string };

interface Reason {
  criterion: string;
  points: number;
  matched: string[];
}
interface Candidate {
  requestId: string;
  title: string;
  keywords: string[];
  programme: { id: string };
  student: { firstName: string; lastName: string };
  score: number;
  why: Reason[];
  highlights: { cv: string[] };
}

// The default weights (MATCHING_* in .env.example); the test platform runs with them.
const WEIGHT = { period: 2, sector: 1, studyYear: 4 };

const inAMonth = () => new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();

const OFFER = {
  title: 'Stage développeur back-end TypeScript',
  internshipType: 'mastery',
  mission: 'Développer l’API d’une plateforme de stages en NestJS et PostgreSQL.',
  durationWeeks: 24,
  startDate: '2027-02-01',
  city: 'Paris',
  countryCode: 'FR',
  position: 'Développeur stagiaire',
  allowance: { amount: 1000, currency: 'eur', period: 'month' },
  places: 2,
  applicationDeadline: inAMonth(),
  targeting: 'open',
  wantedNaceDivisions: ['62'],
  wantedStudyYears: [5],
  wantedProgrammes: ['Génie logiciel'],
  skills: ['TypeScript', 'NestJS', 'PostgreSQL'],
  languages: ['fr', 'en'],
  wantedCountries: ['TN'],
  profileText: 'Autonome et curieux.',
};

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('GET /offers/:id/candidates', () => {
  let platform: TestPlatform;
  let contact: Contact;
  let otherContact: Contact;
  let admin: TestAccount;
  let offerId: string;
  let hand: Record<'full' | 'keywordsOnly' | 'noDates' | 'section' | 'hidden' | 'draft', ProfileRow>;

  const candidates = (query = '', token = contact.accessToken, id = offerId) =>
    platform.http(token).get(`/offers/${id}/candidates${query ? `?${query}` : ''}`);

  /** Every candidate of a query, walking the cursors. */
  async function all(query: string): Promise<Candidate[]> {
    const items: Candidate[] = [];
    let cursor: string | null = null;
    do {
      const params = new URLSearchParams(query);
      params.set('limit', '100');
      if (cursor) params.set('cursor', cursor);
      const { body } = await candidates(params.toString()).expect(200);
      items.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    return items;
  }

  beforeAll(async () => {
    platform = await TestPlatform.start({
      env: { ELASTICSEARCH_INDEX_PREFIX: `${process.env.ELASTICSEARCH_INDEX_PREFIX}cand_` },
    });
    [contact, otherContact, admin] = await Promise.all([
      createCompanyContact(platform),
      createCompanyContact(platform),
      createUserDirectly(platform, Role.Admin),
    ]);
    offerId = (
      await platform.http(contact.accessToken).post(`/companies/${contact.companyId}/offers`).send(OFFER).expect(201)
    ).body.id;

    await insertGeneratedProfiles(platform.dataSource, { seed: 8080, count: 600 });
    const [{ id: universityId }] = await platform.dataSource.query(
      `INSERT INTO universities (name, country_code, city) VALUES ('Université des Candidats', 'TN', 'Sfax') RETURNING id`,
    );
    const [{ id: software }] = await platform.dataSource.query(
      `INSERT INTO programmes (university_id, name) VALUES ($1, 'Génie logiciel') RETURNING id`,
      [universityId],
    );
    const [{ id: marketing }] = await platform.dataSource.query(
      `INSERT INTO programmes (university_id, name) VALUES ($1, 'Marketing digital') RETURNING id`,
      [universityId],
    );
    const random = new Random(11);
    const cv = (text: string) => ({ id: random.uuid(), fileName: 'cv.pdf', text });
    const dates = { startDate: '2027-02-01', durationWeeks: 24 };
    const common = { countries: ['FR'], cities: ['Paris'], languages: ['fr', 'en'], ...dates };
    hand = {
      // Sector, year, programme and skills (two in keywords, the third in the CV).
      full: profileRow(random, software, {
        ...common,
        title: 'Stage de fin d’études en développement back-end',
        divisions: ['62'],
        studyYear: 5,
        keywords: ['TypeScript', 'NestJS'],
        cv: cv('Projet : une API REST en NestJS avec une base PostgreSQL et des tests automatisés.'),
      }),
      // Every skill in its keywords, nothing else of the wanted profile.
      keywordsOnly: profileRow(random, marketing, {
        ...common,
        title: 'Stage en communication digitale',
        divisions: ['73'],
        studyYear: 2,
        keywords: ['TypeScript', 'NestJS', 'PostgreSQL'],
      }),
      // Like `full`, without availability dates.
      noDates: profileRow(random, software, {
        ...common,
        startDate: null,
        durationWeeks: null,
        title: 'Stage en développement web',
        divisions: ['62'],
        studyYear: 5,
        keywords: ['TypeScript', 'NestJS'],
      }),
      // Division 63 is in section J like 62: the weaker sector match.
      section: profileRow(random, software, {
        ...common,
        title: 'Stage en traitement de données',
        divisions: ['63'],
        studyYear: 4,
        keywords: ['PostgreSQL'],
      }),
      hidden: profileRow(random, software, {
        ...common,
        title: 'Stage caché',
        divisions: ['62'],
        studyYear: 5,
        keywords: ['TypeScript', 'NestJS', 'PostgreSQL'],
        visible: false,
      }),
      draft: profileRow(random, software, {
        ...common,
        title: 'Brouillon',
        divisions: ['62'],
        studyYear: 5,
        keywords: ['TypeScript'],
        status: 'draft',
        publishedAt: null,
      }),
    };
    await insertProfileRows(platform.dataSource, Object.values(hand), 'cand');
    await indexProfiles(platform);
  }, 120_000);
  afterAll(() => platform?.close());

  const reason = (candidate: Candidate, criterion: string) => candidate.why.find((r) => r.criterion === criterion);

  it('ranks a candidate matching sector, year and skills above one matching keywords only', async () => {
    const items = await all('');
    const rank = (row: ProfileRow) => items.findIndex((item) => item.requestId === row.requestId);
    expect(rank(hand.full)).toBeGreaterThanOrEqual(0);
    expect(rank(hand.keywordsOnly)).toBeGreaterThan(rank(hand.full));
    const full = items[rank(hand.full)];
    expect(full.why.map((r) => r.criterion)).toEqual(
      expect.arrayContaining(['text', 'sector', 'study_year', 'programme', 'skills']),
    );
    expect(reason(full, 'skills')!.matched).toEqual(['TypeScript', 'NestJS', 'PostgreSQL']);
    // The text reason names the offer's words found in the request.
    expect(reason(full, 'text')!.matched).toEqual(expect.arrayContaining(['nestjs', 'postgresql']));
    // The skill found in the CV is marked in a CV excerpt.
    expect(full.highlights.cv.join(' ')).toContain('<mark>PostgreSQL</mark>');
    // What the list shows comes with the page (the window carried only what the scoring reads).
    expect(full).toMatchObject({
      title: hand.full.title,
      keywords: hand.full.keywords,
      programme: { id: hand.full.programmeId },
      student: { firstName: hand.full.firstName, lastName: hand.full.lastName },
    });
    const keywordsOnly = items[rank(hand.keywordsOnly)];
    expect(reason(keywordsOnly, 'sector')).toBeUndefined();
    expect(reason(keywordsOnly, 'skills')!.matched).toEqual(['TypeScript', 'NestJS', 'PostgreSQL']);
    expect(reason(items[rank(hand.section)], 'sector_section')).toMatchObject({ points: 0.5, matched: ['J'] });
  });

  it('never gives a missing field full credit: no dates earn less than covering dates', async () => {
    const items = await all('');
    const full = items.find((item) => item.requestId === hand.full.requestId)!;
    const noDates = items.find((item) => item.requestId === hand.noDates.requestId)!;
    expect(reason(full, 'period')!.points).toBeCloseTo(WEIGHT.period, 2);
    expect(reason(noDates, 'period')).toBeUndefined();
    expect(reason(noDates, 'period_open')!.points).toBeLessThan(WEIGHT.period);
    // Across the whole list: the period's full points only with both dates known.
    const { rows } = await rowsById(items.map((item) => item.requestId));
    for (const item of items) {
      const row = rows.get(item.requestId)!;
      const period = reason(item, 'period');
      if (!row.start_date || row.duration_weeks === null) expect(period).toBeUndefined();
      expect(period?.points ?? 0).toBeLessThanOrEqual(WEIGHT.period + 1e-6);
    }
  });

  it('scores are never negative and are the sum of the reasons', async () => {
    const items = await all('');
    // The whole window (MATCHING_WINDOW, 100 by default): strong and weak candidates alike.
    expect(items.length).toBeGreaterThanOrEqual(100);
    for (const item of items) {
      expect(item.score).toBeGreaterThanOrEqual(0);
      for (const r of item.why) expect(r.points).toBeGreaterThan(0);
      expect(item.why.reduce((sum, r) => sum + r.points, 0)).toBeCloseTo(item.score, 1);
    }
    const scores = items.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('lists only reasons that are true of the data', async () => {
    const items = (await all('')).slice(0, 150);
    const { rows } = await rowsById(items.map((item) => item.requestId));
    const offerEnd = '2027-07-19';
    let checked = 0;
    for (const item of items) {
      const row = rows.get(item.requestId)!;
      const text = fold([row.cv_text, row.letter_text, row.title, row.message, ...row.keywords].join(' '));
      for (const r of item.why) {
        checked++;
        switch (r.criterion) {
          case 'sector':
            expect(r.matched.length).toBeGreaterThan(0);
            for (const code of r.matched) expect(row.divisions).toContain(code);
            expect(r.matched.every((code) => OFFER.wantedNaceDivisions.includes(code))).toBe(true);
            break;
          case 'sector_section':
            expect(row.sections).toContain('J');
            expect(row.divisions).not.toContain('62');
            break;
          case 'study_year':
            expect(OFFER.wantedStudyYears).toContain(row.study_year);
            break;
          case 'study_year_adjacent':
            expect(OFFER.wantedStudyYears.some((year) => Math.abs(year - row.study_year) === 1)).toBe(true);
            break;
          case 'programme':
            expect(row.programme_name).toBe('Génie logiciel');
            break;
          case 'text':
            expect(r.matched.length).toBeGreaterThan(0);
            for (const word of r.matched) expect(text).toContain(word.slice(0, 4));
            break;
          case 'skills':
            for (const skill of r.matched) expect(text).toContain(fold(skill));
            break;
          case 'languages':
            for (const code of r.matched) expect(row.languages).toContain(code);
            break;
          case 'country':
            expect(row.countries).toContain('FR');
            break;
          case 'country_open':
            expect(row.countries).toEqual([]);
            break;
          case 'city':
            expect(row.cities.map(fold)).toContain('paris');
            break;
          case 'university_country':
            expect(row.university_country).toBe('TN');
            expect(r.matched).toEqual(['TN']);
            break;
          case 'period':
            expect(row.available_from <= offerEnd && row.available_to >= OFFER.startDate).toBe(true);
            expect(r.matched).toEqual([row.available_from, row.available_to]);
            break;
          case 'period_open':
            expect(row.available_from === null || row.available_to === null).toBe(true);
            break;
          case 'freshness':
            expect(row.published_at).not.toBeNull();
            break;
          default:
            throw new Error(`unexpected criterion ${r.criterion}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it("finds the offer's words in each CV as the service's own stemming does (the engine reads the window's texts)", async () => {
    const items = (await all('')).slice(0, 150);
    const { rows } = await rowsById(items.map((item) => item.requestId));
    const offer = prepareOffer({
      ...OFFER,
      divisions: OFFER.wantedNaceDivisions,
      sections: ['J'],
      studyYears: OFFER.wantedStudyYears,
      programmes: OFFER.wantedProgrammes,
      country: OFFER.countryCode,
      period: offerPeriod(OFFER.startDate, OFFER.durationWeeks),
    });
    const words = (reasons: Reason[]) =>
      reasons.filter((r) => r.criterion === 'skills' || r.criterion === 'text').map((r) => [r.criterion, r.matched]);
    let compared = 0;
    for (const item of items) {
      const row = rows.get(item.requestId)!;
      const request = prepareRequest({
        id: item.requestId,
        title: row.title,
        message: row.message,
        keywords: row.keywords,
        cvText: row.cv_text,
        letterText: row.letter_text,
        divisions: row.divisions,
        sections: row.sections,
        countries: row.countries,
        cities: row.cities,
        languages: row.languages,
        studyYear: row.study_year,
        programmeName: row.programme_name,
        universityCountry: row.university_country,
        residenceCountry: null,
        availableFrom: row.available_from,
        availableTo: row.available_to,
        publishedAt: null,
      });
      const text = item.why.find((r) => r.criterion === 'text');
      const share = text ? text.points / 4 : 0;
      const expected = scoreMatch(
        offer,
        request,
        share,
        platform.config.matching,
        new Date().toISOString().slice(0, 10),
      );
      expect(words(item.why)).toEqual(words(expected.why));
      expect(item.why.find((r) => r.criterion === 'skills')?.points).toBe(
        expected.why.find((r) => r.criterion === 'skills')?.points,
      );
      if (words(item.why).length > 0) compared++;
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('applies the hard filters the company asks for, and only those', async () => {
    const everyone = await all('');
    const sector = await all('requireSector=true');
    expect(sector.length).toBeLessThan(everyone.length);
    expect(sector.map((item) => item.requestId)).not.toContain(hand.keywordsOnly.requestId);
    expect(sector.every((item) => reason(item, 'sector'))).toBe(true);
    const year = await all('requireStudyYear=true&requirePeriod=true');
    expect(year.every((item) => reason(item, 'study_year'))).toBe(true);
    expect(year.every((item) => reason(item, 'period') || reason(item, 'period_open'))).toBe(true);
    const skills = await all('minSkills=3');
    expect(skills.map((item) => item.requestId).sort()).toEqual(
      [hand.full.requestId, hand.keywordsOnly.requestId].sort(),
    );
    const programme = await all('requireProgramme=true&requireCountry=true&requireLanguages=true');
    for (const item of programme) {
      expect(reason(item, 'programme')).toBeDefined();
      expect(reason(item, 'country')).toBeDefined();
      expect(reason(item, 'languages')!.matched).toEqual(['en', 'fr']);
    }
  });

  it("narrows with the guided search's facets and keywords without changing scores", async () => {
    const everyone = await all('');
    const { body } = await candidates('sector=62&limit=5').expect(200);
    expect(body.facets.sector.find((f: { value: string }) => f.value === '62')).toMatchObject({ selected: true });
    // Multi-select: the sector facet still lists other divisions.
    expect(body.facets.sector.length).toBeGreaterThan(1);
    const narrowed = await all('sector=62&q=NestJS');
    expect(narrowed.length).toBeGreaterThan(0);
    for (const item of narrowed) {
      const before = everyone.find((e) => e.requestId === item.requestId)!;
      expect(item.score).toBe(before.score);
    }
    expect(narrowed.map((item) => item.requestId)).toContain(hand.full.requestId);
  });

  it('pages with a cursor, each candidate once, in the order of one long page, showing each the same way', async () => {
    const { body: one } = await candidates('limit=60').expect(200);
    const paged: Candidate[] = [];
    let cursor: string | null = null;
    do {
      const { body }: { body: { items: Candidate[]; nextCursor: string | null } } = await candidates(
        `limit=7${cursor ? `&cursor=${cursor}` : ''}`,
      ).expect(200);
      paged.push(...body.items);
      cursor = paged.length < 60 ? body.nextCursor : null;
    } while (cursor);
    const ids = paged.map((item) => item.requestId);
    expect(ids.slice(0, 60)).toEqual(one.items.map((item: Candidate) => item.requestId));
    expect(new Set(ids).size).toBe(ids.length);
    // A first page takes what it shows from the preview fetched beside the ranking, a later page from its own query
    // (and a first page too, for a candidate the preview missed): the same candidate is shown the same way.
    expect(paged.slice(0, 60)).toEqual(one.items);
    expect(paged.some((item) => item.highlights.cv.length > 0)).toBe(true);
    await candidates('cursor=not-a-cursor').expect(400);
  });

  it('never lists a request not visible to companies', async () => {
    const ids = new Set((await all('')).map((item) => item.requestId));
    expect(ids.has(hand.hidden.requestId)).toBe(false);
    expect(ids.has(hand.draft.requestId)).toBe(false);
    const [{ n }] = await platform.dataSource.query(
      `SELECT count(*)::int AS n FROM internship_requests r JOIN users u ON u.id = r.student_id
        WHERE r.status = 'published' AND r.visible_to_companies AND u.disabled_at IS NULL`,
    );
    // The list holds the best MATCHING_WINDOW (100 by default) of them; `total` counts them all.
    expect(ids.size).toBe(Math.min(n, 100));
    expect((await candidates('limit=1').expect(200)).body.total).toBe(n);
  });

  it("answers the offer's company and admins only", async () => {
    await platform.http().get(`/offers/${offerId}/candidates`).expect(401);
    expect((await candidates('', otherContact.accessToken).expect(404)).body.code).toBe('offer_not_found');
    const student = await createStudent(platform);
    expect((await candidates('', student.accessToken).expect(403)).body.code).toBe('forbidden');
    await candidates('limit=1', admin.accessToken).expect(200);
    await candidates('', contact.accessToken, '00000000-0000-4000-8000-000000000000').expect(404);
    await candidates('', contact.accessToken, 'nope').expect(400);
  });

  it('is described in OpenAPI', async () => {
    const { body: openapi } = await platform.http().get('/docs-json').expect(200);
    const operation = openapi.paths['/offers/{id}/candidates'].get;
    expect(operation.tags).toEqual(['candidates']);
    const parameters = operation.parameters.map((p: { name: string }) => p.name);
    expect(parameters).toEqual(
      expect.arrayContaining(['id', 'q', 'sector', 'country', 'requireSector', 'minSkills', 'cursor', 'limit']),
    );
    expect(parameters).not.toContain('sort');
    expect(Object.keys(operation.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404', '503']),
    );
    expect(Object.keys(openapi.components.schemas.CandidateDto.properties)).toEqual(
      expect.arrayContaining(['score', 'why', 'requestId']),
    );
  });

  interface Row {
    title: string;
    message: string;
    keywords: string[];
    divisions: string[];
    sections: string[];
    countries: string[];
    cities: string[];
    languages: string[];
    start_date: string | null;
    duration_weeks: number | null;
    available_from: string;
    available_to: string;
    published_at: Date | null;
    study_year: number;
    programme_name: string;
    university_country: string;
    cv_text: string | null;
    letter_text: string | null;
  }

  /** The requests as Postgres holds them, read independently of the indexer. */
  async function rowsById(ids: string[]): Promise<{ rows: Map<string, Row> }> {
    const rows: Array<Row & { id: string }> = await platform.dataSource.query(
      `SELECT r.id, r.title, r.message, r.keywords, r.wanted_nace_divisions::text[] AS divisions,
              ARRAY(SELECT d.section_code::text FROM nace_divisions d WHERE d.code = ANY (r.wanted_nace_divisions)) AS sections,
              r.wanted_countries::text[] AS countries, r.wanted_cities AS cities, r.languages::text[] AS languages,
              to_char(r.start_date, 'YYYY-MM-DD') AS start_date, r.duration_weeks,
              to_char(r.start_date, 'YYYY-MM-DD') AS available_from,
              to_char(r.start_date + r.duration_weeks * 7, 'YYYY-MM-DD') AS available_to,
              r.published_at, sp.study_year, p.name AS programme_name, un.country_code AS university_country,
              (SELECT text FROM documents WHERE request_id = r.id AND kind = 'cv') AS cv_text,
              (SELECT text FROM documents WHERE request_id = r.id AND kind = 'letter') AS letter_text
         FROM internship_requests r JOIN student_profiles sp ON sp.user_id = r.student_id
         JOIN programmes p ON p.id = sp.programme_id JOIN universities un ON un.id = p.university_id
        WHERE r.id = ANY ($1::uuid[])`,
      [ids],
    );
    return { rows: new Map(rows.map((row) => [row.id, row])) };
  }
});
