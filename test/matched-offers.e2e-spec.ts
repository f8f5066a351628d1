import { randomBytes } from 'node:crypto';
import { MatchDigestService } from '../src/matched-offers/match-digest.service';
import { createCompanyContact, createStudent, seedProgramme, TestAccount } from './support/accounts';
import { softwareOfferBody } from './support/offers';
import { TestPlatform } from './support/platform';
import { ReceivedMail } from './support/smtp-receiver';
import { cvPdf } from './support/pdf-fixtures';
import { createRequest, startDocumentsPlatform, upload } from './support/requests-helpers';
import { until, untilIdle } from './support/eventually';

type Contact = TestAccount & { companyId: string };
type Matched = {
  offer: { id: string; title: string };
  score: number;
  why: Array<{ criterion: string; contribution: number; matched: string[] }>;
};

/** A software internship: what the TypeScript students below ask for. */
const softwareOffer = softwareOfferBody;

const softwareRequest = {
  title: 'Stage de fin d’études en développement web',
  message: 'Je cherche un stage en développement backend.',
  keywords: ['TypeScript', 'NestJS'],
  wantedNaceDivisions: ['62'],
  wantedCountries: ['TN'],
  wantedCities: ['Sfax'],
  startDate: '2027-02-01',
  durationWeeks: 16,
  languages: ['fr'],
  visibleToCompanies: true,
};

/**
 * Request → offers matching on the real stack: the worker follows the search sync, matches requests and
 * offers with targeting as hard filters, records each match with its why, and mails digests once per offer.
 */
