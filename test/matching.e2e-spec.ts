import { createCompanyContact, createStudent, seedProgramme, TestAccount } from './support/accounts';
import { softwareOfferBody } from './support/offers';
import { TestPlatform } from './support/platform';
import { cvPdf } from './support/pdf-fixtures';
import { createRequest, startDocumentsPlatform, upload } from './support/requests-helpers';
import { untilIdle } from './support/eventually';

type Contact = TestAccount & { companyId: string };
interface Reason {
  criterion: string;
  points?: number;
  contribution?: number;
  matched: string[];
}
interface Candidate {
  requestId: string;
  score: number;
  textRelevance: number;
  why: Reason[];
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A maintenance internship whose words (mission, skills) say more than its sector: what the text criterion is for. */
const maintenanceOffer = (title: string) =>
  softwareOfferBody(title, {
    mission: 'Surveiller les machines tournantes par analyse vibratoire et thermographie, planifier les interventions.',
    profileText: 'Goût du terrain, rigueur dans les relevés.',
    wantedNaceDivisions: ['33'],
    wantedStudyYears: [5],
    wantedProgrammes: ['Génie Électromécanique'],
    skills: ['analyse vibratoire (notions)', 'thermographie infrarouge', 'HACCP'],
    // Started a month ago, twelve weeks long: only the weeks still ahead count.
    startDate: day(-30),
    durationWeeks: 12,
    wantedCountries: ['MA'],
  });

const baseRequest = {
  wantedNaceDivisions: ['71'],
  wantedCountries: ['TN'],
  wantedCities: ['Sfax'],
  languages: ['fr'],
  visibleToCompanies: true,
  startDate: day(1),
  durationWeeks: 8,
};

/**
 * The matching on the real stack: text relevance, skills with partial credit and equivalents, dates from today on,
 * ties, a true "why", the same scoring in both directions, and the student's own country of residence.
 */
describe('matching', () => {
  let platform: TestPlatform;
  let contact: Contact;
  let offerId: string;
  const requests: Record<string, string> = {};
  const students: Record<string, TestAccount> = {};

  async function publishRequest(key: string, body: Record<string, unknown>, studyYear = 3): Promise<void> {
    const { programmeId } = await seedProgramme(platform, 'Génie électromécanique');
    const student = await createStudent(platform, { programmeId, studyYear });
    const { id } = await createRequest(platform, student.accessToken, { ...baseRequest, ...body });
    // The same software CV for everyone (a CV is needed to publish): it says nothing of maintenance.
    await upload(platform, student.accessToken, id, 'cv', cv).expect(201);
    await platform.http(student.accessToken).post(`/requests/${id}/publish`).expect(200);
    requests[key] = id;
    students[key] = student;
  }

  async function candidates(): Promise<Candidate[]> {
    return (await platform.http(contact.accessToken).get(`/offers/${offerId}/candidates?limit=100`).expect(200)).body
      .items;
  }
  const find = (items: Candidate[], key: string) => items.find((item) => item.requestId === requests[key])!;
  const reason = (item: { why: Reason[] }, criterion: string) => item.why.find((r) => r.criterion === criterion);

  let cv: Buffer;

  beforeAll(async () => {
    cv = await cvPdf();
    platform = await startDocumentsPlatform({ MATCH_DIGEST_INTERVAL_HOURS: '0', MATCHING_THRESHOLD: '0' });
    contact = await createCompanyContact(platform);
    await publishRequest('textual', {
      title: 'Stage en maintenance industrielle',
      message:
        'En projet, j’ai surveillé des machines tournantes : analyse vibratoire des paliers et thermographie infrarouge des armoires.',
      keywords: ['maintenance'],
    });
    await publishRequest('sectorOnly', {
      title: 'Stage en entreprise',
      message: 'Je cherche un stage dans une entreprise dynamique.',
      keywords: ['communication'],
      wantedNaceDivisions: ['33'],
    });
    await publishRequest('partial', { title: 'Stage', message: 'Quelques relevés de thermographie.', keywords: [] });
    await publishRequest('synonym', {
      title: 'Stage',
      message: 'Formée aux bonnes pratiques d’hygiène en cuisine.',
      keywords: [],
    });
    for (const key of ['twinA', 'twinB']) {
      await publishRequest(key, {
        title: 'Stage polyvalent',
        message: 'Disponible et motivé.',
        keywords: [],
        startDate: null,
        durationWeeks: null,
      });
    }
    await publishRequest('pastOnly', {
      title: 'Stage',
      message: 'Disponible le mois dernier.',
      keywords: [],
      startDate: day(-30),
      durationWeeks: 3,
    });
    const { id } = (
      await platform
        .http(contact.accessToken)
        .post(`/companies/${contact.companyId}/offers`)
        .send(maintenanceOffer('Stage maintenance conditionnelle'))
        .expect(201)
    ).body;
    offerId = id;
    await platform.http(contact.accessToken).post(`/offers/${offerId}/publish`).expect(200);
    await untilIdle(platform.dataSource);
  }, 120_000);
  afterAll(() => platform?.close());

  it('ranks a request whose texts match the mission above one that only ticks the sector', async () => {
    const items = await candidates();
    const textual = find(items, 'textual');
    const sectorOnly = find(items, 'sectorOnly');
    expect(items.indexOf(textual)).toBeLessThan(items.indexOf(sectorOnly));
    expect(reason(sectorOnly, 'sector')).toBeDefined();
    expect(reason(textual, 'sector')).toBeUndefined();
    expect(textual.textRelevance).toBeGreaterThan(sectorOnly.textRelevance);
  });

  it('names the matched words in a true why', async () => {
    const items = await candidates();
    const textual = find(items, 'textual');
    const text = reason(textual, 'text')!;
    expect(text.matched).toEqual(expect.arrayContaining(['vibratoire', 'thermographie', 'machines']));
    const written = fold(
      'Stage en maintenance industrielle En projet, j’ai surveillé des machines tournantes : analyse vibratoire des paliers et thermographie infrarouge des armoires. maintenance',
    );
    for (const word of text.matched) expect(written).toContain(word.slice(0, 5));
    expect(reason(textual, 'skills')!.matched).toEqual(['analyse vibratoire (notions)', 'thermographie infrarouge']);
    // No reason without its data: no sector, no wanted year (3 is not next to 5), no dates in the past.
    for (const item of items) for (const r of item.why) expect(r.points).toBeGreaterThan(0);
    expect(reason(textual, 'study_year')).toBeUndefined();
    expect(reason(textual, 'study_year_adjacent')).toBeUndefined();
  });

  it('gives partial credit for part of a skill, and credits the equivalents the project keeps', async () => {
    const items = await candidates();
    const partial = reason(find(items, 'partial'), 'skills')!;
    expect(partial.matched).toEqual(['thermographie infrarouge (thermographie)']);
    const full = reason(find(items, 'textual'), 'skills')!;
    // Half of one skill against two whole skills of three.
    expect(partial.points! * 4).toBeCloseTo(full.points!, 2);
    expect(reason(find(items, 'synonym'), 'skills')!.matched).toEqual(['HACCP']);
  });

  it("counts the offer's dates from today on only", async () => {
    const items = await candidates();
    // Available last month only: the offer started then, but that part is past.
    expect(reason(find(items, 'pastOnly'), 'period')).toBeUndefined();
    const ahead = reason(find(items, 'textual'), 'period')!;
    expect(ahead.points).toBeGreaterThan(0);
    expect(ahead.matched).toEqual([day(1), day(1 + 56)]);
  });

  it('breaks ties by text relevance, then by id, never by publication order', async () => {
    const items = await candidates();
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1], items[i]];
      expect(a.score).toBeGreaterThanOrEqual(b.score);
      if (a.score === b.score) {
        expect(a.textRelevance).toBeGreaterThanOrEqual(b.textRelevance);
        if (a.textRelevance === b.textRelevance) expect(a.requestId < b.requestId).toBe(true);
      }
    }
    const [twinA, twinB] = [find(items, 'twinA'), find(items, 'twinB')];
    expect(twinA.score).toBe(twinB.score);
    // twinB was published after twinA: the order follows the ids only.
    const order = [twinA, twinB].sort((a, b) => (a.requestId < b.requestId ? -1 : 1)).map((item) => item.requestId);
    expect(items.filter((item) => item === twinA || item === twinB).map((item) => item.requestId)).toEqual(order);
  });

  it('scores a pair the same way in both directions (the text share aside, normalised per list)', async () => {
    const items = await candidates();
    const matched = (await platform.http(students.textual.accessToken).get('/me/matched-offers').expect(200)).body
      .items;
    const offer = matched.find((item: { offer: { id: string } }) => item.offer.id === offerId);
    expect(offer).toBeDefined();
    const fromStudent = Object.fromEntries(
      offer.why
        .filter((r: Reason) => r.criterion !== 'text')
        .map((r: Reason) => [r.criterion, [r.contribution, r.matched]]),
    );
    const fromCompany = Object.fromEntries(
      find(items, 'textual')
        .why.filter((r) => r.criterion !== 'text')
        .map((r) => [r.criterion, [r.points, r.matched]]),
    );
    expect(fromStudent).toEqual(fromCompany);
    expect(Object.keys(fromCompany)).toEqual(expect.arrayContaining(['skills', 'period', 'country']));
  });

  it("uses the student's own country of residence, and names the university's country apart", async () => {
    let item = find(await candidates(), 'sectorOnly');
    expect(reason(item, 'home_country')).toBeUndefined();
    expect(reason(item, 'university_country')).toBeUndefined(); // TN, the offer wants MA
    const token = students.sectorOnly.accessToken;
    await platform.http(token).put('/me/schooling').send({ residenceCountry: 'XX' }).expect(400);
    await platform.http(token).put('/me/schooling').send({ residenceCountry: 'MA' }).expect(204);
    expect((await platform.http(token).get('/me').expect(200)).body.student).toMatchObject({
      residenceCountry: 'MA',
      universityCountry: 'TN',
    });
    await untilIdle(platform.dataSource);
    item = find(await candidates(), 'sectorOnly');
    expect(reason(item, 'home_country')).toMatchObject({ matched: ['MA'] });
    expect(reason(item, 'university_country')).toBeUndefined();
    await platform.http(token).put('/me/schooling').send({ residenceCountry: null }).expect(204);
    expect((await platform.http(token).get('/me').expect(200)).body.student.residenceCountry).toBeNull();
  });

  it('warns, without refusing, about a skill no published request shows', async () => {
    const skills = ['analyse vibratoire (notions)', 'HACCP', 'soudure orbitale TIG'];
    const { body } = await platform.http(contact.accessToken).patch(`/offers/${offerId}`).send({ skills }).expect(200);
    expect(body.skills).toEqual(skills);
    // HACCP is found through its equivalent ("bonnes pratiques d'hygiène"); nobody wrote about orbital welding.
    expect(body.warnings).toEqual([
      {
        code: 'skill_matches_no_request',
        field: 'skills',
        value: 'soudure orbitale TIG',
        message: expect.stringContaining('soudure orbitale TIG'),
      },
    ]);
    await platform
      .http(contact.accessToken)
      .patch(`/offers/${offerId}`)
      .send({ skills: skills.slice(0, 2) })
      .expect(200);
  });
});
