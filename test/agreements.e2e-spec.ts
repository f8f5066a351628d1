import { hashOpaqueToken } from '../src/accounts/opaque-token';
import { Role } from '../src/common/auth/role.enum';
import { PdfTextExtractor } from '../src/documents/text/pdf-text.extractor';
import {
  createCompanyContact,
  createStudent,
  createUserDirectly,
  linkToken,
  seedProgramme,
  TestAccount,
} from './support/accounts';
import { TestPlatform } from './support/platform';
import { startDocumentsPlatform, TEST_UPLOAD_MAX_BYTES } from './support/requests-helpers';
import { ReceivedMail } from './support/smtp-receiver';

type Contact = TestAccount & { companyId: string };

describe('internship agreements', () => {
  let platform: TestPlatform;
  let programmeId: string;
  let manager: TestAccount;
  let student: TestAccount;
  let tutor: Contact;
  let academicTutor: TestAccount;
  let otherAcademicTutor: TestAccount;
  let outsider: Contact;
  let admin: TestAccount;
  let internshipId: string;

  const http = (who?: { accessToken: string }) => platform.http(who?.accessToken);
  const mailTo = (who: { email: string }, subject: string): Promise<ReceivedMail> =>
    platform.smtp.waitFor((m) => m.to.includes(who.email) && m.subject.startsWith(subject));
  const auditOf = (id: string) =>
    platform.dataSource.query(
      'SELECT action, source, actor_id, actor_label, details FROM internship_audit WHERE internship_id = $1 ORDER BY id',
      [id],
    ) as Promise<
      Array<{
        action: string;
        source: string;
        actor_id: string | null;
        actor_label: string | null;
        details: Record<string, unknown>;
      }>
    >;
  const internshipRow = async (id: string) =>
    (
      await platform.dataSource.query(
        `SELECT to_char(start_date, 'YYYY-MM-DD') AS start_date, to_char(end_date, 'YYYY-MM-DD') AS end_date,
                academic_tutor_id FROM internships WHERE id = $1`,
        [id],
      )
    )[0];
  const stepStatus = async (id: string) =>
    (
      await platform.dataSource.query(
        `SELECT status FROM internship_steps WHERE internship_id = $1 AND step_key = 'agreement'`,
        [id],
      )
    )[0].status as string;

  /** A running internship written directly: offer with an allowance, tutors, template steps (sheet and tutors done). */
  const seedInternship = async (who: TestAccount): Promise<string> => {
    const [offer] = await platform.dataSource.query(
      `INSERT INTO offers (company_id, title, internship_type, mission, duration_weeks, start_date, city, country_code,
                           position, allowance_amount, allowance_currency, allowance_period, places,
                           application_deadline, targeting, status)
       VALUES ($1, 'Stage API', 'mastery', 'Développer une API.', 16, '2027-02-01', 'Sfax', 'TN', 'Développeur',
               600, 'TND', 'month', 1, now() + interval '30 days', 'open', 'filled') RETURNING id`,
      [tutor.companyId],
    );
    const [template] = await platform.dataSource.query(
      'SELECT id FROM workflow_templates WHERE programme_id IS NULL ORDER BY version DESC LIMIT 1',
    );
    const [internship] = await platform.dataSource.query(
      `INSERT INTO internships (offer_id, student_id, company_id, start_date, end_date, status, programme_id, study_year,
                                academic_year, title, description, company_tutor_id, academic_tutor_id, template_id, started_at)
       VALUES ($1, $2, $3, '2027-02-01', '2027-05-23', 'in_progress', $4, 3, '2026-2027', 'Conception d''une API de suivi',
               'Réaliser une API REST de suivi des stages.', $5, $6, $7, now()) RETURNING id`,
      [offer.id, who.userId, tutor.companyId, programmeId, tutor.userId, academicTutor.userId, template.id],
    );
    await platform.dataSource.query(
      `INSERT INTO internship_steps (internship_id, step_key, status, submitted_at, validated_at)
       SELECT $1, key, CASE WHEN key IN ('sheet', 'tutors') THEN 'validated' ELSE 'todo' END,
              CASE WHEN key IN ('sheet', 'tutors') THEN now() END, CASE WHEN key IN ('sheet', 'tutors') THEN now() END
         FROM workflow_template_steps WHERE template_id = $2`,
      [internship.id, template.id],
    );
    return internship.id;
  };

  beforeAll(async () => {
    // As behind a reverse proxy on the same host: X-Forwarded-For from 127.0.0.1 is believed.
    platform = await startDocumentsPlatform({ TRUST_PROXY: 'loopback' });
    const programme = await seedProgramme(platform);
    programmeId = programme.programmeId;
    manager = await createUserDirectly(platform, Role.ProgrammeManager, { universityId: programme.universityId });
    await platform.dataSource.query('UPDATE programmes SET manager_id = $2 WHERE id = $1', [
      programmeId,
      manager.userId,
    ]);
    admin = await createUserDirectly(platform, Role.Admin);
    [student, tutor, outsider, academicTutor, otherAcademicTutor] = (await Promise.all([
      createStudent(platform, { programmeId, studyYear: 3, firstName: 'Yasmine', lastName: 'Ben Salah' }),
      createCompanyContact(platform, { firstName: 'Valentin', lastName: 'Bouquet' }),
      createCompanyContact(platform),
      createUserDirectly(platform, Role.AcademicTutor, { universityId: programme.universityId }),
      createUserDirectly(platform, Role.AcademicTutor, { universityId: programme.universityId }),
    ])) as [TestAccount, Contact, Contact, TestAccount, TestAccount];
    await platform.dataSource.query(
      `UPDATE company_memberships SET job_title = 'Directeur technique' WHERE user_id = $1`,
      [tutor.userId],
    );
    internshipId = await seedInternship(student);
  });
  afterAll(() => platform?.close());

  const tokens: Record<'student' | 'company' | 'university', string> = { student: '', company: '', university: '' };

  it('lets only the programme manager issue the agreement, and mails each party a one-time link', async () => {
    await http(student).post(`/internships/${internshipId}/agreement`).expect(403);
    await http(outsider).post(`/internships/${internshipId}/agreement`).expect(403);
    const { body } = await http(manager).post(`/internships/${internshipId}/agreement`).expect(201);
    expect(body).toMatchObject({ internshipId, currentVersion: 1 });
    expect(body.versions).toHaveLength(1);
    expect(body.versions[0]).toMatchObject({
      version: 1,
      kind: 'original',
      status: 'pending',
      startDate: '2027-02-01',
      endDate: '2027-05-23',
    });
    expect(body.versions[0].signatures.map((s: { party: string; status: string }) => [s.party, s.status])).toEqual([
      ['student', 'pending'],
      ['company', 'pending'],
      ['university', 'pending'],
    ]);
    expect(JSON.stringify(body)).not.toContain(tutor.email);

    const again = await http(manager).post(`/internships/${internshipId}/agreement`).expect(409);
    expect(again.body.code).toBe('agreement_already_issued');

    const mails = await Promise.all(
      [student, tutor, manager].map((who) => mailTo(who, 'Signature de la convention de stage')),
    );
    [tokens.student, tokens.company, tokens.university] = mails.map(linkToken);
    expect(mails[1].text).toContain('Yasmine Ben Salah');
    expect(mails[1].text).toContain('Aucun compte');
    // Only the token's hash is stored.
    const stored = await platform.dataSource.query(
      'SELECT token_hash FROM agreement_signatures WHERE token_hash IN ($1, $2)',
      [tokens.student, hashOpaqueToken(tokens.student)],
    );
    expect(stored).toEqual([{ token_hash: hashOpaqueToken(tokens.student) }]);
  });

  it('gives the PDF to the internship’s parties only, with the data of the internship', async () => {
    await http(outsider).get(`/internships/${internshipId}/agreement`).expect(404);
    await http(outsider).get(`/internships/${internshipId}/agreement/pdf`).expect(404);
    await http().get(`/internships/${internshipId}/agreement/pdf`).expect(401);
    for (const who of [student, tutor, academicTutor, manager]) {
      await http(who).get(`/internships/${internshipId}/agreement`).expect(200);
    }
    const pdf = await http(tutor).get(`/internships/${internshipId}/agreement/pdf`).buffer(true).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const body = pdf.body as Buffer;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const extracted = await PdfTextExtractor.readOnce(body);
    const text = extracted.status === 'extracted' ? extracted.text.replace(/\s+/g, ' ') : '';
    for (const expected of [
      'CONVENTION DE STAGE',
      'Yasmine Ben Salah',
      'Conception d’une API de suivi'.replace('’', "'"),
      'du 01/02/2027 au 23/05/2027',
      'Valentin Bouquet, Directeur technique',
      '600 TND par mois',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('shows what a link signs without an account, and signs once per link', async () => {
    const { body: shown } = await http().get(`/agreement-signatures/${tokens.company}`).expect(200);
    expect(shown).toMatchObject({
      party: 'company',
      signerName: 'Valentin Bouquet',
      version: 1,
      kind: 'original',
      studentName: 'Yasmine Ben Salah',
      startDate: '2027-02-01',
      companyTutorName: 'Valentin Bouquet',
      signedAt: null,
    });
    expect(JSON.stringify(shown)).not.toMatch(/@/);
    const pdf = await http().get(shown.pdfUrl).buffer(true).expect(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');

    await http().get('/agreement-signatures/not-a-real-token').expect(404);
    await http().post(`/agreement-signatures/${tokens.company}`).send({ name: 'Valentin Bouquet' }).expect(400);

    const signed = await http()
      .post(`/agreement-signatures/${tokens.company}`)
      .set('user-agent', 'agreement-test/1.0')
      // The left-most address is the client's own claim; the proxy (trusted) appended the one it saw.
      .set('x-forwarded-for', '198.51.100.1, 203.0.113.7')
      .send({ name: ' Valentin   Bouquet ', accept: true })
      .expect(200);
    expect(signed.body.signedAt).not.toBeNull();
    const replay = await http()
      .post(`/agreement-signatures/${tokens.company}`)
      .send({ name: 'Valentin Bouquet', accept: true })
      .expect(410);
    expect(replay.headers['content-type']).toContain('application/problem+json');
    expect(replay.body).toMatchObject({ status: 410, code: 'agreement_link_used' });
    await http().get(`/agreement-signatures/${tokens.company}`).expect(410);

    await http()
      .post(`/agreement-signatures/${tokens.student}`)
      .send({ name: 'Yasmine Ben Salah', accept: true })
      .expect(200);
    expect(await stepStatus(internshipId)).toBe('submitted');
    const { body } = await http(student).get(`/internships/${internshipId}/agreement`).expect(200);
    expect(body.versions[0].signatures.map((s: { status: string }) => s.status)).toEqual([
      'signed',
      'signed',
      'pending',
    ]);
    expect(body.versions[0].signatures[1]).toMatchObject({ typedName: 'Valentin Bouquet' });
  });

  it('completes the agreement step when the last party signs, mails every party and audits the links', async () => {
    await http()
      .post(`/agreement-signatures/${tokens.university}`)
      .send({ name: 'Test Programme', accept: true })
      .expect(200);
    const { body } = await http(manager).get(`/internships/${internshipId}/agreement`).expect(200);
    expect(body.versions[0]).toMatchObject({ status: 'signed', completedVia: 'signatures' });
    await Promise.all(
      [student, tutor, manager].map((who) => mailTo(who, 'La convention de stage de Yasmine Ben Salah est signée')),
    );

    const audit = await auditOf(internshipId);
    const links = audit.filter((a) => a.source === 'link');
    expect(links.map((a) => [a.action, a.details.party])).toEqual([
      ['agreement_signed', 'company'],
      ['agreement_signed', 'student'],
      ['agreement_signed', 'university'],
    ]);
    expect(links[0]).toMatchObject({ actor_id: tutor.userId, actor_label: 'Valentin Bouquet (company)' });
    expect(links[0].details).toMatchObject({ typedName: 'Valentin Bouquet', userAgent: 'agreement-test/1.0' });
    // TRUST_PROXY on: the address the trusted proxy saw, not the proxy's own nor the client's claim.
    expect(links[0].details.ip).toBe('203.0.113.7');
    expect(links[1].details.ip).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['agreement_issued', 'agreement_completed', 'step_completed']),
    );
    expect(audit.map((a) => a.action)).not.toContain('agreement_step_left');
    // The workflow's step, through InternshipStepsService.completeBySystem.
    expect(await stepStatus(internshipId)).toBe('validated');
  });

  it('amends dates and the academic tutor, changing the internship only once the amendment is signed', async () => {
    const refused = await http(manager)
      .post(`/internships/${internshipId}/agreement/amendments`)
      .send({ endDate: '2027-05-23' })
      .expect(400);
    expect(refused.body.code).toBe('agreement_nothing_to_amend');
    await http(manager)
      .post(`/internships/${internshipId}/agreement/amendments`)
      .send({ endDate: '2027-01-01' })
      .expect(400);
    await http(manager)
      .post(`/internships/${internshipId}/agreement/amendments`)
      .send({ academicTutorId: tutor.userId })
      .expect(400);
    await http(student)
      .post(`/internships/${internshipId}/agreement/amendments`)
      .send({ endDate: '2027-06-30' })
      .expect(403);

    const { body } = await http(manager)
      .post(`/internships/${internshipId}/agreement/amendments`)
      .send({ endDate: '2027-06-30', academicTutorId: otherAcademicTutor.userId, reason: 'Projet prolongé' })
      .expect(201);
    expect(body.currentVersion).toBe(2);
    expect(body.versions[1]).toMatchObject({ kind: 'amendment', status: 'pending', endDate: '2027-06-30' });
    expect(body.versions[1].changes).toEqual([
      { field: 'endDate', before: '2027-05-23', after: '2027-06-30' },
      { field: 'academicTutor', before: 'Test academic_tutor', after: 'Test academic_tutor' },
    ]);
    const pending = await http(manager)
      .post(`/internships/${internshipId}/agreement/amendments`)
      .send({ startDate: '2027-02-08' })
      .expect(409);
    expect(pending.body.code).toBe('agreement_pending');

    const pdf = await http(student).get(`/internships/${internshipId}/agreement/pdf`).buffer(true).expect(200);
    const extracted = await PdfTextExtractor.readOnce(pdf.body as Buffer);
    expect(extracted.status === 'extracted' && extracted.text.replace(/\s+/g, ' ')).toContain(
      'Date de fin du stage : 30/06/2027 au lieu de 23/05/2027',
    );

    const mails = await Promise.all([student, tutor, manager].map((who) => mailTo(who, "Signature de l'avenant")));
    const [studentLink, companyLink, universityLink] = mails.map(linkToken);
    await http()
      .post(`/agreement-signatures/${studentLink}`)
      .send({ name: 'Yasmine Ben Salah', accept: true })
      .expect(200);
    await http()
      .post(`/agreement-signatures/${companyLink}`)
      .send({ name: 'Valentin Bouquet', accept: true })
      .expect(200);
    expect(await internshipRow(internshipId)).toEqual({
      start_date: '2027-02-01',
      end_date: '2027-05-23',
      academic_tutor_id: academicTutor.userId,
    });

    await http()
      .post(`/agreement-signatures/${universityLink}`)
      .send({ name: 'Test Programme', accept: true })
      .expect(200);
    expect(await internshipRow(internshipId)).toEqual({
      start_date: '2027-02-01',
      end_date: '2027-06-30',
      academic_tutor_id: otherAcademicTutor.userId,
    });
    // Steps due relative to the end moved with it (the journals are due on the last day).
    const [journals] = await platform.dataSource.query(
      `SELECT to_char(due_on, 'YYYY-MM-DD') AS due_on FROM internship_steps WHERE internship_id = $1 AND step_key = 'journals'`,
      [internshipId],
    );
    expect(journals.due_on).toBe('2027-06-30');
    const audit = await auditOf(internshipId);
    expect(audit.filter((a) => a.action === 'agreement_amendment_signed' && a.source === 'link')).toHaveLength(3);
    const issued = audit.find((a) => a.action === 'agreement_amendment_issued');
    expect(issued).toMatchObject({
      source: 'api',
      actor_id: manager.userId,
      details: { reason: 'Projet prolongé', previousVersion: 1 },
    });
    expect(audit.find((a) => a.action === 'agreement_amendment_applied')).toMatchObject({ source: 'system' });
    // The previous version's PDF stays available.
    await http(tutor).get(`/internships/${internshipId}/agreement/pdf?version=1`).expect(200);
  });

  it('takes a scanned signed copy for every signature, refusing what is not a PDF', async () => {
    const second = await createStudent(platform, { programmeId, studyYear: 3 });
    const id = await seedInternship(second);
    await http(manager)
      .post(`/internships/${id}/agreement/scan`)
      .attach('file', Buffer.from('%PDF-1.7 x'), 'scan.pdf')
      .expect(404);
    await http(manager).post(`/internships/${id}/agreement`).expect(201);
    const token = linkToken(await mailTo(second, 'Signature de la convention de stage'));

    // An expired link is refused with its own code.
    await platform.dataSource.query(
      `UPDATE agreement_signatures SET expires_at = now() - interval '1 second'
        WHERE party = 'student' AND version_id IN (SELECT id FROM agreement_versions WHERE internship_id = $1)`,
      [id],
    );
    const expired = await http().get(`/agreement-signatures/${token}`).expect(410);
    expect(expired.body.code).toBe('agreement_link_expired');

    const scan = (data: Buffer, who: TestAccount = manager) =>
      http(who)
        .post(`/internships/${id}/agreement/scan`)
        .attach('file', data, { filename: 'convention-signée.pdf', contentType: 'application/pdf' });
    expect((await scan(Buffer.from('PK\u0003\u0004 not a pdf')).expect(415)).body.code).toBe(
      'document_unsupported_type',
    );
    await scan(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(TEST_UPLOAD_MAX_BYTES)])).expect(413);
    await scan(Buffer.from('%PDF-1.7\n'), second).expect(403);
    await http(manager).post(`/internships/${id}/agreement/scan`).expect(400);

    const signedCopy = Buffer.from('%PDF-1.7\n% signed scan\n');
    const { body } = await scan(signedCopy).expect(201);
    expect(body.versions[0]).toMatchObject({ status: 'signed', completedVia: 'scan', hasScan: true });
    expect(body.versions[0].signatures.map((s: { status: string }) => s.status)).toEqual([
      'replaced_by_scan',
      'replaced_by_scan',
      'replaced_by_scan',
    ]);
    expect((await scan(signedCopy).expect(409)).body.code).toBe('agreement_not_pending');
    const download = await http(second).get(`/internships/${id}/agreement/scan`).buffer(true).expect(200);
    expect(Buffer.compare(download.body as Buffer, signedCopy)).toBe(0);
    await http(outsider).get(`/internships/${id}/agreement/scan`).expect(404);

    const audit = await auditOf(id);
    expect(audit.find((a) => a.action === 'agreement_scan_uploaded')).toMatchObject({
      source: 'api',
      actor_id: manager.userId,
    });
    await mailTo(second, 'La convention de stage');
    expect(await stepStatus(id)).toBe('validated');
  });

  it('is issued as the workflow’s agreement step: only once the internship runs and its prerequisites are validated', async () => {
    const fourth = await createStudent(platform, { programmeId, studyYear: 3 });
    const id = await seedInternship(fourth);
    const versions = async () =>
      (
        await platform.dataSource.query('SELECT count(*)::int AS n FROM agreement_versions WHERE internship_id = $1', [
          id,
        ])
      )[0].n as number;

    await platform.dataSource.query(
      `UPDATE internship_steps SET status = 'todo', validated_at = NULL WHERE internship_id = $1 AND step_key = 'tutors'`,
      [id],
    );
    const early = await http(manager).post(`/internships/${id}/agreement`).expect(409);
    expect(early.headers['content-type']).toContain('application/problem+json');
    expect(early.body).toMatchObject({ status: 409, code: 'agreement_prerequisites_missing', missing: ['tutors'] });
    expect(early.body.detail).toContain('tutors');

    await platform.dataSource.query(`UPDATE internships SET status = 'setup' WHERE id = $1`, [id]);
    expect((await http(manager).post(`/internships/${id}/agreement`).expect(409)).body.code).toBe(
      'agreement_internship_not_running',
    );
    expect(await versions()).toBe(0);

    await platform.dataSource.query(`UPDATE internships SET status = 'in_progress' WHERE id = $1`, [id]);
    await platform.dataSource.query(
      `UPDATE internship_steps SET status = 'validated', validated_at = now() WHERE internship_id = $1 AND step_key = 'tutors'`,
      [id],
    );
    expect(await stepStatus(id)).toBe('todo');
    await http(manager).post(`/internships/${id}/agreement`).expect(201);
    expect(await versions()).toBe(1);
    // Issued: the step now waits for the signatures, no longer for the programme manager.
    expect(await stepStatus(id)).toBe('submitted');
    await mailTo(fourth, 'Signature de la convention de stage');
    expect((await auditOf(id)).filter((a) => a.action === 'agreement_issued')).toHaveLength(1);
  });

  it('re-sends fresh links to the parties that have not signed, the old ones no longer working', async () => {
    const fifth = await createStudent(platform, { programmeId, studyYear: 3, firstName: 'Rim', lastName: 'Gharbi' });
    const id = await seedInternship(fifth);
    await http(manager).post(`/internships/${id}/agreement/reminders`).expect(404);
    await http(manager).post(`/internships/${id}/agreement`).expect(201);
    const subject = 'Signature de la convention de stage de Rim Gharbi';
    const [studentLink, companyLink, universityLink] = (
      await Promise.all([fifth, tutor, manager].map((who) => mailTo(who, subject)))
    ).map(linkToken);
    await http()
      .post(`/agreement-signatures/${companyLink}`)
      .send({ name: 'Valentin Bouquet', accept: true })
      .expect(200);
    // The student's link has expired meanwhile.
    await platform.dataSource.query(
      `UPDATE agreement_signatures SET expires_at = now() - interval '1 second'
        WHERE party = 'student' AND version_id IN (SELECT id FROM agreement_versions WHERE internship_id = $1)`,
      [id],
    );
    await http().get(`/agreement-signatures/${studentLink}`).expect(410);

    await http(fifth).post(`/internships/${id}/agreement/reminders`).expect(403);
    await http(tutor).post(`/internships/${id}/agreement/reminders`).expect(403);
    const { body } = await http(manager).post(`/internships/${id}/agreement/reminders`).expect(201);
    expect(body.versions[0].signatures.map((s: { party: string; status: string }) => [s.party, s.status])).toEqual([
      ['student', 'pending'],
      ['company', 'signed'],
      ['university', 'pending'],
    ]);
    const reminder = 'Rappel : signature de la convention de stage de Rim Gharbi';
    const [newStudentLink, newUniversityLink] = (
      await Promise.all([fifth, manager].map((who) => mailTo(who, reminder)))
    ).map(linkToken);
    expect(newStudentLink).not.toBe(studentLink);
    expect(platform.smtp.to(tutor.email).some((m) => m.subject === reminder)).toBe(false);

    // Previous links are gone; the fresh ones sign.
    await http().get(`/agreement-signatures/${studentLink}`).expect(404);
    await http()
      .post(`/agreement-signatures/${universityLink}`)
      .send({ name: 'Test Programme', accept: true })
      .expect(404);
    await http().post(`/agreement-signatures/${newStudentLink}`).send({ name: 'Rim Gharbi', accept: true }).expect(200);

    // An admin may re-send too: only the university is left.
    await http(admin).post(`/internships/${id}/agreement/reminders`).expect(201);
    const latest = linkToken(
      await platform.smtp.waitFor(
        (m) => m.to.includes(manager.email) && m.subject === reminder && linkToken(m) !== newUniversityLink,
      ),
    );
    await http()
      .post(`/agreement-signatures/${newUniversityLink}`)
      .send({ name: 'Test Programme', accept: true })
      .expect(404);
    await http().post(`/agreement-signatures/${latest}`).send({ name: 'Test Programme', accept: true }).expect(200);
    expect(await stepStatus(id)).toBe('validated');

    const done = await http(manager).post(`/internships/${id}/agreement/reminders`).expect(409);
    expect(done.body.code).toBe('agreement_not_pending');
    const resent = (await auditOf(id)).filter((a) => a.action === 'agreement_links_resent');
    expect(resent).toEqual([
      expect.objectContaining({
        source: 'api',
        actor_id: manager.userId,
        details: expect.objectContaining({
          version: 1,
          parties: ['student', 'university'],
          previouslyExpired: ['student'],
        }),
      }),
      expect.objectContaining({
        source: 'api',
        actor_id: admin.userId,
        details: expect.objectContaining({ parties: ['university'], previouslyExpired: [] }),
      }),
    ]);
  });

  it('keeps the signature of an internship that stopped running meanwhile, and says why its step was left', async () => {
    const third = await createStudent(platform, { programmeId, studyYear: 3 });
    const id = await seedInternship(third);
    await http(manager).post(`/internships/${id}/agreement`).expect(201);
    // E.g. completed without the step, where a template makes the agreement optional.
    await platform.dataSource.query(`UPDATE internships SET status = 'completed' WHERE id = $1`, [id]);
    const { body } = await http(manager)
      .post(`/internships/${id}/agreement/scan`)
      .attach('file', Buffer.from('%PDF-1.7\n'), { filename: 'scan.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(body.versions[0]).toMatchObject({ status: 'signed', completedVia: 'scan' });
    const audit = await auditOf(id);
    expect(audit.find((a) => a.action === 'agreement_step_left')).toMatchObject({
      source: 'system',
      details: { version: 1, reason: 'internship completed' },
    });
    expect(await stepStatus(id)).toBe('submitted');
  });

  it('closes a cancelled internship’s links and freezes the agreement of a cancelled or labelled one', async () => {
    const sixth = await createStudent(platform, {
      programmeId,
      studyYear: 3,
      firstName: 'Sonia',
      lastName: 'Trabelsi',
    });
    const id = await seedInternship(sixth);
    await http(manager).post(`/internships/${id}/agreement`).expect(201);
    const link = linkToken(await mailTo(sixth, 'Signature de la convention de stage de Sonia Trabelsi'));
    await http(manager)
      .post(`/internships/${id}/cancel`)
      .send({ reason: 'L’entreprise a renoncé au stage.' })
      .expect(200);
    for (const call of [
      http().get(`/agreement-signatures/${link}`),
      http().post(`/agreement-signatures/${link}`).send({ name: 'Sonia Trabelsi', accept: true }),
    ]) {
      expect((await call.expect(410)).body.code).toBe('agreement_link_closed');
    }
    expect((await http(manager).post(`/internships/${id}/agreement/reminders`).expect(409)).body.code).toBe(
      'agreement_internship_closed',
    );
    expect(
      (await http(manager).post(`/internships/${id}/agreement/amendments`).send({ endDate: '2027-06-30' }).expect(409))
        .body.code,
    ).toBe('agreement_internship_closed');

    // A signed agreement of a labelled internship cannot be amended any more.
    const seventh = await createStudent(platform, { programmeId, studyYear: 3 });
    const labelled = await seedInternship(seventh);
    await http(manager).post(`/internships/${labelled}/agreement`).expect(201);
    await http(manager)
      .post(`/internships/${labelled}/agreement/scan`)
      .attach('file', Buffer.from('%PDF-1.7\n'), { filename: 'scan.pdf', contentType: 'application/pdf' })
      .expect(201);
    await platform.dataSource.query(`UPDATE internships SET status = 'labelled' WHERE id = $1`, [labelled]);
    expect(
      (
        await http(manager)
          .post(`/internships/${labelled}/agreement/amendments`)
          .send({ endDate: '2027-06-30' })
          .expect(409)
      ).body.code,
    ).toBe('agreement_internship_closed');
  });

  it('names only an academic tutor of the student’s university in an amendment', async () => {
    const eighth = await createStudent(platform, { programmeId, studyYear: 3 });
    const id = await seedInternship(eighth);
    await http(manager).post(`/internships/${id}/agreement`).expect(201);
    await http(manager)
      .post(`/internships/${id}/agreement/scan`)
      .attach('file', Buffer.from('%PDF-1.7\n'), { filename: 'scan.pdf', contentType: 'application/pdf' })
      .expect(201);
    const elsewhere = await seedProgramme(platform, 'Génie civil');
    const foreignTutor = await createUserDirectly(platform, Role.AcademicTutor, {
      universityId: elsewhere.universityId,
    });
    const refused = await http(manager)
      .post(`/internships/${id}/agreement/amendments`)
      .send({ academicTutorId: foreignTutor.userId })
      .expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'academicTutorId' })]);
    await http(manager)
      .post(`/internships/${id}/agreement/amendments`)
      .send({ academicTutorId: otherAcademicTutor.userId })
      .expect(201);
  });
});
