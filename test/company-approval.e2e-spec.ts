import { Role } from '../src/common/auth/role.enum';
import { createCompanyContact, createUserDirectly, seedProgramme, TestAccount, uniqueEmail } from './support/accounts';
import { softwareOfferBody } from './support/offers';
import { insertRequests } from './support/request-rows';
import { TestPlatform } from './support/platform';

/**
 * "Demandez à créer votre compte": a company registered through the platform waits for approval (an admin, or a
 * programme manager of the university it names as partner) before its contacts read profiles or publish offers.
 */
describe('approval of registered companies', () => {
  let platform: TestPlatform;
  let partner: { universityId: string; programmeId: string };
  let manager: TestAccount;
  let otherManager: TestAccount;
  let admin: TestAccount;

  const http = (who?: TestAccount) => platform.http(who?.accessToken);
  const register = (name: string) =>
    createCompanyContact(
      platform,
      {
        company: {
          name,
          countryCode: 'TN',
          city: 'Sfax',
          naceDivision: '62',
          partnerUniversityId: partner.universityId,
        },
      },
      false,
    );

  beforeAll(async () => {
    platform = await TestPlatform.start();
    partner = await seedProgramme(platform);
    const elsewhere = await seedProgramme(platform, 'Génie civil');
    [manager, otherManager, admin] = await Promise.all([
      createUserDirectly(platform, Role.ProgrammeManager, { universityId: partner.universityId }),
      createUserDirectly(platform, Role.ProgrammeManager, { universityId: elsewhere.universityId }),
      createUserDirectly(platform, Role.Admin),
    ]);
  });
  afterAll(() => platform?.close());

  it('keeps a new company to drafts, with no profile, request or candidate, until approved', async () => {
    const contact = await register('Nouvelle Entreprise SARL');
    const student = await createUserDirectly(platform, Role.Student, { universityId: partner.universityId });
    const [requestId] = await insertRequests(platform.dataSource, student.userId, [
      { status: 'published', visible: true },
    ]);
    await http(contact).get(`/requests/${requestId}`).expect(404);
    const { body: me } = await http(contact).get('/me').expect(200);
    expect(me.company).toMatchObject({ membershipStatus: 'active', companyApprovalStatus: 'pending' });
    expect((await http(contact).get('/profiles/search').expect(403)).body.code).toBe('company_not_approved');

    const { body: offer } = await http(contact)
      .post(`/companies/${contact.companyId}/offers`)
      .send(softwareOfferBody('Stage en attente'))
      .expect(201);
    expect(offer.status).toBe('draft');
    expect((await http(contact).post(`/offers/${offer.id}/publish`).expect(403)).body.code).toBe(
      'company_not_approved',
    );
    expect((await http(contact).get(`/offers/${offer.id}/candidates`).expect(403)).body.code).toBe(
      'company_not_approved',
    );
    const { body: still } = await http(contact).get(`/offers/${offer.id}`).expect(200);
    expect(still.status).toBe('draft');
  });

  it('shows each reviewer their own queue; a programme manager approves a partner, who is told and gains access', async () => {
    const contact = await register('Partenaire Sfax');
    const queue = async (who: TestAccount) =>
      (await http(who).get('/companies/approvals?limit=100').expect(200)).body.items.map((c: { id: string }) => c.id);
    expect(await queue(manager)).toContain(contact.companyId);
    expect(await queue(admin)).toContain(contact.companyId);
    expect(await queue(otherManager)).not.toContain(contact.companyId);
    await http(contact).get('/companies/approvals').expect(403);
    await http(otherManager)
      .post(`/companies/${contact.companyId}/approval`)
      .send({ decision: 'approved' })
      .expect(404);

    const { body: approved } = await http(manager)
      .post(`/companies/${contact.companyId}/approval`)
      .send({ decision: 'approved', reason: 'Entreprise connue de la filière.' })
      .expect(200);
    expect(approved).toMatchObject({
      approvalStatus: 'approved',
      partnerUniversityId: partner.universityId,
      reason: 'Entreprise connue de la filière.',
    });
    expect(approved.contacts).toEqual([expect.objectContaining({ email: contact.email })]);
    const mail = await platform.smtp.waitFor(
      (m) => m.to.includes(contact.email) && m.subject.includes('est validée sur SEMSEM-stages'),
    );
    expect(mail.text).toContain('Entreprise connue de la filière.');

    await http(contact).get('/profiles/search').expect(200);
    const student = await createUserDirectly(platform, Role.Student, { universityId: partner.universityId });
    const [requestId] = await insertRequests(platform.dataSource, student.userId, [
      { status: 'published', visible: true },
    ]);
    await http(contact).get(`/requests/${requestId}`).expect(200);
    const { body: offer } = await http(contact)
      .post(`/companies/${contact.companyId}/offers`)
      .send(softwareOfferBody('Stage validé'))
      .expect(201);
    await http(contact).post(`/offers/${offer.id}/publish`).expect(200);
    await http(contact).get(`/offers/${offer.id}/candidates`).expect(200);
    expect(await queue(manager)).not.toContain(contact.companyId);
    expect(
      (await http(admin).post(`/companies/${contact.companyId}/approval`).send({ decision: 'rejected' }).expect(409))
        .body.code,
    ).toBe('company_approval_not_pending');
  });

  it('lets an admin reject with a reason the contacts read, and the company stays closed', async () => {
    const contact = await register('Entreprise Inconnue');
    const { body } = await http(admin)
      .post(`/companies/${contact.companyId}/approval`)
      .send({ decision: 'rejected', reason: 'Aucun établissement ne connaît cette entreprise.' })
      .expect(200);
    expect(body.approvalStatus).toBe('rejected');
    const mail = await platform.smtp.waitFor(
      (m) => m.to.includes(contact.email) && m.subject.startsWith("L'inscription de Entreprise Inconnue"),
    );
    expect(mail.text).toContain('Motif : Aucun établissement ne connaît cette entreprise.');
    expect((await http(contact).get('/profiles/search').expect(403)).body.code).toBe('company_not_approved');
    const rejected = (await http(admin).get('/companies/approvals?status=rejected&limit=100').expect(200)).body.items;
    expect(rejected.map((c: { id: string }) => c.id)).toContain(contact.companyId);
  });

  it('refuses a partner university that does not exist, naming the field and writing nothing', async () => {
    const email = uniqueEmail('partner');
    const refused = await http()
      .post('/auth/register/company-contact')
      .send({
        email,
        password: 'un mot de passe assez long',
        firstName: 'Nadia',
        lastName: 'Ayari',
        company: {
          name: 'Fantôme SA',
          countryCode: 'TN',
          city: 'Tunis',
          partnerUniversityId: '00000000-0000-4000-8000-000000000000',
        },
      })
      .expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'company.partnerUniversityId' })]);
    const [{ n }] = await platform.dataSource.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [email]);
    expect(n).toBe(0);
  });
});
