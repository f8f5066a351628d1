import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { Role } from '../../src/common/auth/role.enum';
import { TestPlatform } from './platform';
import { ReceivedMail } from './smtp-receiver';

export interface TestAccount {
  userId: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
}

const PASSWORD = 'correct horse battery staple';

export function uniqueEmail(prefix: string): string {
  return `${prefix}.${randomBytes(4).toString('hex')}@example.test`;
}

/** The token of the link in an e-mail (verification, password reset). */
export function linkToken(mail: ReceivedMail): string {
  const match = /[?&]token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`no token link in the mail "${mail.subject}":\n${mail.text}`);
  return match[1];
}

/** A university and a programme, written directly: staff set-up is not what most tests are about. */
export async function seedProgramme(
  platform: TestPlatform,
  name = 'Génie logiciel',
): Promise<{ universityId: string; programmeId: string }> {
  const [university] = await platform.dataSource.query(
    `INSERT INTO universities (name, country_code, city) VALUES ($1, 'TN', 'Sfax') RETURNING id`,
    [`Université ${randomBytes(3).toString('hex')}`],
  );
  const [programme] = await platform.dataSource.query(
    `INSERT INTO programmes (university_id, name) VALUES ($1, $2) RETURNING id`,
    [university.id, name],
  );
  return { universityId: university.id, programmeId: programme.id };
}

export async function login(platform: TestPlatform, email: string, password = PASSWORD): Promise<TestAccount> {
  const response = await platform.http().post('/auth/login').send({ email, password }).expect(200);
  const [user] = await platform.dataSource.query('SELECT id FROM users WHERE lower(email) = lower($1)', [email]);
  return { userId: user.id, email, password, ...response.body };
}

/** Signs up through the API, follows the e-mailed verification link, logs in. Needs the platform's worker. */
export async function verifyAndLogin(platform: TestPlatform, email: string): Promise<TestAccount> {
  const mail = await platform.smtp.waitFor(
    (m) => m.to.includes(email) && /[?&]token=/.test(m.text) && /verify-email/.test(m.text),
  );
  await platform
    .http()
    .post('/auth/verify-email')
    .send({ token: linkToken(mail) })
    .expect(204);
  return login(platform, email);
}

/**
 * A student signed up through the API, verified and logged in; their programme confirmed as its manager would
 * (offer targeting needs it) unless `confirmed` is false.
 */
export async function createStudent(
  platform: TestPlatform,
  overrides: Record<string, unknown> & { programmeId?: string } = {},
  confirmed = true,
): Promise<TestAccount> {
  const programmeId = overrides.programmeId ?? (await seedProgramme(platform)).programmeId;
  const email = (overrides.email as string | undefined) ?? uniqueEmail('student');
  await platform
    .http()
    .post('/auth/register/student')
    .send({
      email,
      password: PASSWORD,
      firstName: 'Khira',
      lastName: 'Khadraoui',
      studyYear: 2,
      ...overrides,
      programmeId,
    })
    .expect(201);
  const account = await verifyAndLogin(platform, email);
  if (confirmed)
    await platform.dataSource.query('UPDATE student_profiles SET programme_confirmed_at = now() WHERE user_id = $1', [
      account.userId,
    ]);
  return account;
}

export async function createCompanyContact(
  platform: TestPlatform,
  overrides: Record<string, unknown> = {},
  approve = true,
): Promise<TestAccount & { companyId: string }> {
  const email = (overrides.email as string | undefined) ?? uniqueEmail('contact');
  const response = await platform
    .http()
    .post('/auth/register/company-contact')
    .send({
      email,
      password: PASSWORD,
      firstName: 'Valentin',
      lastName: 'Bouquet',
      company: {
        name: `Entreprise ${randomBytes(3).toString('hex')}`,
        countryCode: 'FR',
        city: 'Clapiers',
        naceDivision: '10',
      },
      ...overrides,
    })
    .expect(201);
  // As an admin would approve it (tests of the approval itself pass approve: false).
  if (approve && response.body.company.membershipStatus === 'active') {
    await platform.dataSource.query(`UPDATE companies SET approval_status = 'approved' WHERE id = $1`, [
      response.body.company.id,
    ]);
  }
  return { ...(await verifyAndLogin(platform, email)), companyId: response.body.company.id };
}

/** A verified account of any role, written directly (staff accounts have no public sign-up). */
export async function createUserDirectly(
  platform: TestPlatform,
  role: Role,
  fields: { universityId?: string; email?: string } = {},
): Promise<TestAccount> {
  const email = fields.email ?? uniqueEmail(role);
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
  await platform.dataSource.query(
    `INSERT INTO users (email, password_hash, role, first_name, last_name, university_id, email_verified_at)
     VALUES ($1, $2, $3, 'Test', $4, $5, now())`,
    [email, hash, role, role, fields.universityId ?? null],
  );
  return login(platform, email);
}