describe('matched offers', () => {
  let platform: TestPlatform;
  let contact: Contact;
  let tn: { universityId: string; programmeId: string };
  let inside: TestAccount; // Tunisian university, Génie logiciel, year 4
  let outside: TestAccount; // another university, same wishes
  const offers: Record<string, string> = {};
  const titles: Record<string, string> = {};

  const http = () => platform.http(contact.accessToken);
  async function publishOffer(key: string, extra: Record<string, unknown> = {}): Promise<string> {
    const title = `${key} ${randomBytes(2).toString('hex')}`;
    const { id } = (
      await http().post(`/companies/${contact.companyId}/offers`).send(softwareOffer(title, extra)).expect(201)
    ).body;
    await http().post(`/offers/${id}/publish`).expect(200);
    offers[key] = id;
    titles[key] = title;
    return id;
  }

  async function matched(student: TestAccount): Promise<Matched[]> {
    return (await platform.http(student.accessToken).get('/me/matched-offers?limit=50').expect(200)).body.items;
  }

  const ids = (items: Matched[]) => items.map((item) => item.offer.id).sort();

  beforeAll(async () => {
    // No interval between digests here: each run may send, so the dedup of offers is what is tested.
    platform = await startDocumentsPlatform({ MATCH_DIGEST_INTERVAL_HOURS: '0' });
    tn = await seedProgramme(platform, 'Génie logiciel');
    const other = await seedProgramme(platform, 'Génie logiciel');
    [contact, inside, outside] = await Promise.all([
      createCompanyContact(platform),
      createStudent(platform, { programmeId: tn.programmeId, studyYear: 4 }),
      createStudent(platform, { programmeId: other.programmeId, studyYear: 4 }),
    ]);
    await publishOffer('open');
    await publishOffer('university', { targeting: 'university', targetUniversityId: tn.universityId });
    await publishOffer('food', {
      wantedNaceDivisions: ['10'],
      wantedStudyYears: [1],
      wantedProgrammes: ['Agroalimentaire'],
      skills: ['HACCP'],
      city: 'Clapiers',
      countryCode: 'FR',
    });
    await publishOffer('unpublished');
    await http().post(`/offers/${offers.unpublished}/unpublish`).expect(200);
    await untilIdle(platform.dataSource);
  });
  afterAll(() => platform?.close());

  it('gives a new request exactly the offers whose profile and target it satisfies, each with its why', async () => {
    for (const student of [inside, outside]) {
      const request = await createRequest(platform, student.accessToken, softwareRequest);
      await upload(platform, student.accessToken, request.id, 'cv', await cvPdf()).expect(201);
      expect(await matched(student)).toEqual([]); // a draft matches nothing
      await platform.http(student.accessToken).post(`/requests/${request.id}/publish`).expect(200);
    }
    await until(
      () => matched(inside),
      (items) => items.length >= 2,
      "the inside student's matches",
    );
    await untilIdle(platform.dataSource);

    expect(ids(await matched(inside))).toEqual([offers.open, offers.university].sort());
    expect(ids(await matched(outside))).toEqual([offers.open]);

    const [best] = await matched(inside);
    const why = Object.fromEntries(best.why.map((reason) => [reason.criterion, reason]));
    // The default weights (MATCHING_* in .env.example).
    expect(why.sector).toEqual({ criterion: 'sector', contribution: 1, matched: ['62'] });
    expect(why.study_year).toEqual({ criterion: 'study_year', contribution: 4, matched: ['4'] });
    // Two skills found of two listed: skill points are shared among at least three (MATCHING_WEIGHT_SKILLS = 4).
    expect(why.skills).toEqual({ criterion: 'skills', contribution: 2.667, matched: ['TypeScript', 'NestJS'] });
    expect(why.programme.matched).toEqual(['Génie logiciel']);
    expect(why.country.matched).toEqual(['TN']);
    expect(why.city.matched).toEqual(['Sfax']);
    // The university's country under its own name; the student gave no country of residence.
    expect(why.university_country.matched).toEqual(['TN']);
    expect(why.home_country).toBeUndefined();
    expect(why.text.matched.length).toBeGreaterThan(0);
    expect(why.period.contribution).toBeGreaterThan(0);
    expect(best.score).toBeCloseTo(
      best.why.reduce((sum, reason) => sum + reason.contribution, 0),
      2,
    );
    for (const reason of best.why) expect(reason.contribution).toBeGreaterThan(0);
    // The stored matches hold no offer outside the student's target, even below the API's filters.
    const rows = await platform.dataSource.query(`SELECT offer_id FROM offer_matches WHERE student_id = $1`, [
      outside.userId,
    ]);
    expect(rows.map((row: { offer_id: string }) => row.offer_id)).toEqual([offers.open]);
  });

  it('matches a newly published offer against the requests, targeting as a hard filter', async () => {
    await publishOffer('programme', { targeting: 'programme', targetProgrammeId: tn.programmeId });
    await until(
      () => matched(inside),
      (items) => ids(items).includes(offers.programme),
      'the new offer',
    );
    await untilIdle(platform.dataSource);
    expect(ids(await matched(outside))).toEqual([offers.open]);
  });

  it('e-mails each student a digest, never the same offer twice, never an offer outside their target', async () => {
    const digests = platform.worker!.get(MatchDigestService);
    await digests.sendDue();
    const insideMail = await platform.smtp.waitFor(
      (mail) => mail.to.includes(inside.email) && /offres de stage/.test(mail.subject),
    );
    const outsideMail = await platform.smtp.waitFor(
      (mail) => mail.to.includes(outside.email) && /offre de stage/.test(mail.subject),
    );
    for (const key of ['open', 'university', 'programme']) expect(insideMail.text).toContain(titles[key]);
    expect(insideMail.text).toContain('pourquoi :');
    expect(insideMail.text).toContain('secteur (62)');
    expect(outsideMail.text).toContain(titles.open);
    for (const key of ['university', 'programme', 'food', 'unpublished']) {
      expect(outsideMail.text).not.toContain(titles[key]);
    }

    // A second run finds nothing new to announce.
    const before = platform.smtp.messages.length;
    expect(await digests.sendDue()).toBe(0);
    // A digest goes through the mail outbox: any written would be sent once the worker is idle.
    await untilIdle(platform.dataSource);
    expect(platform.smtp.messages.length).toBe(before);

    // A new matching offer is announced alone; one unpublished before the digest stops matching and is never sent.
    await publishOffer('later');
    await publishOffer('withdrawn');
    await until(
      () => matched(inside),
      (items) => ids(items).includes(offers.later) && ids(items).includes(offers.withdrawn),
      'new offers',
    );
    await http().post(`/offers/${offers.withdrawn}/unpublish`).expect(200);
    await until(
      () => matched(inside),
      (items) => !ids(items).includes(offers.withdrawn),
      'the unpublished offer to go',
    );
    await untilIdle(platform.dataSource);
    const [{ n }] = await platform.dataSource.query(
      `SELECT count(*)::int AS n FROM offer_matches WHERE offer_id = $1`,
      [offers.withdrawn],
    );
    expect(n).toBe(0);

    await digests.sendDue();
    const later = await platform.smtp.waitFor(
      (mail) => mail.to.includes(inside.email) && mail.text.includes(titles.later),
    );
    expect(later.subject).toBe('Une nouvelle offre de stage correspond à votre demande');
    const everyMail = platform.smtp.to(inside.email).filter((mail) => /correspond/.test(mail.subject));
    for (const key of ['open', 'university', 'programme', 'later']) {
      expect(mailsNaming(everyMail, titles[key])).toBe(1);
    }
    expect(mailsNaming(everyMail, titles.withdrawn)).toBe(0);
  });

  it('lets a student see only their own matches, and keeps companies out', async () => {
    await platform.http(contact.accessToken).get('/me/matched-offers').expect(403);
    const page = (await platform.http(inside.accessToken).get('/me/matched-offers?limit=1&offset=1').expect(200)).body;
    expect(page).toMatchObject({ limit: 1, offset: 1, total: 4 });
    expect(page.items).toHaveLength(1);
  });
});

function mailsNaming(mails: ReceivedMail[], title: string): number {
  return mails.filter((mail) => mail.text.includes(title)).length;
}
