import { createStudent, linkToken, login, seedProgramme, uniqueEmail } from './support/accounts';
import { until, untilIdle } from './support/eventually';
import { TestPlatform } from './support/platform';

describe('accounts: sign-up, verification, log-in, sessions, password reset', () => {
  let platform: TestPlatform;
  let programmeId: string;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    programmeId = (await seedProgramme(platform)).programmeId;
  });
  afterAll(() => platform?.close());

  async function countUsers(email: string): Promise<number> {
    const [row] = await platform.dataSource.query(
      'SELECT count(*)::int AS n FROM users WHERE lower(email) = lower($1)',
      [email],
    );
    return row.n;
  }

  it('a student registers, cannot log in before verifying, verifies by the e-mailed link, logs in', async () => {
    const email = uniqueEmail('Etudiante');
    const password = 'un mot de passe assez long';
    const registered = await platform
      .http()
      .post('/auth/register/student')
      .send({ email, password, firstName: 'Khira', lastName: 'Khadraoui', civility: 'Mme', programmeId, studyYear: 2 })
      .expect(201);
    expect(registered.body).toMatchObject({
      email: email.toLowerCase(),
      role: 'student',
      emailVerificationRequired: true,
    });
    const [stored] = await platform.dataSource.query('SELECT password_hash FROM users WHERE id = $1', [
      registered.body.id,
    ]);
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);

    const refused = await platform.http().post('/auth/login').send({ email, password }).expect(403);
    expect(refused.body.code).toBe('email_not_verified');

    const mail = await platform.smtp.waitFor((m) => m.to.includes(email.toLowerCase()));
    expect(mail.subject).toMatch(/adresse|e-mail/i);
    expect(mail.text).toContain('Khira');
    await platform
      .http()
      .post('/auth/verify-email')
      .send({ token: linkToken(mail) })
      .expect(204);
    await platform
      .http()
      .post('/auth/verify-email')
      .send({ token: linkToken(mail) })
      .expect(401);

    // Once delivered, the outbox keeps no copy of the secret link.
    const outbox = await until(
      (): Promise<Array<{ status: string; has_link: boolean }>> =>
        platform.dataSource.query(`SELECT status, params ? 'link' AS has_link FROM mail_outbox WHERE recipient = $1`, [
          email.toLowerCase(),
        ]),
      (rows) => rows[0]?.status === 'sent',
      'the verification mail marked sent',
    );
    expect(outbox).toEqual([{ status: 'sent', has_link: false }]);

    const account = await login(platform, email.toUpperCase(), password);
    const me = await platform.http(account.accessToken).get('/me').expect(200);
    expect(me.body).toMatchObject({ role: 'student', firstName: 'Khira', student: { programmeId, studyYear: 2 } });
  });

  it('refuses a wrong password and an unknown e-mail alike', async () => {
    const student = await createStudent(platform, { programmeId });
    const wrong = await platform
      .http()
      .post('/auth/login')
      .send({ email: student.email, password: 'not the password' })
      .expect(401);
    const unknown = await platform
      .http()
      .post('/auth/login')
      .send({ email: uniqueEmail('nobody'), password: 'whatever123' })
      .expect(401);
    expect(wrong.body.code).toBe('invalid_credentials');
    expect(unknown.body).toMatchObject({ code: 'invalid_credentials', detail: wrong.body.detail });
  });

  it('rotates refresh tokens and closes the session when an old one is replayed', async () => {
    const student = await createStudent(platform, { programmeId });
    const first = await platform.http().post('/auth/refresh').send({ refreshToken: student.refreshToken }).expect(200);
    expect(first.body.refreshToken).not.toBe(student.refreshToken);
    await platform.http(first.body.accessToken).get('/me').expect(200);

    const replay = await platform.http().post('/auth/refresh').send({ refreshToken: student.refreshToken }).expect(401);
    expect(replay.body.code).toBe('refresh_token_reused');
    // The whole family is closed: the rotated token and the access tokens of the session stop working.
    await platform.http().post('/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(401);
    await platform.http(first.body.accessToken).get('/me').expect(401);
    // Another log-in opens a fresh session.
    await login(platform, student.email);
  });

  it('log-out revokes the session', async () => {
    const student = await createStudent(platform, { programmeId });
    await platform.http(student.accessToken).post('/auth/logout').expect(204);
    await platform.http(student.accessToken).get('/me').expect(401);
    await platform.http().post('/auth/refresh').send({ refreshToken: student.refreshToken }).expect(401);
  });

  it('resets a forgotten password by a single-use e-mailed token and closes open sessions', async () => {
    const student = await createStudent(platform, { programmeId });
    await platform.http().post('/auth/password/forgot').send({ email: student.email }).expect(202);
    const mail = await platform.smtp.waitFor((m) => m.to.includes(student.email) && /reset-password/.test(m.text));
    const token = linkToken(mail);

    await platform.http().post('/auth/password/reset').send({ token, password: 'short' }).expect(400);
    await platform.http().post('/auth/password/reset').send({ token, password: 'a brand new passphrase' }).expect(204);
    await platform.http().post('/auth/password/reset').send({ token, password: 'yet another passphrase' }).expect(401);

    await platform.http(student.accessToken).get('/me').expect(401);
    await platform.http().post('/auth/login').send({ email: student.email, password: student.password }).expect(401);
    await login(platform, student.email, 'a brand new passphrase');
  });

  it('answers "forgot" for an unknown e-mail the same way, sending nothing', async () => {
    const email = uniqueEmail('ghost');
    await platform.http().post('/auth/password/forgot').send({ email }).expect(202);
    // A mail would be in the outbox once the request answered; idle, the worker would have sent it.
    await untilIdle(platform.dataSource);
    expect(
      await platform.dataSource.query(`SELECT id FROM mail_outbox WHERE recipient = $1`, [email.toLowerCase()]),
    ).toEqual([]);
    expect(platform.smtp.to(email)).toHaveLength(0);
  });

  it('expired reset tokens are refused', async () => {
    const student = await createStudent(platform, { programmeId });
    await platform.http().post('/auth/password/forgot').send({ email: student.email }).expect(202);
    const mail = await platform.smtp.waitFor((m) => m.to.includes(student.email) && /reset-password/.test(m.text));
    await platform.dataSource.query(
      `UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [student.userId],
    );
    const response = await platform
      .http()
      .post('/auth/password/reset')
      .send({ token: linkToken(mail), password: 'a brand new passphrase' });
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('invalid_token');
  });

  it('validates sign-up input field by field and writes nothing on refusal', async () => {
    const email = uniqueEmail('invalid');
    const response = await platform
      .http()
      .post('/auth/register/student')
      .send({
        email,
        password: 'un mot de passe assez long',
        firstName: 'A',
        lastName: 'B',
        programmeId,
        studyYear: 'deux',
        isAdmin: true,
      })
      .expect(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    const fields = response.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['studyYear', 'isAdmin']));

    const unknownProgramme = await platform
      .http()
      .post('/auth/register/student')
      .send({
        email,
        password: 'un mot de passe assez long',
        firstName: 'A',
        lastName: 'B',
        studyYear: 1,
        programmeId: '00000000-0000-4000-8000-000000000000',
      })
      .expect(422);
    expect(unknownProgramme.body.code).toBe('unknown_programme');
    expect(await countUsers(email)).toBe(0);
  });

  it('refuses a second account with the same e-mail, whatever its case', async () => {
    const student = await createStudent(platform, { programmeId });
    const response = await platform
      .http()
      .post('/auth/register/student')
      .send({
        email: student.email.toUpperCase(),
        password: 'un mot de passe assez long',
        firstName: 'A',
        lastName: 'B',
        programmeId,
        studyYear: 1,
      })
      .expect(409);
    expect(response.body.code).toBe('email_taken');
  });

  it('refuses a blank name, naming the field, and keeps the one it had', async () => {
    const student = await createStudent(platform, { programmeId });
    const { body: before } = await platform.http(student.accessToken).get('/me').expect(200);
    const refused = await platform
      .http(student.accessToken)
      .patch('/me')
      .send({ firstName: '   ', lastName: '\t' })
      .expect(400);
    expect(refused.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'firstName',
      'lastName',
    ]);
    const { body: after } = await platform.http(student.accessToken).get('/me').expect(200);
    expect([after.firstName, after.lastName]).toEqual([before.firstName, before.lastName]);
  });

  it('requires an access token on private routes and refuses a forged one', async () => {
    await platform.http().get('/me').expect(401);
    await platform.http('not-a-jwt').get('/me').expect(401);
    const student = await createStudent(platform, { programmeId });
    const [header, payload] = student.accessToken.split('.');
    await platform.http(`${header}.${payload}.forgedsignature`).get('/me').expect(401);
  });
});
