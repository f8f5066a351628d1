import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { Role } from '../src/common/auth/role.enum';
import { OfferExpiryService } from '../src/offers/offer-expiry.service';
import { OFFERS_QUEUE, OffersJob } from '../src/offers/offers-queue';
import {
  createCompanyContact,
  createStudent,
  createUserDirectly,
  seedProgramme,
  TestAccount,
} from './support/accounts';
import { until } from './support/eventually';
import { TestPlatform } from './support/platform';

type Contact = TestAccount & { companyId: string };

const inAMonth = () => new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();

const offerBody = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  internshipType: 'mastery',
  mission: 'Participer à la démarche qualité HACCP.',
  durationWeeks: 16,
  startDate: '2027-02-01',
  city: 'Clapiers',
  countryCode: 'fr',
  position: 'Assistant qualité',
  allowance: { amount: 600, currency: 'eur', period: 'month' },
  places: 2,
  applicationDeadline: inAMonth(),
  targeting: 'open',
  wantedNaceDivisions: ['10'],
  wantedStudyYears: [4, 5],
  wantedProgrammes: ['Agroalimentaire'],
  skills: [' HACCP ', 'haccp', 'Qualité', 'qualite'],
  languages: ['FR'],
  wantedCountries: ['tn', 'FR'],
  profileText: 'Rigoureux et curieux.',
  ...extra,
});

