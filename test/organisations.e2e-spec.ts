import { Role } from '../src/common/auth/role.enum';
import {
  createCompanyContact,
  createStudent,
  createUserDirectly,
  seedProgramme,
  uniqueEmail,
  verifyAndLogin,
} from './support/accounts';
import { TestPlatform } from './support/platform';

describe('organisations: companies, contacts, universities, programmes', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await TestPlatform.start();
  });
  afterAll(() => platform?.close());

  it('finds an already registered company by name (case and accents ignored) or registration number', async () => {
    const founder = await createCompanyContact(platform, {
      company: {
        name: 'Société Générale de Sfax',
        registrationNumber: 'B1234567',
        countryCode: 'TN',
        city: 'Sfax',
        naceDivision: '64',
      },
    });
    for (const query of ['name=SOCIETE%20generale', 'name=generale%20de%20sfax', 'registrationNumber=b1234567']) {
      const response = await platform.http().get(`/companies/lookup?${query}`).expect(200);
      expect(response.body.items.map((c: { id: string }) => c.id)).toContain(founder.companyId);
    }
    const none = await platform.http().get('/companies/lookup?name=zzzz%20inconnue').expect(200);
    expect(none.body).toMatchObject({ items: [], total: 0 });
  });

  it('refuses to register a second company with the same registration number, pointing to it', async () => {
    const founder = await createCompanyContact(platform, {
      company: { name: 'Alpha SARL', registrationNumber: 'RC-42', countryCode: 'TN', city: 'Tunis' },
    });
    const response = await platform
      .http()
      .post('/auth/register/company-contact')
      .send({
        email: uniqueEmail('dup'),
        password: 'un mot de passe assez long',
        firstName: 'X',
        lastName: 'Y',
        company: { name: 'Alpha', registrationNumber: 'rc-42', countryCode: 'TN', city: 'Tunis' },
      })
      .expect(409);
    expect(response.body).toMatchObject({ code: 'company_already_registered', companyId: founder.companyId });

    // Taking that number by editing another company is the same conflict, not a server error.
    const other = await createCompanyContact(platform);
    const taken = await platform
      .http(other.accessToken)
      .patch(`/companies/${other.companyId}`)
      .send({ registrationNumber: ' rc-42 ' })
      .expect(409);
    expect(taken.body.code).toBe('company_already_registered');
    const { body: kept } = await platform.http(other.accessToken).get(`/companies/${other.companyId}`).expect(200);
    expect(kept.registrationNumber).not.toBe('rc-42');
  });

  it('a second contact asks to join; an active contact is e-mailed, approves, and the newcomer reaches the company', async () => {
    const founder = await createCompanyContact(platform);
    const email = uniqueEmail('joiner');
    const registered = await platform
      .http()
      .post('/auth/register/company-contact')
      .send({
        email,
        password: 'correct horse battery staple',
        firstName: 'Hakim',
        lastName: 'Sharif',
        jobTitle: 'Ingénieur',
        companyId: founder.companyId,
      })
      .expect(201);
    expect(registered.body.company).toEqual({ id: founder.companyId, membershipStatus: 'pending' });
    const notice = await platform.smtp.waitFor((m) => m.to.includes(founder.email) && m.text.includes('join-requests'));
    expect(notice.text).toContain('Hakim Sharif');

    const joiner = await verifyAndLogin(platform, email);
    await platform.http(joiner.accessToken).get(`/companies/${founder.companyId}`).expect(404);

    const pending = await platform
      .http(founder.accessToken)
      .get(`/companies/${founder.companyId}/join-requests`)
      .expect(200);
    expect(pending.body).toMatchObject({ total: 1, items: [{ userId: joiner.userId, jobTitle: 'Ingénieur' }] });
    await platform
      .http(joiner.accessToken)
      .post(`/companies/${founder.companyId}/join-requests/${joiner.userId}/decision`)
      .send({ decision: 'approved' })
      .expect(404);
    await platform
      .http(founder.accessToken)
      .post(`/companies/${founder.companyId}/join-requests/${joiner.userId}/decision`)
      .send({ decision: 'approved' })
      .expect(204);
    const company = await platform.http(joiner.accessToken).get(`/companies/${founder.companyId}`).expect(200);
    expect(company.body.id).toBe(founder.companyId);
    const decision = await platform.smtp.waitFor((m) => m.to.includes(email) && !m.text.includes('verify-email'));
    expect(decision.text).toContain(company.body.name);
  });

  it('a contact reaches only their own company; other roles are refused', async () => {
    const a = await createCompanyContact(platform);
    const b = await createCompanyContact(platform);
    const student = await createStudent(platform);
    await platform.http(a.accessToken).get(`/companies/${b.companyId}`).expect(404);
    await platform.http(a.accessToken).patch(`/companies/${b.companyId}`).send({ city: 'Hacked' }).expect(404);
    await platform.http(student.accessToken).get(`/companies/${a.companyId}`).expect(403);
    const updated = await platform
      .http(a.accessToken)
      .patch(`/companies/${a.companyId}`)
      .send({ city: 'Montpellier' })
      .expect(200);
    expect(updated.body.city).toBe('Montpellier');
    const invalid = await platform
      .http(a.accessToken)
      .patch(`/companies/${a.companyId}`)
      .send({ naceDivision: '04' })
      .expect(400);
    expect(invalid.body.errors[0].field).toBe('naceDivision');
  });

  it('admins create universities, programmes and staff; managers see only their programme and years', async () => {
    const admin = await createUserDirectly(platform, Role.Admin);
    const student = await createStudent(platform);
    await platform
      .http(student.accessToken)
      .post('/universities')
      .send({ name: 'ENET’COM', countryCode: 'TN', city: 'Sfax' })
      .expect(403);
    const university = await platform
      .http(admin.accessToken)
      .post('/universities')
      .send({ name: `ENET'COM ${Date.now()}`, countryCode: 'TN', city: 'Sfax' })
      .expect(201);
    const programme = await platform
      .http(admin.accessToken)
      .post(`/universities/${university.body.id}/programmes`)
      .send({ name: 'Systèmes communicants' })
      .expect(201);
    const listed = await platform.http().get(`/universities/${university.body.id}/programmes`).expect(200);
    expect(listed.body.items.map((p: { id: string }) => p.id)).toEqual([programme.body.id]);

    const staff = await platform
      .http(admin.accessToken)
      .post('/admin/staff')
      .send({
        role: 'programme_manager',
        email: uniqueEmail('manager'),
        firstName: 'Amel',
        lastName: 'Ben Ali',
        universityId: university.body.id,
      })
      .expect(201);
    await platform.smtp.waitFor((m) => m.to.includes(staff.body.email) && /reset-password/.test(m.text));

    const manager = await createUserDirectly(platform, Role.ProgrammeManager, { universityId: university.body.id });
    const otherManager = await createUserDirectly(platform, Role.ProgrammeManager, {
      universityId: university.body.id,
    });
    const yearManager = await createUserDirectly(platform, Role.YearManager, { universityId: university.body.id });
    await platform
      .http(admin.accessToken)
      .put(`/programmes/${programme.body.id}/manager`)
      .send({ userId: manager.userId })
      .expect(200);
    await platform
      .http(admin.accessToken)
      .put(`/programmes/${programme.body.id}/manager`)
      .send({ userId: student.userId })
      .expect(422);
    await platform
      .http(manager.accessToken)
      .put(`/programmes/${programme.body.id}/year-managers`)
      .send({ studyYear: 2, userIds: [yearManager.userId] })
      .expect(204);
    // The current year managers, by year: the programme's manager and admins read them, nobody else.
    const current = await platform
      .http(manager.accessToken)
      .get(`/programmes/${programme.body.id}/year-managers`)
      .expect(200);
    expect(current.body).toEqual([
      {
        studyYear: 2,
        managers: [{ id: yearManager.userId, firstName: expect.any(String), lastName: expect.any(String) }],
      },
    ]);
    expect(
      (await platform.http(admin.accessToken).get(`/programmes/${programme.body.id}/year-managers`).expect(200)).body,
    ).toEqual(current.body);
    await platform.http(otherManager.accessToken).get(`/programmes/${programme.body.id}/year-managers`).expect(404);
    await platform.http(yearManager.accessToken).get(`/programmes/${programme.body.id}/year-managers`).expect(403);

    const second = await createStudent(platform, { programmeId: programme.body.id, studyYear: 2 });
    const fourth = await createStudent(platform, { programmeId: programme.body.id, studyYear: 4 });
    const all = await platform.http(manager.accessToken).get(`/programmes/${programme.body.id}/students`).expect(200);
    expect(all.body.items.map((s: { userId: string }) => s.userId).sort()).toEqual(
      [second.userId, fourth.userId].sort(),
    );
    const ofYear = await platform
      .http(yearManager.accessToken)
      .get(`/programmes/${programme.body.id}/students`)
      .expect(200);
    expect(ofYear.body.items.map((s: { userId: string }) => s.userId)).toEqual([second.userId]);
    await platform.http(otherManager.accessToken).get(`/programmes/${programme.body.id}/students`).expect(404);
    await platform.http(student.accessToken).get(`/programmes/${programme.body.id}/students`).expect(403);
  });

  it('pages the public university list', async () => {
    const other = await seedProgramme(platform);
    const page = await platform.http().get('/universities?limit=1&offset=0').expect(200);
    expect(page.body).toMatchObject({ limit: 1, offset: 0 });
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBeGreaterThanOrEqual(1);
    await platform.http().get('/universities?limit=500').expect(400);
    expect(other.universityId).toBeDefined();
  });
});
