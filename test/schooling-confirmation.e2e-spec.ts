import { Role } from '../src/common/auth/role.enum';
import {
  createCompanyContact,
  createStudent,
  createUserDirectly,
  seedProgramme,
  TestAccount,
} from './support/accounts';
import { softwareOfferBody } from './support/offers';
import { TestPlatform } from './support/platform';

/**
 * A student's programme is a claim until its manager confirms it: offers targeted at a programme (or its university
 * or country) reach confirmed students only, and a change of programme is a new claim.
 */
describe('schooling confirmation', () => {
  let platform: TestPlatform;
  let programme: { universityId: string; programmeId: string };
  let other: { universityId: string; programmeId: string };
  let manager: TestAccount;
  let otherManager: TestAccount;
  let yearManager: TestAccount;
  let student: TestAccount;
  const offers: Record<'open' | 'programme' | 'university', string> = { open: '', programme: '', university: '' };

  beforeAll(async () => {
    platform = await TestPlatform.start();
    programme = await seedProgramme(platform, 'Génie logiciel');
    other = await seedProgramme(platform, 'Génie civil');
    manager = await createUserDirectly(platform, Role.ProgrammeManager, { universityId: programme.universityId });
    otherManager = await createUserDirectly(platform, Role.ProgrammeManager, { universityId: other.universityId });
    yearManager = await createUserDirectly(platform, Role.YearManager, { universityId: programme.universityId });
    await platform.dataSource.query('UPDATE programmes SET manager_id = $2 WHERE id = $1', [
      programme.programmeId,
      manager.userId,
    ]);
    await platform.dataSource.query('UPDATE programmes SET manager_id = $2 WHERE id = $1', [
      other.programmeId,
      otherManager.userId,
    ]);
    await platform.dataSource.query(
      'INSERT INTO programme_year_managers (programme_id, study_year, user_id) VALUES ($1, 4, $2)',
      [programme.programmeId, yearManager.userId],
    );
    student = await createStudent(platform, { programmeId: programme.programmeId, studyYear: 4 }, false);

    const contact = await createCompanyContact(platform);
    const post = async (title: string, targeting: Record<string, unknown>) => {
      const { body } = await platform
        .http(contact.accessToken)
        .post(`/companies/${contact.companyId}/offers`)
        .send(softwareOfferBody(title, targeting))
        .expect(201);
      await platform.http(contact.accessToken).post(`/offers/${body.id}/publish`).expect(200);
      return body.id as string;
    };
    offers.open = await post('Stage ouvert', { targeting: 'open' });
    offers.programme = await post('Stage réservé à la filière', {
      targeting: 'programme',
      targetProgrammeId: programme.programmeId,
    });
    offers.university = await post('Stage réservé à l’université', {
      targeting: 'university',
      targetUniversityId: programme.universityId,
    });
  });
  afterAll(() => platform?.close());

  const visibleOffers = async (): Promise<string[]> =>
    (await platform.http(student.accessToken).get('/offers?limit=100').expect(200)).body.items
      .map((o: { id: string }) => o.id)
      .sort();
  const pending = async (who: TestAccount): Promise<Array<{ userId: string; schoolingConfirmed: boolean }>> =>
    (
      await platform
        .http(who.accessToken)
        .get(`/programmes/${programme.programmeId}/students?schooling=pending`)
        .expect(200)
    ).body.items;
  const confirm = (who: TestAccount, programmeId = programme.programmeId, studentId = student.userId) =>
    platform.http(who.accessToken).post(`/programmes/${programmeId}/students/${studentId}/schooling-confirmation`);

  it('shows an unconfirmed student open offers only, targeted ones neither in lists nor by link', async () => {
    expect(await visibleOffers()).toEqual([offers.open]);
    await platform.http(student.accessToken).get(`/offers/${offers.programme}`).expect(404);
    await platform.http(student.accessToken).get(`/offers/${offers.university}`).expect(404);
  });

  it('lists the student as waiting for their programme manager, who alone (or an admin) confirms', async () => {
    expect(await pending(manager)).toEqual([
      expect.objectContaining({ userId: student.userId, schoolingConfirmed: false }),
    ]);
    expect(await pending(yearManager)).toEqual([expect.objectContaining({ userId: student.userId })]);
    await confirm(yearManager).expect(403);
    await confirm(otherManager).expect(404);
    await confirm(otherManager, other.programmeId).expect(404); // not a student of that programme
    await confirm(student).expect(403);

    const confirmed = await confirm(manager).expect(200);
    expect(confirmed.body).toEqual({
      userId: student.userId,
      programmeId: programme.programmeId,
      confirmedAt: expect.any(String),
    });
    expect((await confirm(manager).expect(200)).body.confirmedAt).toBe(confirmed.body.confirmedAt); // the first confirmation stays
    expect(await pending(manager)).toEqual([]);

    expect(await visibleOffers()).toEqual([offers.open, offers.programme, offers.university].sort());
    await platform.http(student.accessToken).get(`/offers/${offers.programme}`).expect(200);
  });

  it('takes the confirmation back when the student declares another programme, even on coming back', async () => {
    await platform.http(student.accessToken).put('/me/schooling').send({ programmeId: other.programmeId }).expect(204);
    await platform
      .http(student.accessToken)
      .put('/me/schooling')
      .send({ programmeId: programme.programmeId })
      .expect(204);
    expect(await visibleOffers()).toEqual([offers.open]);
    expect(await pending(manager)).toEqual([
      expect.objectContaining({ userId: student.userId, schoolingConfirmed: false }),
    ]);
    // A change of year alone is no new claim on the programme.
    await confirm(manager).expect(200);
    await platform.http(student.accessToken).put('/me/schooling').send({ studyYear: 5 }).expect(204);
    expect(await visibleOffers()).toHaveLength(3);
  });
});
