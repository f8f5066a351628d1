import { TestAccount } from './support/accounts';
import { insertInternship, InternshipWorld, seedInternshipWorld } from './support/internship-rows';
import { TestPlatform } from './support/platform';

/**
 * A confidential step (the student's evaluation of the internship) is read by the programme manager alone: its
 * evidence, and also what the manager writes about it when validating or sending it back. Neither reaches the
 * audit (admins read it) nor the other parties' dashboards.
 */
describe('comments on a confidential step', () => {
  let platform: TestPlatform;
  let world: InternshipWorld;
  let id: string;
  const RETURN_NOTE = 'Précisez ce qui concerne le tuteur (note confidentielle)';
  const VALIDATION_NOTE = 'Signalement pris en compte (note confidentielle)';

  const http = (who?: TestAccount) => platform.http(who?.accessToken);
  const act = (who: TestAccount, action: 'submit' | 'validate' | 'return', body: Record<string, unknown>) =>
    http(who).post(`/internships/${id}/steps/evaluation/${action}`).send(body);
  const stepAs = async (who: TestAccount) => {
    const { body } = await http(who).get(`/internships/${id}`).expect(200);
    return [...body.phases.before, ...body.phases.during, ...body.phases.after].find(
      (s: { key: string }) => s.key === 'evaluation',
    );
  };

  beforeAll(async () => {
    platform = await TestPlatform.start();
    world = await seedInternshipWorld(platform);
    const evaluation = {
      key: 'evaluation',
      phase: 'after',
      nameFr: 'Évaluation du stage par l’étudiant',
      nameEn: 'Student evaluation',
      mandatory: true,
      performer: 'student',
      validators: ['programme_manager'],
      evidence: 'form',
      prerequisites: [],
      reminderDaysBefore: [],
      confidential: true,
      graded: false,
    };
    await http(world.programmeManager)
      .post(`/programmes/${world.programmeId}/workflow-templates`)
      .send({ name: 'Procédure courte', labelMode: 'automatic', companyGradeWeight: 0.4, steps: [evaluation] })
      .expect(201);
    id = await insertInternship(platform, world, { status: 'setup' });
    await platform.dataSource.query('UPDATE internships SET started_at = NULL, template_id = NULL WHERE id = $1', [id]);
    await http(world.programmeManager).post(`/internships/${id}/start`).expect(200);
  });
  afterAll(() => platform?.close());

  it('keeps the manager’s send-back and validation comments from the audit and from every other party', async () => {
    await act(world.student, 'submit', { evidence: { remarks: 'Encadrement absent pendant un mois.' } }).expect(200);
    await act(world.programmeManager, 'return', { comment: RETURN_NOTE }).expect(200);
    const returned = await platform.smtp.waitFor(
      (m) => m.to.includes(world.student.email) && m.text.includes(RETURN_NOTE),
    );
    expect(returned).toBeDefined(); // the student wrote the evaluation: they read what is asked of them

    await act(world.student, 'submit', {
      evidence: { remarks: 'Encadrement absent pendant un mois, tuteur prévenu.' },
    }).expect(200);
    await act(world.programmeManager, 'validate', { comment: VALIDATION_NOTE }).expect(200);

    const manager = await stepAs(world.programmeManager);
    expect(manager.validations).toEqual([
      expect.objectContaining({ role: 'programme_manager', comment: VALIDATION_NOTE }),
    ]);
    for (const who of [world.companyTutor, world.academicTutor, world.yearManager, world.student, world.admin]) {
      const step = await stepAs(who);
      expect(step).toMatchObject({ status: 'validated', evidence: null, evidenceHidden: true });
      expect(step.validations).toEqual([expect.objectContaining({ role: 'programme_manager', comment: null })]);
    }

    const { body: audit } = await http(world.admin).get(`/internships/${id}/audit?limit=100`).expect(200);
    const text = JSON.stringify(audit);
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['step_returned', 'step_validated']),
    );
    expect(text).not.toContain('note confidentielle');
    expect(text).not.toContain('Encadrement absent');
  });
});
