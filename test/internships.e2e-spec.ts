import { Role } from '../src/common/auth/role.enum';
import { InternshipStepsService } from '../src/label-workflow/steps/internship-steps.service';
import {
  createCompanyContact,
  createStudent,
  createUserDirectly,
  seedProgramme,
  TestAccount,
} from './support/accounts';
import { cvPdf, letterPdf } from './support/pdf-fixtures';
import { TestPlatform } from './support/platform';
import { createRequest, startDocumentsPlatform, upload } from './support/requests-helpers';

type Contact = TestAccount & { companyId: string };
type Step = {
  key: string;
  status: string;
  evidence: Record<string, unknown> | null;
  evidenceHidden: boolean;
  dueOn: string | null;
  actions: string[];
};

const DAY_MS = 24 * 3600 * 1000;
const SECRET = 'Le tuteur était souvent absent, ambiance difficile.';

describe('internships and the label workflow', () => {
  let platform: TestPlatform;
  let programme: { universityId: string; programmeId: string };
  let pm: TestAccount;
  let otherPm: TestAccount;
  let ym: TestAccount;
  let tutor: TestAccount;
  let admin: TestAccount;
  let contact: Contact;
  let colleague: Contact;
  let outsider: Contact;

  const http = (who?: { accessToken: string }) => platform.http(who?.accessToken);
  const act = (
    who: TestAccount,
    id: string,
    key: string,
    action: 'submit' | 'validate',
    body: Record<string, unknown> = {},
  ) => http(who).post(`/internships/${id}/steps/${key}/${action}`).send(body);
  const steps = (body: { phases: Record<string, Step[]> }): Step[] => [
    ...body.phases.before,
    ...body.phases.during,
    ...body.phases.after,
  ];
  const stepOf = async (who: TestAccount, id: string, key: string) =>
    steps((await http(who).get(`/internships/${id}`).expect(200)).body).find((s) => s.key === key)!;
  const mailTo = (who: TestAccount, pattern: RegExp) =>
    platform.smtp.waitFor((m) => m.to.includes(who.email) && pattern.test(m.subject));

  /** A student of the programme (year 4) selected on an offer of `contact`'s company, through the applications API. */
  const selectedStudent = async (): Promise<{ student: TestAccount; internshipId: string }> => {
    const student = await createStudent(platform, { programmeId: programme.programmeId, studyYear: 4 });
    const request = await createRequest(platform, student.accessToken);
    await upload(platform, student.accessToken, request.id, 'cv', await cvPdf()).expect(201);
    await upload(platform, student.accessToken, request.id, 'letter', await letterPdf(), 'lettre.pdf').expect(201);
    const { body: offer } = await http(contact)
      .post(`/companies/${contact.companyId}/offers`)
      .send({
        title: 'Stage qualité de l’eau',
        internshipType: 'mastery',
        mission: 'Analyser les stations de traitement.',
        durationWeeks: 4,
        startDate: '2027-02-01',
        city: 'Sfax',
        countryCode: 'TN',
        position: 'Stagiaire ingénieur',
        places: 1,
        applicationDeadline: new Date(Date.now() + 30 * DAY_MS).toISOString(),
        targeting: 'open',
      })
      .expect(201);
    await http(contact).post(`/offers/${offer.id}/publish`).expect(200);
    const { body: application } = await http(student)
      .post(`/offers/${offer.id}/applications`)
      .send({ message: 'Je suis candidat.', requestId: request.id })
      .expect(201);
    const { body: selected } = await http(contact)
      .post(`/applications/${application.id}/status`)
      .send({ status: 'selected' })
      .expect(200);
    return { student, internshipId: selected.internshipId };
  };

  /** Every party but `allowed` is refused (403), and people outside the internship do not find it (404). */
  const refusedExcept = async (
    id: string,
    key: string,
    action: 'submit' | 'validate',
    allowed: TestAccount[],
    student: TestAccount,
    stranger: TestAccount,
  ) => {
    const everyone: Array<[string, TestAccount]> = [
      ['student', student],
      ['company tutor', contact],
      ['host colleague', colleague],
      ['academic tutor', tutor],
      ['year manager', ym],
      ['programme manager', pm],
      ['admin', admin],
    ];
    for (const [name, who] of everyone.filter(([, who]) => !allowed.includes(who))) {
      const response = await act(who, id, key, action, action === 'submit' ? { evidence: { x: 1 }, grade: 10 } : {});
      expect([name, key, action, response.status]).toEqual([name, key, action, 403]);
    }
    for (const who of [outsider, otherPm, stranger]) await act(who, id, key, action).expect(404);
  };

  beforeAll(async () => {
    platform = await startDocumentsPlatform();
    programme = await seedProgramme(platform, 'Sciences et Technologies de l’Eau');
    const other = await seedProgramme(platform, 'Autre filière');
    [pm, otherPm, ym, tutor, admin] = await Promise.all([
      createUserDirectly(platform, Role.ProgrammeManager, { universityId: programme.universityId }),
      createUserDirectly(platform, Role.ProgrammeManager, { universityId: other.universityId }),
      createUserDirectly(platform, Role.YearManager, { universityId: programme.universityId }),
      createUserDirectly(platform, Role.AcademicTutor, { universityId: programme.universityId }),
      createUserDirectly(platform, Role.Admin),
    ]);
    await platform.dataSource.query('UPDATE programmes SET manager_id = $2 WHERE id = $1', [
      programme.programmeId,
      pm.userId,
    ]);
    await platform.dataSource.query('UPDATE programmes SET manager_id = $2 WHERE id = $1', [
      other.programmeId,
      otherPm.userId,
    ]);
    await platform.dataSource.query(
      'INSERT INTO programme_year_managers (programme_id, study_year, user_id) VALUES ($1, 4, $2)',
      [programme.programmeId, ym.userId],
    );
    [contact, outsider] = await Promise.all([createCompanyContact(platform), createCompanyContact(platform)]);
    const extra = await createCompanyContact(platform);
    await platform.dataSource.query('UPDATE company_memberships SET company_id = $2 WHERE user_id = $1', [
      extra.userId,
      contact.companyId,
    ]);
    colleague = { ...extra, companyId: contact.companyId };
  });
  afterAll(() => platform?.close());

  it('runs a full internship from selection to label, each actor through the API, with their e-mails', async () => {
    const { student, internshipId: id } = await selectedStudent();
    const stranger = await createStudent(platform, { programmeId: programme.programmeId, studyYear: 4 });

    // The sheet starts from the offer and the student's profile.
    const { body: created } = await http(student).get(`/internships/${id}`).expect(200);
    expect(created).toMatchObject({
      status: 'setup',
      programme: { id: programme.programmeId },
      studyYear: 4,
      academicYear: '2026-2027',
      title: 'Stage qualité de l’eau',
      startDate: '2027-02-01',
      endDate: '2027-02-28',
      template: null,
    });
    await http(stranger).get(`/internships/${id}`).expect(404);
    await http(outsider).get(`/internships/${id}`).expect(404);

    // The company completes the sheet; the university's fields are the programme manager's.
    await http(pm).post(`/internships/${id}/start`).expect(409);
    await http(contact).patch(`/internships/${id}`).send({ companyTutorId: outsider.userId }).expect(400);
    await http(contact).patch(`/internships/${id}`).send({ academicTutorId: tutor.userId }).expect(403);
    await http(contact)
      .patch(`/internships/${id}`)
      .send({ companyTutorId: contact.userId, description: 'Mesures sur site.' })
      .expect(200);
    const badTutor = await http(pm).patch(`/internships/${id}`).send({ academicTutorId: ym.userId }).expect(400);
    expect(badTutor.body.errors).toEqual([expect.objectContaining({ field: 'academicTutorId' })]);
    await http(pm).patch(`/internships/${id}`).send({ academicTutorId: tutor.userId }).expect(200);

    // Start: the default template, due dates from the dates, the company tutor told it is their turn.
    await http(student).post(`/internships/${id}/start`).expect(403);
    const { body: started } = await http(pm).post(`/internships/${id}/start`).expect(200);
    expect(started.status).toBe('in_progress');
    expect(started.template).toMatchObject({ version: 1, programmeId: null, labelMode: 'manager_decision' });
    expect(steps(started).map((s) => s.key)).toEqual([
      'sheet',
      'tutors',
      'agreement',
      'journals',
      'intermediate_review',
      'company_evaluation',
      'report_defence',
      'student_evaluation',
      'label_decision',
    ]);
    expect(steps(started).find((s) => s.key === 'sheet')?.dueOn).toBe('2027-01-11');
    expect(steps(started).find((s) => s.key === 'student_evaluation')?.dueOn).toBe('2027-04-14');
    await http(pm).post(`/internships/${id}/start`).expect(409);
    const sheetMail = await mailTo(contact, /Fiche de stage validée/);
    expect(sheetMail.text).toContain('Khira Khadraoui');
    expect(sheetMail.text).toContain('11 janvier 2027');

    // Prerequisites and statuses are enforced.
    expect((await act(pm, id, 'tutors', 'submit', { evidence: {} }).expect(409)).body.code).toBe(
      'internship_step_prerequisites_missing',
    );
    expect(
      (await act(student, id, 'intermediate_review', 'submit', { evidence: { a: 1 } }).expect(409)).body.missing,
    ).toEqual(['agreement']);
    expect((await act(pm, id, 'sheet', 'validate').expect(409)).body.code).toBe('internship_step_wrong_status');

    // sheet: the company tutor submits, the programme manager validates.
    await refusedExcept(id, 'sheet', 'submit', [contact], student, stranger);
    expect((await act(contact, id, 'sheet', 'submit').expect(400)).body.errors).toEqual([
      expect.objectContaining({ field: 'evidence' }),
    ]);
    await act(contact, id, 'sheet', 'submit', { evidence: { confirmed: true } }).expect(200);
    await act(contact, id, 'sheet', 'submit', { evidence: { confirmed: true } }).expect(409);
    await mailTo(pm, /Fiche de stage validée.*à valider/);
    await refusedExcept(id, 'sheet', 'validate', [pm], student, stranger);
    await act(pm, id, 'sheet', 'validate', { comment: 'Conforme.' }).expect(200);
    await act(pm, id, 'sheet', 'validate').expect(409);

    // tutors: the programme manager.
    await mailTo(pm, /Tuteurs désignés/);
    await refusedExcept(id, 'tutors', 'submit', [pm], student, stranger);
    await act(pm, id, 'tutors', 'submit', { evidence: { confirmed: true } }).expect(200);

    // agreement: completed by the platform once signed, never by hand.
    expect((await act(pm, id, 'agreement', 'submit', { evidence: {} }).expect(409)).body.code).toBe(
      'internship_step_completed_by_system',
    );
    await platform.dataSource.transaction((manager) =>
      platform.api
        .get(InternshipStepsService)
        .completeBySystem(
          manager,
          id,
          'agreement',
          { agreementVersionId: 'test' },
          { id: null, label: 'Convention signée par toutes les parties' },
        ),
    );

    // intermediate review: the student writes it, both tutors validate.
    await mailTo(student, /Bilan intermédiaire/);
    await mailTo(student, /Journaux de stage/);
    await refusedExcept(id, 'intermediate_review', 'submit', [student], student, stranger);
    await act(student, id, 'intermediate_review', 'submit', { evidence: { progress: 'Bon début' } }).expect(200);
    await mailTo(contact, /Bilan intermédiaire.*à valider/);
    await mailTo(tutor, /Bilan intermédiaire.*à valider/);
    await refusedExcept(id, 'intermediate_review', 'validate', [contact, tutor], student, stranger);
    const { body: half } = await act(contact, id, 'intermediate_review', 'validate').expect(200);
    expect(steps(half).find((s) => s.key === 'intermediate_review')).toMatchObject({
      status: 'submitted',
      pendingValidators: ['academic_tutor'],
    });
    await act(tutor, id, 'intermediate_review', 'validate').expect(200);

    // journals: the student, validated by the academic tutor.
    await refusedExcept(id, 'journals', 'submit', [student], student, stranger);
    await act(student, id, 'journals', 'submit', { evidence: { entries: 12 } }).expect(200);
    await refusedExcept(id, 'journals', 'validate', [tutor], student, stranger);
    await act(tutor, id, 'journals', 'validate').expect(200);

    // company evaluation: graded by the company tutor.
    await mailTo(contact, /Évaluation du stage par le tuteur entreprise/);
    await refusedExcept(id, 'company_evaluation', 'submit', [contact], student, stranger);
    expect(
      (await act(contact, id, 'company_evaluation', 'submit', { evidence: { behaviour: 'très bien' } }).expect(400))
        .body.errors,
    ).toEqual([expect.objectContaining({ field: 'grade' })]);
    await act(contact, id, 'company_evaluation', 'submit', { evidence: { behaviour: 'très bien' }, grade: 25 }).expect(
      400,
    );
    await act(contact, id, 'company_evaluation', 'submit', { evidence: { behaviour: 'très bien' }, grade: 16 }).expect(
      200,
    );

    // report and defence: graded by the academic tutor, validated by the programme manager.
    await mailTo(tutor, /Rapport et soutenance/);
    await refusedExcept(id, 'report_defence', 'submit', [tutor], student, stranger);
    await act(tutor, id, 'report_defence', 'submit', { evidence: { jury: 'A, B' }, grade: 14 }).expect(200);
    await refusedExcept(id, 'report_defence', 'validate', [pm], student, stranger);
    await act(pm, id, 'report_defence', 'validate').expect(200);

    // The student's confidential evaluation: only the programme manager reads it.
    await mailTo(student, /Évaluation du stage par l’étudiant/);
    await refusedExcept(id, 'student_evaluation', 'submit', [student], student, stranger);
    const { body: completed } = await act(student, id, 'student_evaluation', 'submit', {
      evidence: { remarks: SECRET },
    }).expect(200);
    expect(completed.status).toBe('completed');
    expect(JSON.stringify(completed)).not.toContain(SECRET);
    for (const who of [contact, colleague, tutor, ym, admin, student]) {
      const { body } = await http(who).get(`/internships/${id}`).expect(200);
      expect(JSON.stringify(body)).not.toContain(SECRET);
      expect(steps(body).find((s) => s.key === 'student_evaluation')).toMatchObject({
        status: 'validated',
        evidence: null,
        evidenceHidden: true,
      });
    }
    expect((await stepOf(pm, id, 'student_evaluation')).evidence).toEqual({ remarks: SECRET });
    expect(
      JSON.stringify((await http(admin).get(`/internships/${id}/audit?limit=100`).expect(200)).body),
    ).not.toContain(SECRET);

    // The label: the programme manager's decision, once every mandatory step is validated.
    await mailTo(pm, /Décision de label/);
    await refusedExcept(id, 'label_decision', 'submit', [pm], student, stranger);
    expect(
      (await act(pm, id, 'label_decision', 'submit', { evidence: {}, decision: 'refuse' }).expect(400)).body.errors,
    ).toEqual([expect.objectContaining({ field: 'reason' })]);
    await act(pm, id, 'label_decision', 'submit', {
      evidence: {},
      decision: 'refuse',
      reason: 'Rapport à reprendre.',
    }).expect(200);
    const refusal = await mailTo(student, /n'obtient pas le Label/);
    expect(refusal.text).toContain('Rapport à reprendre.');
    const { body: labelled } = await act(pm, id, 'label_decision', 'submit', {
      evidence: { note: 'Rapport repris' },
      decision: 'grant',
    }).expect(200);
    expect(labelled.status).toBe('labelled');
    expect(labelled.finalGrade).toBe(14.8);
    expect(labelled.label.code).toMatch(/^[A-Z2-7]{12}$/);
    expect(labelled.progress).toMatchObject({ done: 9, toDo: 0, mandatoryDone: 9, mandatoryTotal: 9 });
    const [row] = await platform.dataSource.query(
      'SELECT label_code, label_granted_by, final_grade FROM internships WHERE id = $1',
      [id],
    );
    expect(row).toMatchObject({ label_code: labelled.label.code, label_granted_by: pm.userId, final_grade: '14.80' });
    for (const who of [student, contact])
      expect((await mailTo(who, /obtient le Label/)).text).toContain(labelled.label.code);
    await act(pm, id, 'label_decision', 'submit', { evidence: {}, decision: 'grant' }).expect(409);

    // The label states what was true when it was granted: a later rename changes nothing on it.
    const { body: verified } = await http().get(`/labels/${labelled.label.code}`).expect(200);
    await http(student).patch('/me').send({ firstName: 'Renommé', lastName: 'Plus-Tard' }).expect(200);
    const { body: reverified } = await http().get(`/labels/${labelled.label.code}`).expect(200);
    expect(reverified).toEqual(verified);
    expect(reverified.studentName).not.toContain('Renommé');

    // The audit holds every act, with who and from what.
    await http(student).get(`/internships/${id}/audit`).expect(403);
    await http(otherPm).get(`/internships/${id}/audit`).expect(404);
    const { body: audit } = await http(pm).get(`/internships/${id}/audit?limit=100`).expect(200);
    const acts = audit.items.map((a: { action: string; stepKey: string | null }) => [a.action, a.stepKey]);
    expect(acts).toEqual(
      expect.arrayContaining([
        ['created', null],
        ['sheet_edited', null],
        ['started', null],
        ['step_submitted', 'sheet'],
        ['step_validated', 'sheet'],
        ['step_completed', 'agreement'],
        ['completed', null],
        ['label_refused', 'label_decision'],
        ['label_granted', null],
      ]),
    );
    const edit = audit.items.find(
      (a: { action: string; details: { changes?: Record<string, unknown> } }) =>
        a.action === 'sheet_edited' && a.details.changes?.companyTutorId,
    );
    expect(edit).toMatchObject({
      actorId: contact.userId,
      source: 'api',
      details: { changes: { companyTutorId: { before: null, after: contact.userId } } },
    });
    expect(audit.items.find((a: { action: string }) => a.action === 'step_completed')).toMatchObject({
      source: 'system',
      actor: 'Convention signée par toutes les parties',
    });
  });

  it('validates templates, versions them per programme, and never changes running internships', async () => {
    const step = (key: string, extra: Record<string, unknown> = {}) => ({
      key,
      phase: 'during',
      nameFr: `Étape ${key}`,
      nameEn: `Step ${key}`,
      mandatory: true,
      performer: 'company_tutor',
      validators: [],
      evidence: 'form',
      prerequisites: [],
      reminderDaysBefore: [3],
      confidential: false,
      graded: false,
      ...extra,
    });
    const url = `/programmes/${programme.programmeId}/workflow-templates`;
    const body = (steps: unknown[]) => ({
      name: 'Procédure STE',
      labelMode: 'automatic',
      companyGradeWeight: 0.5,
      steps,
    });
    const cycle = await http(pm)
      .post(url)
      .send(body([step('a', { prerequisites: ['b'] }), step('b', { prerequisites: ['a'] })]))
      .expect(400);
    expect(cycle.body.errors).toEqual([expect.objectContaining({ field: 'steps.0.prerequisites' })]);
    const bad = await http(pm)
      .post(url)
      .send(body([step('a', { escalateAfterDays: 3 }), step('a', { performer: 'dean' })]))
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['steps.1.performer']),
    );
    expect(
      (
        await http(pm)
          .post(url)
          .send(body([step('a', { escalateAfterDays: 3 }), step('a')]))
          .expect(400)
      ).body.errors.map((e: { field: string }) => e.field),
    ).toEqual(['steps.1.key', 'steps.0.escalateTo']);
    await http(pm)
      .post(url)
      .send(body([step('a', { mandatory: false })]))
      .expect(400);
    await http(otherPm)
      .post(url)
      .send(body([step('sheet')]))
      .expect(404);
    await http(contact)
      .post(url)
      .send(body([step('sheet')]))
      .expect(403);

    const v1steps = [
      step('sheet'),
      step('final_review', {
        performer: 'academic_tutor',
        graded: true,
        prerequisites: ['sheet'],
        deadlineAnchor: 'end',
        deadlineOffsetDays: 10,
      }),
    ];
    const { body: v1 } = await http(pm).post(url).send(body(v1steps)).expect(201);
    expect(v1).toMatchObject({ version: 1, programmeId: programme.programmeId, latest: true, stepCount: 2 });

    // A direct agreement, started on version 1.
    const student = await createStudent(platform, { programmeId: programme.programmeId, studyYear: 4 });
    const direct = {
      studentId: student.userId,
      companyId: contact.companyId,
      startDate: '2027-03-01',
      endDate: '2027-05-31',
      title: 'Stage direct',
    };
    await http(otherPm).post('/internships').send(direct).expect(400);
    await http(contact).post('/internships').send(direct).expect(403);
    const { body: a } = await http(pm)
      .post('/internships')
      .send({ ...direct, companyTutorId: contact.userId })
      .expect(201);
    expect(a).toMatchObject({
      status: 'setup',
      offerId: null,
      academicYear: '2026-2027',
      companyTutor: { id: contact.userId },
    });
    await http(pm).patch(`/internships/${a.id}`).send({ academicTutorId: tutor.userId }).expect(200);
    const { body: startedA } = await http(pm).post(`/internships/${a.id}/start`).expect(200);
    expect(startedA.template).toMatchObject({ id: v1.id, version: 1 });

    // Version 2 changes nothing for internship A.
    const { body: v2 } = await http(pm)
      .post(url)
      .send(body([...v1steps, step('extra', { mandatory: true })]))
      .expect(201);
    expect(v2.version).toBe(2);
    const { body: afterEdit } = await http(pm).get(`/internships/${a.id}`).expect(200);
    expect(afterEdit.template.id).toBe(v1.id);
    expect(steps(afterEdit).map((s) => s.key)).toEqual(['sheet', 'final_review']);
    const { body: list } = await http(ym).get(`/workflow-templates?programmeId=${programme.programmeId}`).expect(200);
    expect(
      list.items.map((t: { programmeId: string | null; version: number; latest: boolean }) => [
        t.programmeId,
        t.version,
        t.latest,
      ]),
    ).toEqual([
      [null, 1, true],
      [programme.programmeId, 2, true],
      [programme.programmeId, 1, false],
    ]);
    expect((await http(ym).get(`/workflow-templates/${v1.id}`).expect(200)).body.steps).toHaveLength(2);

    // A is finished on its own version: the label is granted at once (automatic), only the academic grade counts.
    await act(contact, a.id, 'sheet', 'submit', { evidence: { ok: true } }).expect(200);
    const { body: labelled } = await act(tutor, a.id, 'final_review', 'submit', {
      evidence: { ok: true },
      grade: 15,
    }).expect(200);
    expect(labelled).toMatchObject({ status: 'labelled', finalGrade: 15 });
    expect(labelled.label.code).toMatch(/^[A-Z2-7]{12}$/);

    // A new internship takes version 2.
    const { student: other, internshipId: b } = await selectedStudent();
    await http(contact).patch(`/internships/${b}`).send({ companyTutorId: contact.userId }).expect(200);
    const { body: startedB } = await http(pm).post(`/internships/${b}/start`).expect(200);
    expect(startedB.template.id).toBe(v2.id);
    expect(steps(startedB).map((s) => s.key)).toEqual(['sheet', 'final_review', 'extra']);

    // "Suivi global": each sees what they follow, filtered.
    const ids = async (who: TestAccount, query = '') =>
      (await http(who).get(`/internships?limit=100${query}`).expect(200)).body.items.map((i: { id: string }) => i.id);
    expect(await ids(other)).toEqual([b]);
    expect(await ids(outsider)).toEqual([]);
    expect(await ids(otherPm)).toEqual([]);
    expect(await ids(ym)).toEqual(expect.arrayContaining([a.id, b]));
    expect(await ids(pm, '&status=labelled')).toContain(a.id);
    expect(await ids(pm, '&status=labelled')).not.toContain(b);
    expect(await ids(contact, '&academicYear=2026-2027&studyYear=4')).toEqual(expect.arrayContaining([a.id, b]));
    expect(await ids(admin, '&academicYear=2030-2031')).toEqual([]);
    const { body: page } = await http(pm)
      .get(`/internships?status=in_progress&programmeId=${programme.programmeId}`)
      .expect(200);
    expect(page.items.find((i: { id: string }) => i.id === b)).toMatchObject({
      progress: { done: 0, toDo: 3, mandatoryTotal: 3 },
    });
  });
});
