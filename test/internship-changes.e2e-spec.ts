import { Client } from 'pg';
import { InternshipStepsService } from '../src/label-workflow/steps/internship-steps.service';
import { StepRemindersService } from '../src/label-workflow/reminders/step-reminders.service';
import { TestAccount } from './support/accounts';
import { insertInternship, InternshipWorld, seedInternshipWorld } from './support/internship-rows';
import { untilIdle } from './support/eventually';
import { TestPlatform } from './support/platform';

type Step = {
  key: string;
  status: string;
  evidence: Record<string, unknown> | null;
  pendingValidators: string[];
  actions: string[];
};
type Body = { phases: Record<string, Step[]> };

/** Changes to running internships: steps sent back, cancellation, tutors cleared or assigned late. */
describe('internship changes', () => {
  let platform: TestPlatform;
  let world: InternshipWorld;
  /** Queries sent while another waited on the same connection (pg's "already executing" deprecation). */
  let queuedQueries = 0;
  const originalQuery = Client.prototype.query;

  const http = (who?: { accessToken: string }) => platform.http(who?.accessToken);
  const act = (
    who: TestAccount,
    id: string,
    key: string,
    action: 'submit' | 'validate' | 'return',
    body: Record<string, unknown> = {},
  ) => http(who).post(`/internships/${id}/steps/${key}/${action}`).send(body);
  const stepOf = (body: Body, key: string) =>
    [...body.phases.before, ...body.phases.during, ...body.phases.after].find((s) => s.key === key)!;
  const mailsAbout = (who: TestAccount, id: string, subject: RegExp) =>
    platform.smtp.to(who.email).filter((m) => m.text.includes(`/internships/${id}`) && subject.test(m.subject));
  const mailAbout = (who: TestAccount, id: string, subject: RegExp) =>
    platform.smtp.waitFor(
      (m) => m.to.includes(who.email) && m.text.includes(`/internships/${id}`) && subject.test(m.subject),
    );
  const auditOf = async (id: string) =>
    (await http(world.programmeManager).get(`/internships/${id}/audit?limit=100`).expect(200)).body.items as Array<{
      action: string;
      stepKey: string | null;
      actorId: string | null;
      source: string;
      details: Record<string, unknown>;
    }>;

  /** A direct agreement of the world's student, started (its steps laid out), optionally without an academic tutor. */
  const started = async (options: { academicTutor?: boolean } = {}): Promise<string> => {
    const pm = world.programmeManager;
    const { body } = await http(pm)
      .post('/internships')
      .send({
        studentId: world.student.userId,
        companyId: world.companyId,
        startDate: '2027-03-01',
        endDate: '2027-05-31',
        title: 'Stage mesures',
        companyTutorId: world.companyTutor.userId,
      })
      .expect(201);
    if (options.academicTutor !== false)
      await http(pm).patch(`/internships/${body.id}`).send({ academicTutorId: world.academicTutor.userId }).expect(200);
    await http(pm).post(`/internships/${body.id}/start`).expect(200);
    return body.id;
  };

  /** Sheet and tutors done, the agreement signed: the student's steps open. */
  const pastAgreement = async (id: string) => {
    await act(world.companyTutor, id, 'sheet', 'submit', { evidence: { confirmed: true } }).expect(200);
    await act(world.programmeManager, id, 'sheet', 'validate').expect(200);
    await act(world.programmeManager, id, 'tutors', 'submit', { evidence: { confirmed: true } }).expect(200);
    await platform.dataSource.transaction((manager) =>
      platform.api
        .get(InternshipStepsService)
        .completeBySystem(
          manager,
          id,
          'agreement',
          { agreementVersionId: 'test' },
          { id: null, label: 'Convention signée' },
        ),
    );
  };

  beforeAll(async () => {
    Client.prototype.query = function (
      this: Client & { _queryQueue: unknown[]; pipeline?: boolean },
      ...args: unknown[]
    ) {
      if (this._queryQueue.length > 0 && !this.pipeline) queuedQueries++;
      return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof Client.prototype.query;
    platform = await TestPlatform.start();
    world = await seedInternshipWorld(platform);
  });
  afterAll(async () => {
    Client.prototype.query = originalQuery;
    await platform?.close();
  });

  it('lets a validator send a submitted step back to its performer, clearing its validations', async () => {
    const {
      student,
      companyTutor,
      colleague,
      academicTutor,
      programmeManager: pm,
      otherProgrammeManager,
      admin,
    } = world;
    const id = await started();

    // Only a submitted step goes back.
    expect((await act(pm, id, 'sheet', 'return', { comment: 'Trop tôt.' }).expect(409)).body.code).toBe(
      'internship_step_wrong_status',
    );
    await act(companyTutor, id, 'sheet', 'submit', { evidence: { confirmed: true, missions: 'Mesures' } }).expect(200);

    // The comment is required; only a validator party of the step sends it back.
    await act(pm, id, 'sheet', 'return').expect(400);
    await act(pm, id, 'sheet', 'return', { comment: '   ' }).expect(400);
    for (const who of [student, companyTutor, colleague, academicTutor, world.yearManager, admin]) {
      expect((await act(who, id, 'sheet', 'return', { comment: 'Non.' })).status).toBe(403);
    }
    await act(otherProgrammeManager, id, 'sheet', 'return', { comment: 'Non.' }).expect(404);
    await act(pm, id, 'nope', 'return', { comment: 'Non.' }).expect(404);

    const { body } = await act(pm, id, 'sheet', 'return', { comment: '  Précisez les missions confiées.  ' }).expect(
      200,
    );
    expect(stepOf(body, 'sheet')).toMatchObject({ status: 'todo', evidence: { confirmed: true, missions: 'Mesures' } });
    const back = await mailAbout(companyTutor, id, /« Fiche de stage validée » à reprendre/);
    expect(back.subject).toBe('Stage de Khira Khadraoui : « Fiche de stage validée » à reprendre');
    expect(back.text).toContain('Précisez les missions confiées.');
    await act(pm, id, 'sheet', 'return', { comment: 'Encore ?' }).expect(409);

    // Handed in again, it goes the usual way.
    await act(companyTutor, id, 'sheet', 'submit', {
      evidence: { confirmed: true, missions: 'Mesures et analyses' },
    }).expect(200);
    await act(pm, id, 'sheet', 'validate').expect(200);
    await act(pm, id, 'tutors', 'submit', { evidence: { confirmed: true } }).expect(200);
    await platform.dataSource.transaction((manager) =>
      platform.api
        .get(InternshipStepsService)
        .completeBySystem(
          manager,
          id,
          'agreement',
          { agreementVersionId: 'test' },
          { id: null, label: 'Convention signée' },
        ),
    );

    // Two validators: one has validated, the other sends it back; both validate again after the rework.
    await act(student, id, 'intermediate_review', 'submit', { evidence: { progress: 'Bon début' } }).expect(200);
    await act(companyTutor, id, 'intermediate_review', 'validate').expect(200);
    const { body: returned } = await act(academicTutor, id, 'intermediate_review', 'return', {
      comment: 'Ajoutez le planning.',
    }).expect(200);
    expect(stepOf(returned, 'intermediate_review')).toMatchObject({ status: 'todo', pendingValidators: [] });
    expect((await mailAbout(student, id, /Bilan intermédiaire.*à reprendre/)).text).toContain('Ajoutez le planning.');
    const { body: again } = await act(student, id, 'intermediate_review', 'submit', {
      evidence: { progress: 'Planning ajouté' },
    }).expect(200);
    expect(stepOf(again, 'intermediate_review')).toMatchObject({
      status: 'submitted',
      pendingValidators: ['company_tutor', 'academic_tutor'],
    });

    // Audited; the performer is told once (the "your turn" mail is not sent on top).
    const audit = await auditOf(id);
    expect(audit.filter((a) => a.action === 'step_returned')).toEqual([
      expect.objectContaining({
        stepKey: 'sheet',
        actorId: pm.userId,
        source: 'api',
        details: { as: ['programme_manager'], comment: 'Précisez les missions confiées.', clearedValidations: [] },
      }),
      expect.objectContaining({
        stepKey: 'intermediate_review',
        actorId: academicTutor.userId,
        source: 'api',
        details: { as: ['academic_tutor'], comment: 'Ajoutez le planning.', clearedValidations: ['company_tutor'] },
      }),
    ]);
    // Every mail written is sent once the worker is idle: a missing or second one would show then.
    await untilIdle(platform.dataSource);
    expect(mailsAbout(companyTutor, id, /« Fiche de stage validée » vous attend/)).toHaveLength(1);
    expect(mailsAbout(student, id, /« Bilan intermédiaire » vous attend/)).toHaveLength(1);
  });

  it('clears tutors before the start only, and tells a tutor assigned late that it is their turn', async () => {
    const { student, companyTutor, colleague, academicTutor, programmeManager: pm } = world;

    // Before the start: cleared by whoever may set them.
    const { body: draft } = await http(pm)
      .post('/internships')
      .send({
        studentId: student.userId,
        companyId: world.companyId,
        startDate: '2027-03-01',
        endDate: '2027-05-31',
        title: 'Stage',
        companyTutorId: companyTutor.userId,
      })
      .expect(201);
    await http(pm).patch(`/internships/${draft.id}`).send({ academicTutorId: academicTutor.userId }).expect(200);
    await http(companyTutor).patch(`/internships/${draft.id}`).send({ academicTutorId: null }).expect(403);
    await http(companyTutor).patch(`/internships/${draft.id}`).send({ title: null }).expect(400);
    await http(pm).patch(`/internships/${draft.id}`).send({ startDate: null }).expect(400);
    const { body: cleared } = await http(companyTutor)
      .patch(`/internships/${draft.id}`)
      .send({ companyTutorId: null })
      .expect(200);
    expect(cleared.companyTutor).toBeNull();
    expect(
      (await http(pm).patch(`/internships/${draft.id}`).send({ academicTutorId: null }).expect(200)).body.academicTutor,
    ).toBeNull();
    expect((await auditOf(draft.id)).filter((a) => a.action === 'sheet_edited').map((a) => a.details.changes)).toEqual(
      expect.arrayContaining([
        { companyTutorId: { before: companyTutor.userId, after: null } },
        { academicTutorId: { before: academicTutor.userId, after: null } },
      ]),
    );

    // Started without an academic tutor: the journals wait for a validator nobody is.
    const id = await started({ academicTutor: false });
    await pastAgreement(id);
    await act(student, id, 'journals', 'submit', { evidence: { entries: 8 } }).expect(200);
    await act(student, id, 'intermediate_review', 'submit', { evidence: { progress: 'Bon début' } }).expect(200);

    // After the start a tutor may not be removed (409 naming the field), only replaced.
    const removed = await http(pm)
      .patch(`/internships/${id}`)
      .send({ companyTutorId: null, title: 'Stage mesures' })
      .expect(409);
    expect(removed.body).toMatchObject({ code: 'internship_tutor_required', errors: [{ field: 'companyTutorId' }] });
    expect(removed.body.detail).toContain('companyTutorId');
    await http(pm).patch(`/internships/${id}`).send({ academicTutorId: null }).expect(200);

    // Assigned late, the academic tutor is told both steps await their validation.
    await http(pm).patch(`/internships/${id}`).send({ academicTutorId: academicTutor.userId }).expect(200);
    await mailAbout(academicTutor, id, /« Journaux de stage tenus » à valider/);
    await mailAbout(academicTutor, id, /« Bilan intermédiaire » à valider/);
    const removedToo = await http(pm).patch(`/internships/${id}`).send({ academicTutorId: null }).expect(409);
    expect(removedToo.body.errors).toEqual([expect.objectContaining({ field: 'academicTutorId' })]);

    // Replaced, the new company tutor hears of their open turn; the old one no more.
    await platform.dataSource.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [colleague.userId]);
    const { body: replaced } = await http(pm)
      .patch(`/internships/${id}`)
      .send({ companyTutorId: colleague.userId })
      .expect(200);
    expect(replaced.companyTutor).toMatchObject({ id: colleague.userId });
    const told = await mailAbout(colleague, id, /Intermediate review/);
    expect(told.subject).toBe(`Khira Khadraoui's internship: "Intermediate review" to validate`);
    await act(companyTutor, id, 'intermediate_review', 'validate').expect(403);
    await act(colleague, id, 'intermediate_review', 'validate').expect(200);
  });

  it('cancels an internship with a reason: the parties are told, and nothing happens to it afterwards', async () => {
    const {
      student,
      companyTutor,
      academicTutor,
      programmeManager: pm,
      otherProgrammeManager,
      yearManager,
      admin,
    } = world;
    const id = await started();
    await pastAgreement(id);
    await act(student, id, 'intermediate_review', 'submit', { evidence: { progress: 'Bon début' } }).expect(200);

    // Its programme manager or an admin, with a reason.
    for (const who of [student, companyTutor, academicTutor])
      await http(who).post(`/internships/${id}/cancel`).send({ reason: 'Non.' }).expect(403);
    await http(yearManager).post(`/internships/${id}/cancel`).send({ reason: 'Non.' }).expect(403);
    await http(otherProgrammeManager).post(`/internships/${id}/cancel`).send({ reason: 'Non.' }).expect(404);
    await http(pm).post(`/internships/${id}/cancel`).send({}).expect(400);
    await http(pm).post(`/internships/${id}/cancel`).send({ reason: ' ' }).expect(400);

    await platform.dataSource.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [academicTutor.userId]);
    const { body } = await http(pm)
      .post(`/internships/${id}/cancel`)
      .send({ reason: 'Entreprise en liquidation.' })
      .expect(200);
    expect(body).toMatchObject({ status: 'cancelled', cancellation: { reason: 'Entreprise en liquidation.' } });
    expect(stepOf(body, 'intermediate_review').actions).toEqual([]);
    expect((await http(student).get(`/internships/${id}`).expect(200)).body.cancellation.reason).toBe(
      'Entreprise en liquidation.',
    );
    for (const who of [student, companyTutor]) {
      const mail = await mailAbout(who, id, /^Le stage de Khira Khadraoui est annulé$/);
      expect(mail.text).toContain('Entreprise en liquidation.');
    }
    expect((await mailAbout(academicTutor, id, /internship is cancelled/)).text).toContain(
      'Entreprise en liquidation.',
    );
    await platform.dataSource.query(`UPDATE users SET locale = 'fr' WHERE id = $1`, [academicTutor.userId]);
    expect((await auditOf(id)).find((a) => a.action === 'cancelled')).toMatchObject({
      actorId: pm.userId,
      source: 'api',
      details: { from: 'in_progress', reason: 'Entreprise en liquidation.' },
    });

    // No more acts, edits, nor a second cancellation.
    expect((await act(companyTutor, id, 'intermediate_review', 'validate').expect(409)).body.code).toBe(
      'internship_wrong_status',
    );
    await act(academicTutor, id, 'intermediate_review', 'return', { comment: 'Trop tard.' }).expect(409);
    await act(student, id, 'journals', 'submit', { evidence: { entries: 3 } }).expect(409);
    await http(pm).patch(`/internships/${id}`).send({ title: 'Autre' }).expect(409);
    await http(admin).post(`/internships/${id}/cancel`).send({ reason: 'Encore.' }).expect(409);

    // No reminder, however late its steps.
    await platform.worker!.get(StepRemindersService).remindDue(new Date('2027-12-31T08:00:00Z'));
    expect(
      await platform.dataSource.query('SELECT 1 FROM internship_reminders WHERE internship_id = $1', [id]),
    ).toEqual([]);

    // From setup and completed too; never once labelled.
    const { body: draft } = await http(pm)
      .post('/internships')
      .send({
        studentId: student.userId,
        companyId: world.companyId,
        startDate: '2027-03-01',
        endDate: '2027-05-31',
        title: 'Stage',
      })
      .expect(201);
    await http(admin).post(`/internships/${draft.id}/cancel`).send({ reason: 'Doublon.' }).expect(200);
    await http(pm).post(`/internships/${draft.id}/start`).expect(409);
    const completed = await insertInternship(platform, world, { status: 'completed' });
    await platform.dataSource.query(
      `INSERT INTO internship_steps (internship_id, step_key, status, evidence, submitted_at, validated_at)
       SELECT i.id, s.key, CASE WHEN s.key = 'label_decision' THEN 'todo' ELSE 'validated' END, '{}', now(), now()
         FROM internships i JOIN workflow_template_steps s ON s.template_id = i.template_id WHERE i.id = $1`,
      [completed],
    );
    await http(pm).post(`/internships/${completed}/cancel`).send({ reason: 'Fraude.' }).expect(200);
    const labelled = await insertInternship(platform, world, {
      status: 'labelled',
      labelCode: 'ABCDEFGH2345',
      labelGrantedAt: '2027-06-01',
    });
    expect(
      (await http(pm).post(`/internships/${labelled}/cancel`).send({ reason: 'Trop tard.' }).expect(409)).body.code,
    ).toBe('internship_wrong_status');
  });

  it('never queues a query behind another on one connection (one query at a time per transaction)', () => {
    expect(queuedQueries).toBe(0);
  });
});
