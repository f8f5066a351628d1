import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { STEP_REMINDERS_QUEUE, StepRemindersJob } from '../src/label-workflow/reminders/step-reminders-queue';
import { StepRemindersService } from '../src/label-workflow/reminders/step-reminders.service';
import { until, untilIdle } from './support/eventually';
import { insertInternship, insertStep, InternshipWorld, seedInternshipWorld } from './support/internship-rows';
import { TestPlatform } from './support/platform';
import { ReceivedMail } from './support/smtp-receiver';
import { startWorker } from './support/test-stack';

describe('step reminders and escalations', () => {
  let platform: TestPlatform;
  let world: InternshipWorld;
  let worker: INestApplicationContext;
  let internshipId: string;

  const sweep = (at: string) => worker.get(StepRemindersService).remindDue(new Date(at));
  const mailsTo = (email: string, subject: RegExp) => platform.smtp.to(email).filter((m) => subject.test(m.subject));
  const sent = async (id = internshipId) =>
    (
      await platform.dataSource.query(
        `SELECT step_key || ' ' || kind || ' ' || ref AS r FROM internship_reminders WHERE internship_id = $1 ORDER BY 1`,
        [id],
      )
    ).map((row: { r: string }) => row.r);
  /** Waits until the worker delivered `count` mails matching and has nothing left to send, so an extra one shows. */
  const delivered = async (email: string, subject: RegExp, count: number): Promise<ReceivedMail[]> => {
    await platform.smtp.waitFor(() => mailsTo(email, subject).length >= count);
    await untilIdle(platform.dataSource);
    return mailsTo(email, subject);
  };

  beforeAll(async () => {
    // No platform worker: the test starts, restarts and stops its own with the same config.
    platform = await TestPlatform.start({ worker: false, env: { STEP_REMINDERS_CRON: '30 7 * * *' } });
    worker = await startWorker(platform.config);
    world = await seedInternshipWorld(platform);
    // The year manager reads English.
    await platform.dataSource.query(`UPDATE users SET locale = 'en', first_name = 'Yasmine' WHERE id = $1`, [
      world.yearManager.userId,
    ]);
    internshipId = await insertInternship(platform, world, { startDate: '2027-03-01', endDate: '2027-05-31' });
    // Student to do; reminders 7 and 2 days before; escalates to the year manager 7 days late.
    await insertStep(platform, internshipId, 'intermediate_review', '2027-03-29');
    // Submitted, awaiting the programme manager's validation; escalates to the programme manager 3 days late.
    await insertStep(platform, internshipId, 'sheet', '2027-03-24', 'submitted');
    await insertStep(platform, internshipId, 'tutors', '2027-03-22', 'validated');
    await insertStep(platform, internshipId, 'agreement', null);
    // A labelled internship's open step, and one still in setup: never reminded.
    const labelled = await insertInternship(platform, world, { status: 'labelled' });
    await insertStep(platform, labelled, 'journals', '2027-03-22');
    const setup = await insertInternship(platform, world, { status: 'setup' });
    await insertStep(platform, setup, 'journals', '2027-03-22');
  });
  afterAll(async () => {
    await worker?.close();
    await platform?.close();
  });

  it('schedules the daily sweep with the configured cron in Tunis time', async () => {
    const queue = worker.get<Queue>(getQueueToken(STEP_REMINDERS_QUEUE));
    const scheduler = await until(
      () => queue.getJobScheduler(StepRemindersJob.RemindSteps),
      (found) => Boolean(found),
      'the reminders schedule registered',
      5_000,
    );
    expect(scheduler).toMatchObject({ pattern: '30 7 * * *', tz: 'Africa/Tunis' });
  });

  it('reminds the party in charge as the deadline nears, by the day in Tunis', async () => {
    expect(await sweep('2027-03-16T08:00:00Z')).toBe(0);
    expect(await sent()).toEqual([]);

    // 23:30 UTC on the 21st is the 22nd in Tunis: 7 days before the review, 2 before the sheet (the 7-day point,
    // missed, is not sent late).
    expect(await sweep('2027-03-21T23:30:00Z')).toBe(2);
    expect(await sent()).toEqual(['intermediate_review reminder 7', 'sheet reminder 2']);

    const [toStudent] = await delivered(world.student.email, /^Rappel/, 1);
    expect(toStudent.subject).toBe(
      'Rappel : « Bilan intermédiaire » à faire avant le 29 mars 2027 — stage de Khira Khadraoui',
    );
    expect(toStudent.text).toContain("C'est à vous de la réaliser");
    expect(toStudent.text).toContain(`/internships/${internshipId}`);
    const [toManager] = await delivered(world.programmeManager.email, /^Rappel/, 1);
    expect(toManager.subject).toContain('« Fiche de stage validée »');
    expect(toManager.text).toContain('attend votre validation');
    // Neither the performer of the submitted step nor anyone else hears of it.
    expect(mailsTo(world.companyTutor.email, /./)).toEqual([]);
    expect(mailsTo(world.yearManager.email, /./)).toEqual([]);

    // A second run the same day sends nothing.
    expect(await sweep('2027-03-22T10:00:00Z')).toBe(0);
  });

  it('sends no duplicate after a worker restart', async () => {
    await worker.close();
    worker = await startWorker(platform.config);
    expect(await sweep('2027-03-21T23:30:00Z')).toBe(0);
    expect(await sweep('2027-03-22T15:00:00Z')).toBe(0);
    // A mail written by a sweep is sent once the worker is idle: a duplicate would show then.
    await untilIdle(platform.dataSource);
    expect(mailsTo(world.student.email, /^Rappel/)).toHaveLength(1);
    expect(mailsTo(world.programmeManager.email, /^Rappel/)).toHaveLength(1);
    // The days between two schedule points add nothing either.
    expect(await sweep('2027-03-24T08:00:00Z')).toBe(0);
  });

  it('tells the party in charge once overdue, and escalates after the template’s delay', async () => {
    // The sheet is one day late: overdue notice to its pending validator, no escalation yet (3 days).
    expect(await sweep('2027-03-25T08:00:00Z')).toBe(1);
    const [overdue] = await delivered(world.programmeManager.email, /^En retard/, 1);
    expect(overdue.subject).toBe('En retard : « Fiche de stage validée » — stage de Khira Khadraoui');

    // Two days before the review: its second reminder; the sheet three days late: escalated to the programme manager.
    expect(await sweep('2027-03-27T08:00:00Z')).toBe(2);
    await delivered(world.student.email, /^Rappel/, 2);
    const [sheetEscalation] = await delivered(world.programmeManager.email, /^Étape en retard/, 1);
    expect(sheetEscalation.subject).toBe(
      'Étape en retard de 3 jour(s) : « Fiche de stage validée » — stage de Khira Khadraoui',
    );

    // The sheet validated meanwhile: nothing more about it, ever.
    await platform.dataSource.query(
      `UPDATE internship_steps SET status = 'validated', validated_at = now() WHERE internship_id = $1 AND step_key = 'sheet'`,
      [internshipId],
    );

    expect(await sweep('2027-03-30T08:00:00Z')).toBe(1);
    const [lateReview] = await delivered(world.student.email, /^En retard/, 1);
    expect(lateReview.subject).toContain('« Bilan intermédiaire »');

    // Six days late: not yet. Seven: escalated to the year manager, in English, naming who the step waits for.
    expect(await sweep('2027-04-04T08:00:00Z')).toBe(0);
    expect(await sweep('2027-04-05T08:00:00Z')).toBe(1);
    const [escalation] = await delivered(world.yearManager.email, /overdue/, 1);
    expect(escalation.subject).toBe('Step 7 day(s) overdue: "Intermediate review" — internship of Khira Khadraoui');
    expect(escalation.text).toContain('Hello Yasmine,');
    expect(escalation.text).toContain('It waits for: Khira Khadraoui.');
    expect(escalation.text).toContain('29 March 2027');

    expect(await sent()).toEqual([
      'intermediate_review escalation 0',
      'intermediate_review overdue 0',
      'intermediate_review reminder 2',
      'intermediate_review reminder 7',
      'sheet escalation 0',
      'sheet overdue 0',
      'sheet reminder 2',
    ]);
    const [{ count }] = await platform.dataSource.query(
      `SELECT count(*)::int AS count FROM internship_audit WHERE internship_id = $1 AND source = 'system' AND action LIKE 'step_%_sent'`,
      [internshipId],
    );
    expect(count).toBe(7);
  });

  it('never repeats anything, restart or not, and leaves other internships alone', async () => {
    expect(await sweep('2027-04-20T08:00:00Z')).toBe(0);
    await worker.close();
    worker = await startWorker(platform.config);
    expect(await sweep('2027-04-20T08:00:00Z')).toBe(0);
    await untilIdle(platform.dataSource);
    expect(mailsTo(world.student.email, /./)).toHaveLength(3);
    expect(mailsTo(world.programmeManager.email, /./)).toHaveLength(3);
    expect(mailsTo(world.yearManager.email, /./)).toHaveLength(1);
    const [{ count }] = await platform.dataSource.query(
      'SELECT count(*)::int AS count FROM internship_reminders WHERE internship_id <> $1',
      [internshipId],
    );
    expect(count).toBe(0);
  });

  it('keeps a reminder for later when nobody holds the part yet', async () => {
    const orphan = await insertInternship(platform, world, { startDate: '2027-03-01', endDate: '2027-05-31' });
    await platform.dataSource.query('UPDATE internships SET company_tutor_id = NULL WHERE id = $1', [orphan]);
    await insertStep(platform, orphan, 'company_evaluation', '2027-05-28');
    expect(await sweep('2027-05-21T08:00:00Z')).toBe(0);
    expect(await sent(orphan)).toEqual([]);
    await platform.dataSource.query('UPDATE internships SET company_tutor_id = $2 WHERE id = $1', [
      orphan,
      world.companyTutor.userId,
    ]);
    expect(await sweep('2027-05-22T08:00:00Z')).toBe(1);
    expect(await sent(orphan)).toEqual(['company_evaluation reminder 7']);
  });
});
