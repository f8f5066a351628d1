import { ApplicationRemindersService } from '../src/applications/application-reminders.service';
import { createCompanyContact, createStudent, seedProgramme, TestAccount } from './support/accounts';
import { untilIdle } from './support/eventually';
import { cvPdf, letterPdf } from './support/pdf-fixtures';
import { softwareOfferBody } from './support/offers';
import { TestPlatform } from './support/platform';
import { createRequest, startDocumentsPlatform, upload } from './support/requests-helpers';

type Contact = TestAccount & { companyId: string };

const DAY_MS = 24 * 3600 * 1000;

const offerBody = (title: string, extra: Record<string, unknown> = {}) =>
  softwareOfferBody(title, { durationWeeks: 4, skills: ['TypeScript'], wantedCountries: [], ...extra });

describe('applications', () => {
  let platform: TestPlatform;
  let programme: { universityId: string; programmeId: string };
  let contact: Contact;
  let colleague: Contact;
  let otherContact: Contact;
  let student: TestAccount;
  let requestId: string;
  let requestCvId: string;
  let requestLetterId: string;

  const http = (who?: { accessToken: string }) => platform.http(who?.accessToken);
  const publishedOffer = async (title: string, extra: Record<string, unknown> = {}, who: Contact = contact) => {
    const { body } = await http(who)
      .post(`/companies/${who.companyId}/offers`)
      .send(offerBody(title, extra))
      .expect(201);
    await http(who).post(`/offers/${body.id}/publish`).expect(200);
    return body.id as string;
  };
  const newStudent = () => createStudent(platform, { programmeId: programme.programmeId, studyYear: 4 });
  /** A student with a request holding a CV and a letter. */
  const studentWithRequest = async () => {
    const account = await newStudent();
    const request = await createRequest(platform, account.accessToken);
    const cv = (await upload(platform, account.accessToken, request.id, 'cv', await cvPdf()).expect(201)).body;
    const letter = (
      await upload(platform, account.accessToken, request.id, 'letter', await letterPdf(), 'lettre.pdf').expect(201)
    ).body;
    return { account, requestId: request.id as string, cvId: cv.id as string, letterId: letter.id as string };
  };
  const apply = (who: TestAccount, offerId: string, body: Record<string, unknown>) =>
    http(who)
      .post(`/offers/${offerId}/applications`)
      .send({ message: 'Madame, Monsieur, je suis candidat.', ...body });

  beforeAll(async () => {
    platform = await startDocumentsPlatform();
    programme = await seedProgramme(platform);
    [contact, otherContact] = await Promise.all([createCompanyContact(platform), createCompanyContact(platform)]);
    // A second active contact of the same company: mails about an offer go to its author only.
    const extra = await createCompanyContact(platform);
    await platform.dataSource.query('UPDATE company_memberships SET company_id = $2 WHERE user_id = $1', [
      extra.userId,
      contact.companyId,
    ]);
    colleague = { ...extra, companyId: contact.companyId };
    const ready = await studentWithRequest();
    student = ready.account;
    requestId = ready.requestId;
    requestCvId = ready.cvId;
    requestLetterId = ready.letterId;
  });
  afterAll(() => platform?.close());

  it('takes an application with the CV and letter of a request; the company sees it per offer and across offers', async () => {
    const offerId = await publishedOffer('Stage développement web <b>TS</b>');
    const { body: application } = await apply(student, offerId, {
      message: '<script>alert(1)</script> Je suis motivé.',
      requestId,
    }).expect(201);
    expect(application).toMatchObject({
      status: 'received',
      message: '<script>alert(1)</script> Je suis motivé.',
      offer: { id: offerId, title: 'Stage développement web <b>TS</b>', companyId: contact.companyId },
      student: { id: student.userId, firstName: 'Khira', lastName: 'Khadraoui', studyYear: 4 },
      requestId,
      respondedAt: null,
      internshipId: null,
    });
    expect(application.documents.map((d: { id: string; role: string }) => [d.role, d.id])).toEqual([
      ['cv', requestCvId],
      ['letter', requestLetterId],
    ]);
    expect(JSON.stringify(application)).not.toContain(student.email);
    const respondBy = new Date(application.respondBy).getTime() - new Date(application.createdAt).getTime();
    expect(Math.round(respondBy / DAY_MS)).toBe(15);

    const perOffer = await http(contact).get(`/offers/${offerId}/applications`).expect(200);
    expect(perOffer.body.items.map((a: { id: string }) => a.id)).toEqual([application.id]);
    const across = await http(contact).get(`/companies/${contact.companyId}/applications?status=received`).expect(200);
    expect(across.body.items.map((a: { id: string }) => a.id)).toContain(application.id);
    const mine = await http(student).get('/me/applications').expect(200);
    expect(mine.body.items.map((a: { id: string }) => a.id)).toContain(application.id);

    // The offer's author is told; the other contact of the company is not.
    const mail = await platform.smtp.waitFor(
      (m) => m.to.includes(contact.email) && m.subject.includes('Nouvelle candidature'),
    );
    expect(mail.text).toContain('Khira Khadraoui');
    expect(mail.html).not.toContain('<b>TS</b>');
    expect(platform.smtp.to(colleague.email).filter((m) => m.subject.includes('Nouvelle candidature'))).toEqual([]);
  });

  it('refuses a second application to the same offer, and leaves nothing of it behind', async () => {
    const offerId = await publishedOffer('Stage unique');
    await apply(student, offerId, { requestId }).expect(201);
    const again = await apply(student, offerId, { requestId }).expect(409);
    expect(again.body.code).toBe('application_duplicate');
    const [{ count }] = await platform.dataSource.query(
      'SELECT count(*)::int AS count FROM applications WHERE offer_id = $1',
      [offerId],
    );
    expect(count).toBe(1);
  });

  it('names the field at fault for missing or foreign documents, and refuses unseen or closed offers', async () => {
    const offerId = await publishedOffer('Stage exigeant');
    const other = await studentWithRequest();
    const blank = await apply(student, offerId, { requestId, message: '   ' }).expect(400);
    expect(blank.body.errors).toEqual([expect.objectContaining({ field: 'message' })]);
    const noCv = await apply(student, offerId, {}).expect(400);
    expect(noCv.body.errors).toEqual([expect.objectContaining({ field: 'cvDocumentId' })]);
    const foreign = await apply(student, offerId, { requestId, cvDocumentId: other.cvId }).expect(400);
    expect(foreign.body.errors).toEqual([expect.objectContaining({ field: 'cvDocumentId' })]);
    const wrongKind = await apply(student, offerId, { requestId, letterDocumentId: requestCvId }).expect(400);
    expect(wrongKind.body.errors).toEqual([expect.objectContaining({ field: 'letterDocumentId' })]);
    const foreignRequest = await apply(student, offerId, { requestId: other.requestId }).expect(400);
    expect(foreignRequest.body.errors).toEqual([expect.objectContaining({ field: 'requestId' })]);
    const badId = await apply(student, offerId, { requestId, otherDocumentIds: ['nope'] }).expect(400);
    expect(JSON.stringify(badId.body.errors)).toContain('otherDocumentIds');
    const [{ count }] = await platform.dataSource.query(
      'SELECT count(*)::int AS count FROM applications WHERE offer_id = $1',
      [offerId],
    );
    expect(count).toBe(0);

    // A draft is not found; an offer targeted elsewhere is not found; an unpublished one is closed.
    const { body: draft } = await http(contact)
      .post(`/companies/${contact.companyId}/offers`)
      .send(offerBody('Brouillon'))
      .expect(201);
    await apply(student, draft.id, { requestId }).expect(404);
    const elsewhere = await publishedOffer('Stage ciblé ailleurs', { targeting: 'country', targetCountryCode: 'FR' });
    await apply(student, elsewhere, { requestId }).expect(404);
    const closed = await publishedOffer('Stage dépublié');
    await http(contact).post(`/offers/${closed}/unpublish`).expect(200);
    expect((await apply(student, closed, { requestId }).expect(409)).body.code).toBe('application_offer_closed');
    // Only students apply.
    await apply(contact, offerId, { requestId }).expect(403);
  });

  it('sends new files and extra documents; the company downloads exactly what was sent, others nothing', async () => {
    const offerId = await publishedOffer('Stage avec pièces jointes');
    const applicant = await newStudent();
    const post = (kind: string, data: Buffer, name: string) =>
      http(applicant)
        .post('/documents')
        .field('kind', kind)
        .attach('file', data, { filename: name, contentType: 'application/pdf' });
    const cv = (await post('cv', await cvPdf(), 'mon-cv.pdf').expect(201)).body;
    const letter = (await post('letter', await letterPdf(), 'lettre.pdf').expect(201)).body;
    const extra = (await post('other', await letterPdf(), 'recommandation.pdf').expect(201)).body;
    const unsent = (await post('other', await letterPdf(), 'brouillon.pdf').expect(201)).body;
    expect(cv.requestId).toBeNull();
    const { body: application } = await apply(applicant, offerId, {
      cvDocumentId: cv.id,
      letterDocumentId: letter.id,
      otherDocumentIds: [extra.id],
    }).expect(201);
    expect(application.documents.map((d: { role: string }) => d.role)).toEqual(['cv', 'letter', 'other']);

    for (const id of [cv.id, letter.id, extra.id]) {
      const file = await http(contact).get(`/documents/${id}/file`).expect(200);
      expect(file.headers['content-type']).toBe('application/pdf');
    }
    await http(contact).get(`/documents/${unsent.id}/file`).expect(404);
    await http(otherContact).get(`/documents/${cv.id}/file`).expect(404);
    await http(otherContact).get(`/applications/${application.id}`).expect(404);
    await http(await newStudent())
      .get(`/applications/${application.id}`)
      .expect(404);
    // A sent file stays as sent.
    expect((await http(applicant).delete(`/documents/${cv.id}`).expect(409)).body.code).toBe(
      'document_sent_with_application',
    );
    await http(applicant).delete(`/documents/${unsent.id}`).expect(204);
  });

  it('keeps the files of an application when the request gets a new CV', async () => {
    const ready = await studentWithRequest();
    const offerId = await publishedOffer('Stage et nouveau CV');
    const { body: application } = await apply(ready.account, offerId, { requestId: ready.requestId }).expect(201);
    await upload(platform, ready.account.accessToken, ready.requestId, 'cv', await cvPdf(), 'cv-v2.pdf').expect(201);
    const { body: after } = await http(contact).get(`/applications/${application.id}`).expect(200);
    expect(after.documents.find((d: { role: string }) => d.role === 'cv').id).toBe(ready.cvId);
    await http(contact).get(`/documents/${ready.cvId}/file`).expect(200);
    const requestDocs = await http(ready.account).get(`/requests/${ready.requestId}/documents`).expect(200);
    expect(requestDocs.body.items.map((d: { id: string }) => d.id)).not.toContain(ready.cvId);
  });

  it('works through statuses with an e-mail to the student each time; selection creates the internship', async () => {
    const offerId = await publishedOffer('Stage sélection');
    const ready = await studentWithRequest();
    const { body: application } = await apply(ready.account, offerId, { requestId: ready.requestId }).expect(201);
    const setStatus = (status: string, message?: string, who: TestAccount = contact) =>
      http(who)
        .post(`/applications/${application.id}/status`)
        .send({ status, ...(message ? { message } : {}) });

    await setStatus('read').expect(200);
    const read = await platform.smtp.waitFor((m) => m.to.includes(ready.account.email) && m.subject.includes('lue'));
    expect(read.subject).toContain('Stage sélection');
    const { body: afterRead } = await http(ready.account).get(`/applications/${application.id}`).expect(200);
    expect(afterRead.respondedAt).toBeNull(); // reading is not an answer

    await setStatus('interview', 'Pouvez-vous venir mardi à 10 h ?').expect(200);
    const interview = await platform.smtp.waitFor(
      (m) => m.to.includes(ready.account.email) && m.subject.includes('entretien'),
    );
    expect(interview.text).toContain('Pouvez-vous venir mardi à 10 h ?');

    expect((await setStatus('received').expect(409)).body.code).toBe('application_invalid_transition');
    await setStatus('selected', undefined, otherContact).expect(404);
    await setStatus('selected', undefined, ready.account).expect(403);
    await http(contact).post(`/applications/${application.id}/status`).send({ status: 'hired' }).expect(400);

    const { body: selected } = await setStatus('selected', 'Bienvenue !').expect(200);
    expect(selected.status).toBe('selected');
    expect(selected.internshipId).toEqual(expect.any(String));
    const [internship] = await platform.dataSource.query('SELECT * FROM internships WHERE id = $1', [
      selected.internshipId,
    ]);
    expect(internship).toMatchObject({
      application_id: application.id,
      offer_id: offerId,
      student_id: ready.account.userId,
      company_id: contact.companyId,
      status: 'setup',
    });
    expect(internship.end_date.toISOString?.() ?? internship.end_date).toContain('2027-02-28');
    await platform.smtp.waitFor((m) => m.to.includes(ready.account.email) && m.subject.includes('retenue :'));
    await setStatus('rejected').expect(409);

    const { body: timeline } = await http(ready.account).get(`/applications/${application.id}/events`).expect(200);
    expect(timeline.items.map((e: { kind: string; toStatus: string | null }) => [e.kind, e.toStatus])).toEqual([
      ['submitted', 'received'],
      ['status_changed', 'read'],
      ['status_changed', 'interview'],
      ['status_changed', 'selected'],
    ]);
  });

  it('relays messages without exposing the student address until the student answers', async () => {
    const offerId = await publishedOffer('Stage contact');
    const ready = await studentWithRequest();
    const { body: application } = await apply(ready.account, offerId, { requestId: ready.requestId }).expect(201);

    const early = await http(ready.account)
      .post(`/applications/${application.id}/messages`)
      .send({ message: 'Bonjour ?' })
      .expect(409);
    expect(early.body.code).toBe('application_no_conversation');

    const blank = await http(contact)
      .post(`/applications/${application.id}/messages`)
      .send({ message: ' \n ' })
      .expect(400);
    expect(blank.body.errors).toEqual([expect.objectContaining({ field: 'message' })]);
    await http(contact)
      .post(`/applications/${application.id}/messages`)
      .send({ message: 'Êtes-vous disponible ?' })
      .expect(201);
    const toStudent = await platform.smtp.waitFor(
      (m) => m.to.includes(ready.account.email) && m.text.includes('Êtes-vous disponible ?'),
    );
    expect(toStudent.raw).toMatch(new RegExp(`^Reply-To: .*${contact.email.replace(/[.]/g, '\\.')}`, 'mi'));

    await http(ready.account)
      .post(`/applications/${application.id}/messages`)
      .send({ message: 'Oui, dès lundi.' })
      .expect(201);
    const toCompany = await platform.smtp.waitFor(
      (m) => m.to.includes(contact.email) && m.text.includes('Oui, dès lundi.'),
    );
    expect(toCompany.raw).toMatch(new RegExp(`^Reply-To: .*${ready.account.email.replace(/[.]/g, '\\.')}`, 'mi'));
    // Nothing before the answer carried the student's address to the company.
    const beforeAnswer = platform.smtp.to(contact.email).filter((m) => m !== toCompany);
    expect(beforeAnswer.some((m) => m.raw.includes(ready.account.email))).toBe(false);

    const { body: after } = await http(contact).get(`/applications/${application.id}`).expect(200);
    expect(after.respondedAt).not.toBeNull(); // a message answers the student
  });

  it('computes the response rate students see on the offers, and reminds the company once before the deadline', async () => {
    const company = await createCompanyContact(platform);
    const offerId = await publishedOffer('Stage taux de réponse', {}, company);
    const applicants = await Promise.all([studentWithRequest(), studentWithRequest(), studentWithRequest()]);
    const applications = [];
    for (const a of applicants)
      applications.push((await apply(a.account, offerId, { requestId: a.requestId }).expect(201)).body);

    const rateSeen = async () =>
      (await http(applicants[0].account).get(`/offers/${offerId}`).expect(200)).body.companyResponseRate;
    expect(await rateSeen()).toBeNull(); // nothing answered, no deadline passed

    // One answered in time, one left to pass its deadline, one still open.
    await http(company).post(`/applications/${applications[0].id}/status`).send({ status: 'rejected' }).expect(200);
    await platform.dataSource.query(
      `UPDATE applications SET respond_by = now() - interval '1 day', created_at = now() - interval '16 days' WHERE id = $1`,
      [applications[1].id],
    );
    expect(await rateSeen()).toEqual({ rate: 0.5, answeredOnTime: 1, counted: 2 });
    const listed = await http(applicants[0].account).get('/offers').expect(200);
    expect(listed.body.items.find((o: { id: string }) => o.id === offerId).companyResponseRate.rate).toBe(0.5);

    // The reminder: within APPLICATION_REMINDER_LEAD_DAYS of the deadline, once, whatever the restarts.
    const reminders = platform.worker!.get(ApplicationRemindersService);
    const subject = 'en attente de réponse';
    // Five days on, the overdue one (never reminded) is caught up; the open one is not yet in its window.
    expect(await reminders.remindDue(new Date(Date.now() + 5 * DAY_MS))).toBe(1);
    const first = await platform.smtp.waitFor((m) => m.to.includes(company.email) && m.subject.includes(subject));
    expect(first.subject).toContain('1 candidature(s)');
    const [open] = await platform.dataSource.query('SELECT reminded_at FROM applications WHERE id = $1', [
      applications[2].id,
    ]);
    expect(open.reminded_at).toBeNull();
    // Thirteen days on, two days before its deadline: reminded, once, however often the sweep runs.
    const soon = new Date(Date.now() + 13 * DAY_MS);
    expect(await reminders.remindDue(soon)).toBeGreaterThanOrEqual(1); // other tests' applications are due too
    const [reminded] = await platform.dataSource.query('SELECT reminded_at FROM applications WHERE id = $1', [
      applications[2].id,
    ]);
    expect(reminded.reminded_at).not.toBeNull();
    expect(await reminders.remindDue(soon)).toBe(0);
    await platform.smtp.waitFor((m) => m.to.includes(company.email) && m.subject.includes(subject) && m !== first);
    // Every reminder written is sent once the worker is idle: a third one would show then.
    await untilIdle(platform.dataSource);
    expect(platform.smtp.to(company.email).filter((m) => m.subject.includes(subject))).toHaveLength(2);
    const { body: timeline } = await http(company).get(`/applications/${applications[2].id}/events`).expect(200);
    expect(timeline.items.map((e: { kind: string }) => e.kind)).toContain('reminder_sent');
    const { body: seenByStudent } = await http(applicants[2].account)
      .get(`/applications/${applications[2].id}/events`)
      .expect(200);
    expect(seenByStudent.items.map((e: { kind: string }) => e.kind)).not.toContain('reminder_sent');
  });
});