describe('offers', () => {
  let platform: TestPlatform;
  let tn: { universityId: string; programmeId: string };
  let tnOther: string;
  let fr: { universityId: string; programmeId: string };
  let contact: Contact;
  let otherContact: Contact;
  let studentA: TestAccount; // Tunisian university, programme A
  let studentB: TestAccount; // same university, another programme
  let studentC: TestAccount; // French university

  const create = async (title: string, extra: Record<string, unknown> = {}, who: Contact = contact) =>
    (
      await platform
        .http(who.accessToken)
        .post(`/companies/${who.companyId}/offers`)
        .send(offerBody(title, extra))
        .expect(201)
    ).body as { id: string; status: string };
  const publish = (id: string) => platform.http(contact.accessToken).post(`/offers/${id}/publish`).expect(200);

  beforeAll(async () => {
    platform = await TestPlatform.start();
    tn = await seedProgramme(platform, 'Génie logiciel');
    [{ id: tnOther }] = await platform.dataSource.query(
      `INSERT INTO programmes (university_id, name) VALUES ($1, 'Génie civil') RETURNING id`,
      [tn.universityId],
    );
    const [university] = await platform.dataSource.query(
      `INSERT INTO universities (name, country_code, city) VALUES ($1, 'FR', 'Montpellier') RETURNING id`,
      [`Université ${randomBytes(3).toString('hex')}`],
    );
    const [programme] = await platform.dataSource.query(
      `INSERT INTO programmes (university_id, name) VALUES ($1, 'Agronomie') RETURNING id`,
      [university.id],
    );
    fr = { universityId: university.id, programmeId: programme.id };
    [contact, otherContact, studentA, studentB, studentC] = await Promise.all([
      createCompanyContact(platform),
      createCompanyContact(platform),
      createStudent(platform, { programmeId: tn.programmeId, studyYear: 4 }),
      createStudent(platform, { programmeId: tnOther, studyYear: 4 }),
      createStudent(platform, { programmeId: fr.programmeId, studyYear: 5 }),
    ]);
  });
  afterAll(() => platform?.close());

  it('stores the offer with its wanted profile, normalised, and lists it for its company', async () => {
    const created = await platform
      .http(contact.accessToken)
      .post(`/companies/${contact.companyId}/offers`)
      .send(offerBody('Stagiaire en qualité agro-industrie'))
      .expect(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      version: 1,
      companyId: contact.companyId,
      countryCode: 'FR',
      allowance: { amount: 600, currency: 'EUR', period: 'month' },
      skills: ['HACCP', 'Qualité'],
      languages: ['fr'],
      wantedCountries: ['TN', 'FR'],
      wantedStudyYears: [4, 5],
      target: { targeting: 'open', label: 'Offre ouverte' },
      authorName: 'Valentin Bouquet',
    });
    const none = await platform
      .http(contact.accessToken)
      .patch(`/offers/${created.body.id}`)
      .send({ allowance: null })
      .expect(200);
    expect(none.body).toMatchObject({ allowance: null, version: 2 });

    const list = await platform
      .http(contact.accessToken)
      .get(`/companies/${contact.companyId}/offers?title=QUALITE agro&status=draft`)
      .expect(200);
    expect(list.body.total).toBe(1);
    expect(list.body.items[0]).toMatchObject({
      id: created.body.id,
      authorName: 'Valentin Bouquet',
      city: 'Clapiers',
      countryCode: 'FR',
      status: 'draft',
      target: { label: 'Offre ouverte' },
    });
    const english = await platform
      .http(contact.accessToken)
      .get(`/companies/${contact.companyId}/offers?title=qualité agro`)
      .set('accept-language', 'en')
      .expect(200);
    expect(english.body.items[0].target.label).toBe('Open offer');
  });

  it('shows a targeted offer only to its population, by list and by direct link', async () => {
    const tag = randomBytes(3).toString('hex');
    const offers = {
      open: await create(`Ouverte ${tag}`),
      tunisia: await create(`Pays ${tag}`, { targeting: 'country', targetCountryCode: 'tn' }),
      university: await create(`Université ${tag}`, { targeting: 'university', targetUniversityId: tn.universityId }),
      programme: await create(`Filière ${tag}`, { targeting: 'programme', targetProgrammeId: tn.programmeId }),
      france: await create(`France ${tag}`, { targeting: 'country', targetCountryCode: 'FR' }),
    };
    const draft = await create(`Brouillon ${tag}`);
    for (const offer of Object.values(offers)) await publish(offer.id);

    const company = await platform
      .http(contact.accessToken)
      .get(`/companies/${contact.companyId}/offers?title=${tag}`)
      .expect(200);
    const labels = Object.fromEntries(
      company.body.items.map((o: { title: string; target: { label: string } }) => [o.title, o.target.label]),
    );
    expect(labels).toMatchObject({ [`Ouverte ${tag}`]: 'Offre ouverte', [`Filière ${tag}`]: 'Offre ciblée' });

    const expected: Array<[TestAccount, Array<keyof typeof offers>]> = [
      [studentA, ['open', 'tunisia', 'university', 'programme']],
      [studentB, ['open', 'tunisia', 'university']],
      [studentC, ['open', 'france']],
    ];
    for (const [student, visible] of expected) {
      const list = await platform.http(student.accessToken).get(`/offers?title=${tag}&limit=100`).expect(200);
      const seen = list.body.items.map((o: { id: string }) => o.id).sort();
      expect(seen).toEqual(visible.map((key) => offers[key].id).sort());
      for (const [key, offer] of Object.entries(offers)) {
        const status = visible.includes(key as keyof typeof offers) ? 200 : 404;
        await platform.http(student.accessToken).get(`/offers/${offer.id}`).expect(status);
      }
      await platform.http(student.accessToken).get(`/offers/${draft.id}`).expect(404);
    }
  });

  it('moves through the allowed statuses only, and keeps every change in the history', async () => {
    const http = platform.http(contact.accessToken);
    const { id } = await create('Stage cycle de vie');
    const early = await http.post(`/offers/${id}/unpublish`).expect(409);
    expect(early.body).toMatchObject({ code: 'offer_invalid_transition', status: 409 });
    await http.post(`/offers/${id}/fill`).expect(409);

    await publish(id);
    await http.post(`/offers/${id}/publish`).expect(409);
    await http
      .post(`/offers/${id}/unpublish`)
      .expect(200)
      .expect(({ body }) => expect(body.status).toBe('unpublished'));
    await platform.http(studentA.accessToken).get(`/offers/${id}`).expect(404);
    await publish(id);
    await platform.http(studentA.accessToken).get(`/offers/${id}`).expect(200);
    await http
      .post(`/offers/${id}/fill`)
      .expect(200)
      .expect(({ body }) => expect(body.status).toBe('filled'));
    await http.post(`/offers/${id}/publish`).expect(409);
    await http.post(`/offers/${id}/unpublish`).expect(409);
    const closed = await http.patch(`/offers/${id}`).send({ title: 'Trop tard' }).expect(409);
    expect(closed.body.code).toBe('offer_closed');

    const history = await http.get(`/offers/${id}/history?limit=100`).expect(200);
    expect(history.body.items.map((h: { action: string }) => h.action).reverse()).toEqual([
      'created',
      'published',
      'unpublished',
      'published',
      'filled',
    ]);
    expect(history.body.items[0]).toMatchObject({
      actorId: contact.userId,
      changes: { status: { before: 'published', after: 'filled' } },
    });
  });

  it('refuses to publish again an unpublished offer whose deadline has passed', async () => {
    const { id } = await create('Stage republication');
    await publish(id);
    await platform.http(contact.accessToken).post(`/offers/${id}/unpublish`).expect(200);
    await platform.dataSource.query(`UPDATE offers SET application_deadline = now() - interval '1 day' WHERE id = $1`, [
      id,
    ]);
    const refused = await platform.http(contact.accessToken).post(`/offers/${id}/publish`).expect(409);
    expect(refused.body.code).toBe('offer_deadline_passed');
  });

  it('expires published offers past their deadline through the scheduled job, as the system', async () => {
    const queue = platform.worker!.get<Queue>(getQueueToken(OFFERS_QUEUE));
    const scheduler = await until(
      () => queue.getJobScheduler(OffersJob.ExpireOffers),
      (found) => Boolean(found),
      'the expiry schedule registered',
      5_000,
    );
    expect(scheduler).toMatchObject({ pattern: '0 * * * *' });

    const due = await create('Stage expiré');
    const ahead = await create('Stage encore ouvert');
    await publish(due.id);
    await publish(ahead.id);
    await platform.dataSource.query(
      `UPDATE offers SET application_deadline = now() - interval '1 hour' WHERE id = $1`,
      [due.id],
    );

    const expired = await platform.worker!.get(OfferExpiryService).expireDue();
    expect(expired).toBeGreaterThanOrEqual(1);
    const http = platform.http(contact.accessToken);
    await http
      .get(`/offers/${due.id}`)
      .expect(200)
      .expect(({ body }) => expect(body.status).toBe('expired'));
    await http
      .get(`/offers/${ahead.id}`)
      .expect(200)
      .expect(({ body }) => expect(body.status).toBe('published'));
    const history = await http.get(`/offers/${due.id}/history`).expect(200);
    expect(history.body.items[0]).toMatchObject({
      action: 'expired',
      actorId: null,
      changes: { status: { before: 'published', after: 'expired' } },
    });
    await http.post(`/offers/${due.id}/publish`).expect(409);
    await platform.http(studentA.accessToken).get(`/offers/${due.id}`).expect(404);
  });

  it('names each invalid field', async () => {
    const http = platform.http(contact.accessToken);
    const url = `/companies/${contact.companyId}/offers`;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ wantedNaceDivisions: ['10', '04'] }, 'wantedNaceDivisions'],
      [{ wantedStudyYears: [9] }, 'wantedStudyYears'],
      [{ applicationDeadline: new Date(Date.now() - 60_000).toISOString() }, 'applicationDeadline'],
      [{ skills: Array.from({ length: 200 }, (_, i) => `compétence ${i}`) }, 'skills'],
      [{ skills: ['x'.repeat(61)] }, 'skills'],
      [{ salary: 1000 }, 'salary'],
      [{ internshipType: 'summer' }, 'internshipType'],
      [{ allowance: { amount: 600, currency: 'euros', period: 'month' } }, 'allowance.currency'],
      [{ targeting: 'programme' }, 'targetProgrammeId'],
      [{ targeting: 'open', targetCountryCode: 'TN' }, 'targetCountryCode'],
      [{ languages: ['french'] }, 'languages'],
      [{ title: undefined }, 'title'],
    ];
    for (const [extra, field] of cases) {
      const response = await http.post(url).send(offerBody('Stage invalide', extra)).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      const fields = [...new Set(response.body.errors.map((e: { field: string }) => e.field))];
      expect({ field, fields }).toEqual({ field, fields: [field] });
    }
    const unknown = await http
      .post(url)
      .send(
        offerBody('Stage invalide', {
          targeting: 'programme',
          targetProgrammeId: '00000000-0000-4000-8000-000000000000',
        }),
      )
      .expect(400);
    expect(unknown.body).toMatchObject({ code: 'offer_unknown_target', errors: [{ field: 'targetProgrammeId' }] });
    const { id } = await create('Stage à corriger');
    await http.patch(`/offers/${id}`).send({ title: null }).expect(400);
    await http.patch(`/offers/${id}`).send({ targetCountryCode: 'TN' }).expect(400);
  });

  it('keeps HTML as data: stored and returned unchanged, as JSON', async () => {
    const html = '<script>alert("x")</script><b onclick="steal()">Mission</b> & co';
    const created = await platform
      .http(contact.accessToken)
      .post(`/companies/${contact.companyId}/offers`)
      .send(offerBody('<i>Stage</i> <script>1</script>', { mission: html, profileText: html }))
      .expect(201);
    expect(created.headers['content-type']).toMatch(/^application\/json/);
    await publish(created.body.id);
    const read = await platform.http(studentA.accessToken).get(`/offers/${created.body.id}`).expect(200);
    expect(read.headers['content-type']).toMatch(/^application\/json/);
    expect(read.body).toMatchObject({ title: '<i>Stage</i> <script>1</script>', mission: html, profileText: html });
    const [row] = await platform.dataSource.query('SELECT mission FROM offers WHERE id = $1', [created.body.id]);
    expect(row.mission).toBe(html);
  });

  it('lets only active contacts of the company reach its offers', async () => {
    const { id } = await create('Stage réservé');
    const other = platform.http(otherContact.accessToken);
    await other.get(`/offers/${id}`).expect(404);
    await other.patch(`/offers/${id}`).send({ title: 'Volé' }).expect(404);
    await other.post(`/offers/${id}/publish`).expect(404);
    await other.get(`/offers/${id}/history`).expect(404);
    await other.get(`/companies/${contact.companyId}/offers`).expect(404);
    await other.post(`/companies/${contact.companyId}/offers`).send(offerBody('Intrus')).expect(404);

    const student = platform.http(studentA.accessToken);
    await student.post(`/companies/${contact.companyId}/offers`).send(offerBody('Étudiant')).expect(403);
    await student.get(`/companies/${contact.companyId}/offers`).expect(403);
    await student.patch(`/offers/${id}`).send({ title: 'Étudiant' }).expect(403);
    await student.get(`/offers/${id}/history`).expect(403);
    await platform.http(contact.accessToken).get('/offers').expect(403);

    const pending = await createCompanyContact(platform);
    await platform.dataSource.query(`UPDATE company_memberships SET status = 'pending' WHERE user_id = $1`, [
      pending.userId,
    ]);
    const refused = await platform
      .http(pending.accessToken)
      .post(`/companies/${pending.companyId}/offers`)
      .send(offerBody('En attente'))
      .expect(404);
    expect(refused.body.code).toBe('company_not_found');
    await platform.http(pending.accessToken).get(`/companies/${pending.companyId}/offers`).expect(404);

    const admin = await createUserDirectly(platform, Role.Admin);
    const adminList = await platform
      .http(admin.accessToken)
      .get(`/companies/${contact.companyId}/offers?title=réservé`)
      .expect(200);
    expect(adminList.body.items.map((o: { id: string }) => o.id)).toEqual([id]);
  });

  it('describes its routes in OpenAPI under the offers tag', async () => {
    const { body } = await platform.http().get('/docs-json').expect(200);
    for (const path of [
      '/offers',
      '/offers/{id}',
      '/offers/{id}/publish',
      '/offers/{id}/history',
      '/companies/{companyId}/offers',
    ]) {
      const operations = Object.values(body.paths[path] ?? {}) as Array<{ tags: string[] }>;
      expect({ path, tags: operations.map((op) => op.tags) }).toEqual({ path, tags: operations.map(() => ['offers']) });
      expect(operations.length).toBeGreaterThan(0);
    }
    expect(body.components.schemas).toHaveProperty('CreateOfferDto');
    expect(body.components.schemas).toHaveProperty('UpdateOfferDto');
    expect(body.components.schemas.OfferView.properties).toHaveProperty('wantedStudyYears');
  });
});
