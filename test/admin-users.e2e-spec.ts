import { randomBytes } from 'node:crypto';
import { Role } from '../src/common/auth/role.enum';
import { createCompanyContact, createStudent, createUserDirectly, seedProgramme } from './support/accounts';
import { TestPlatform } from './support/platform';

/** GET /admin/users: the admin's paged list of accounts, by role, university and a piece of name or e-mail. */
describe('admin: users list', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await TestPlatform.start();
  });
  afterAll(() => platform?.close());

  it('finds accounts by role, university and text (accents ignored), paged, with their company or university', async () => {
    const admin = await createUserDirectly(platform, Role.Admin);
    const tag = randomBytes(3).toString('hex');
    const { programmeId, universityId } = await seedProgramme(platform);
    const students = [];
    for (let i = 0; i < 3; i += 1) {
      students.push(await createStudent(platform, { programmeId, lastName: `Hélène${tag}`, firstName: `N${i}` }));
    }
    const contact = await createCompanyContact(platform, { lastName: `Hélène${tag}` });
    const manager = await createUserDirectly(platform, Role.ProgrammeManager, { universityId });
    const http = platform.http(admin.accessToken);

    const byText = (await http.get(`/admin/users?q=helene${tag}&limit=2`).expect(200)).body;
    expect(byText.total).toBe(4);
    expect(byText.items).toHaveLength(2);
    const next = (await http.get(`/admin/users?q=helene${tag}&limit=2&offset=2`).expect(200)).body;
    const ids = [...byText.items, ...next.items].map((u: { id: string }) => u.id).sort();
    expect(ids).toEqual([...students.map((s) => s.userId), contact.userId].sort());

    const onlyContacts = (await http.get(`/admin/users?q=HELENE${tag}&role=company_contact`).expect(200)).body;
    expect(onlyContacts.items).toEqual([
      expect.objectContaining({ id: contact.userId, role: 'company_contact', companyName: expect.any(String) }),
    ]);

    const ofUniversity = (
      await http.get(`/admin/users?universityId=${universityId}&role=programme_manager`).expect(200)
    ).body;
    expect(ofUniversity.items.map((u: { id: string }) => u.id)).toEqual([manager.userId]);
    expect(ofUniversity.items[0]).toMatchObject({
      universityId,
      universityName: expect.stringMatching(/^Université /),
      disabledAt: null,
    });

    // By e-mail too, and LIKE wildcards in the text are plain characters.
    const byEmail = (await http.get(`/admin/users?q=${encodeURIComponent(contact.email)}`).expect(200)).body;
    expect(byEmail.items.map((u: { id: string }) => u.id)).toEqual([contact.userId]);
    expect((await http.get(`/admin/users?q=${encodeURIComponent(`%${tag}`)}`).expect(200)).body.total).toBe(0);
  });

  it('names the bad field, and refuses every role but admin (403)', async () => {
    const admin = await createUserDirectly(platform, Role.Admin);
    const bad = await platform.http(admin.accessToken).get('/admin/users?role=king&limit=500').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['limit', 'role']);
    const student = await createStudent(platform);
    const contact = await createCompanyContact(platform);
    const manager = await createUserDirectly(platform, Role.ProgrammeManager);
    for (const account of [student, contact, manager]) {
      await platform.http(account.accessToken).get('/admin/users').expect(403);
    }
    await platform.http().get('/admin/users').expect(401);
  });
});
