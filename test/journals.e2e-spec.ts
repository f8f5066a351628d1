import { TestAccount } from './support/accounts';
import { insertInternship, InternshipWorld, seedInternshipWorld } from './support/internship-rows';
import { TestPlatform } from './support/platform';

describe('internship journals', () => {
  let platform: TestPlatform;
  let world: InternshipWorld;
  let internshipId: string;

  const http = (who?: TestAccount) => platform.http(who?.accessToken);
  const journal = (id = internshipId) => `/internships/${id}/journal`;
  const entry = (date: string, extra: Record<string, unknown> = {}) => ({
    date,
    tasks: 'Mise en place de l’environnement\nLecture du code existant',
    hours: 7.5,
    ...extra,
  });

  beforeAll(async () => {
    platform = await TestPlatform.start();
    world = await seedInternshipWorld(platform);
    // The company tutor reads English: the difficulty mail reaches each tutor in their language.
    await platform.dataSource.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [world.companyTutor.userId]);
    internshipId = await insertInternship(platform, world, { startDate: '2026-02-01', endDate: '2026-05-31' });
  });
  afterAll(() => platform?.close());

  it('takes the student’s dated entries and lists them newest first to every party', async () => {
    const first = await http(world.student).post(journal()).send(entry('2026-02-02')).expect(201);
    expect(first.body).toMatchObject({
      internshipId,
      date: '2026-02-02',
      tasks: 'Mise en place de l’environnement\nLecture du code existant',
      difficulties: '',
      hours: 7.5,
      flagged: false,
      author: { id: world.student.userId, firstName: 'Khira', lastName: 'Khadraoui' },
      comments: [],
    });
    await http(world.student)
      .post(journal())
      .send(entry('2026-02-04', { hours: 4 }))
      .expect(201);
    await http(world.student).post(journal()).send(entry('2026-02-03')).expect(201);

    for (const reader of [
      world.student,
      world.companyTutor,
      world.academicTutor,
      world.yearManager,
      world.programmeManager,
    ]) {
      const { body } = await http(reader).get(`${journal()}?limit=2`).expect(200);
      expect(body.total).toBe(3);
      expect(body.items.map((e: { date: string }) => e.date)).toEqual(['2026-02-04', '2026-02-03']);
      expect(JSON.stringify(body)).not.toContain(world.student.email);
    }
    const rest = await http(world.student).get(`${journal()}?limit=2&offset=2`).expect(200);
    expect(rest.body.items.map((e: { date: string }) => e.date)).toEqual(['2026-02-02']);

    const [{ count }] = await platform.dataSource.query(
      `SELECT count(*)::int AS count FROM internship_audit WHERE internship_id = $1 AND action = 'journal_entry_added' AND actor_id = $2`,
      [internshipId, world.student.userId],
    );
    expect(count).toBe(3);
  });

  it('hides the journal from everyone else: other contacts of the company included', async () => {
    for (const outsider of [
      world.colleague,
      world.otherCompanyContact,
      world.otherStudent,
      world.otherProgrammeManager,
    ]) {
      const response = await http(outsider).get(journal()).expect(404);
      expect(response.body.code).toBe('journal_not_found');
    }
    await http(world.admin).get(journal()).expect(403);
    await http().get(journal()).expect(401);
    await http(world.student).get(journal('00000000-0000-4000-8000-000000000000')).expect(404);
    await http(world.otherStudent).post(journal()).send(entry('2026-02-05')).expect(404);
    await http(world.companyTutor).post(journal()).send(entry('2026-02-05')).expect(403);
  });

  it('flags an entry reporting a difficulty and e-mails both tutors, each in their language', async () => {
    const { body } = await http(world.student)
      .post(journal())
      .send(entry('2026-02-05', { difficulties: '  Pas d’accès au serveur <de test>  ' }))
      .expect(201);
    expect(body).toMatchObject({ flagged: true, difficulties: 'Pas d’accès au serveur <de test>' });

    const academic = await platform.smtp.waitFor(
      (m) => m.to.includes(world.academicTutor.email) && m.subject.includes('signale une difficulté'),
    );
    expect(academic.subject).toBe('Journal de stage : Khira Khadraoui signale une difficulté');
    expect(academic.text).toContain('Pas d’accès au serveur <de test>');
    expect(academic.text).toContain('5 février 2026');
    expect(academic.text).toContain(`/internships/${internshipId}/journal`);
    expect(academic.html).not.toContain('<de test>');
    const company = await platform.smtp.waitFor(
      (m) => m.to.includes(world.companyTutor.email) && m.subject.includes('reports a difficulty'),
    );
    expect(company.text).toContain('5 February 2026');

    // Entries without a difficulty mailed nobody; other parties are not mailed about this one.
    const aboutJournal = platform.smtp.messages.filter((m) => /difficult/.test(m.subject));
    expect(aboutJournal).toHaveLength(2);

    const flagged = await http(world.companyTutor).get(`${journal()}?flagged=true`).expect(200);
    expect(flagged.body.items.map((e: { id: string }) => e.id)).toEqual([body.id]);
    const [audit] = await platform.dataSource.query(
      `SELECT details FROM internship_audit WHERE internship_id = $1 AND details->>'entryId' = $2`,
      [internshipId, body.id],
    );
    expect(audit.details).toMatchObject({ flagged: true, tutorsNotified: 2 });
  });

  it('takes comments from both tutors only, shown under the entry', async () => {
    const { body: target } = await http(world.student).post(journal()).send(entry('2026-02-06')).expect(201);
    const comments = `${journal()}/${target.id}/comments`;
    const fromCompany = await http(world.companyTutor)
      .post(comments)
      .send({ body: 'Bon travail, voir avec Karim.' })
      .expect(201);
    expect(fromCompany.body).toMatchObject({
      role: 'company_tutor',
      author: { firstName: 'Valentin' },
      body: 'Bon travail, voir avec Karim.',
    });
    await http(world.academicTutor).post(comments).send({ body: 'Pensez au rapport.' }).expect(201);

    const refused = await http(world.yearManager).post(comments).send({ body: 'Je commente aussi' }).expect(403);
    expect(refused.body.code).toBe('journal_tutors_only');
    await http(world.colleague).post(comments).send({ body: 'Moi aussi' }).expect(404);
    await http(world.student).post(comments).send({ body: 'Et moi' }).expect(403);
    await http(world.companyTutor).post(comments).send({ body: '' }).expect(400);
    await http(world.companyTutor)
      .post(`${journal()}/00000000-0000-4000-8000-000000000000/comments`)
      .send({ body: 'x' })
      .expect(404);

    // An entry of another internship cannot be reached through this one.
    const otherInternship = await insertInternship(platform, world, { studentId: world.otherStudent.userId });
    const { body: foreign } = await http(world.otherStudent)
      .post(journal(otherInternship))
      .send(entry('2026-02-06'))
      .expect(201);
    await http(world.companyTutor).post(`${journal()}/${foreign.id}/comments`).send({ body: 'x' }).expect(404);

    const { body } = await http(world.yearManager).get(journal()).expect(200);
    const shown = body.items.find((e: { id: string }) => e.id === target.id);
    expect(shown.comments.map((c: { role: string; body: string }) => [c.role, c.body])).toEqual([
      ['company_tutor', 'Bon travail, voir avec Karim.'],
      ['academic_tutor', 'Pensez au rapport.'],
    ]);
    const [{ count }] = await platform.dataSource.query(
      `SELECT count(*)::int AS count FROM internship_audit WHERE internship_id = $1 AND action = 'journal_comment_added'`,
      [internshipId],
    );
    expect(count).toBe(2);
  });

  it('refuses days outside the internship or ahead, invalid fields, and entries once the internship is over', async () => {
    const before = await http(world.student).post(journal()).send(entry('2026-01-31')).expect(400);
    expect(before.body.code).toBe('journal_date_out_of_period');
    expect(before.body.errors).toEqual([expect.objectContaining({ field: 'date' })]);
    await http(world.student).post(journal()).send(entry('2026-06-01')).expect(400);
    const current = await insertInternship(platform, world, { startDate: '2026-01-01', endDate: '2099-12-31' });
    await http(world.student).post(journal(current)).send(entry('2098-01-01')).expect(400);
    for (const bad of [{ hours: 30 }, { hours: 0 }, { tasks: '   ' }, { date: '2026-02-30x' }, { difficulties: 42 }]) {
      await http(world.student).post(journal()).send(entry('2026-02-07', bad)).expect(400);
    }

    const labelled = await insertInternship(platform, world, { status: 'labelled' });
    const closed = await http(world.student).post(journal(labelled)).send(entry('2026-02-07')).expect(409);
    expect(closed.body.code).toBe('journal_closed');
    await http(world.student).get(journal(labelled)).expect(200);
  });
});
