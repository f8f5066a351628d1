import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { Internship } from '../internships/internship.entity';
import { InternshipAudit } from '../internships/internship-audit';
import { InternshipParty } from '../internships/internship-party';
import { daysBetween, DueReminder, dueReminders, localDay } from './due-reminders';
import { OpenStep, StepReminderMails } from './step-reminder-mails';

/** Steps read per query; the sweep pages through them by key. */
const BATCH = 500;

interface CandidateRow {
  internship_id: string;
  step_key: string;
  due_on: string;
  reminder_days_before: number[];
  escalate_after_days: number | null;
  sent: string[];
}

interface StepRow {
  status: 'todo' | 'submitted' | 'validated';
  internship_status: string;
  due_on: string;
  name_fr: string;
  name_en: string;
  performer: InternshipParty;
  validators: InternshipParty[];
  escalate_to: InternshipParty | null;
}

/**
 * The daily sweep of the label workflow: reminds the party in charge of open steps as their deadline nears, tells
 * them when it has passed, and escalates to the year or programme manager after the template's delay. Each
 * reminder is one `internship_reminders` row written in the transaction that writes its e-mails, and the row's
 * insert (ON CONFLICT DO NOTHING) decides who sends: a restart, a second run or a second worker never sends it twice.
 */
@Injectable()
export class StepRemindersService {
  private readonly logger = new Logger(StepRemindersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mails: StepReminderMails,
    private readonly audit: InternshipAudit,
    private readonly config: AppConfig,
  ) {}

  /** Returns how many reminders it sent. `now` is a parameter so tests control the clock. */
  async remindDue(now: Date = new Date()): Promise<number> {
    const today = localDay(now, this.config.stepReminders.timezone);
    let after = { internshipId: '00000000-0000-0000-0000-000000000000', stepKey: '' };
    let sent = 0;
    for (;;) {
      const rows = await this.candidates(today, after);
      for (const row of rows) {
        const due = dueReminders(
          {
            dueOn: row.due_on,
            reminderDaysBefore: row.reminder_days_before,
            escalateAfterDays: row.escalate_after_days,
          },
          today,
          row.sent.map(parseSent),
        );
        for (const reminder of due) {
          if (await this.remind(row.internship_id, row.step_key, reminder, today, now)) sent++;
        }
      }
      if (rows.length < BATCH) return sent;
      const last = rows[rows.length - 1];
      after = { internshipId: last.internship_id, stepKey: last.step_key };
    }
  }

  /** Open steps of running internships whose first reminder point is reached, with the reminders already sent. */
  private candidates(today: string, after: { internshipId: string; stepKey: string }): Promise<CandidateRow[]> {
    return this.dataSource.query(
      `SELECT s.internship_id, s.step_key, s.due_on::text AS due_on, ts.reminder_days_before, ts.escalate_after_days,
              coalesce(array(SELECT r.kind || ':' || r.ref FROM internship_reminders r
                              WHERE r.internship_id = s.internship_id AND r.step_key = s.step_key), '{}') AS sent
         FROM internship_steps s
         JOIN internships i ON i.id = s.internship_id AND i.status = 'in_progress'
         JOIN workflow_template_steps ts ON ts.template_id = i.template_id AND ts.key = s.step_key
        WHERE s.status <> 'validated' AND s.due_on IS NOT NULL
          AND s.due_on <= $1::date + coalesce((SELECT max(d) FROM unnest(ts.reminder_days_before) d), 0)
          AND (s.internship_id, s.step_key) > ($2::uuid, $3::varchar)
        ORDER BY s.internship_id, s.step_key
        LIMIT $4`,
      [today, after.internshipId, after.stepKey, BATCH],
    );
  }

  /** Sends one reminder in its own transaction; false when the step moved on, nobody is in charge, or it was sent. */
  private remind(
    internshipId: string,
    stepKey: string,
    reminder: DueReminder,
    today: string,
    now: Date,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const step = await this.lockOpenStep(manager, internshipId, stepKey, today);
      if (!step) return false;
      const recipients = await this.mails.recipients(manager, step, reminder);
      if (recipients.length === 0) {
        // Not marked: once someone holds the part, a later sweep reaches them.
        this.logger.warn(`no one to receive the ${reminder.kind} of step ${stepKey} of internship ${internshipId}`);
        return false;
      }
      const inserted = (await manager.query(
        `INSERT INTO internship_reminders (internship_id, step_key, kind, ref, sent_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING kind`,
        [internshipId, stepKey, reminder.kind, reminder.ref, now],
      )) as unknown[];
      if (inserted.length === 0) return false;
      await this.mails.send(manager, step, reminder, recipients);
      await this.audit.record(manager, {
        internshipId,
        action: `step_${reminder.kind}_sent`,
        source: 'system',
        actorLabel: 'rappels automatiques',
        stepKey,
        details: { ref: reminder.ref, dueOn: step.dueOn, recipients: recipients.map((user) => user.id) },
      });
      return true;
    });
  }

  /** The step, locked against a concurrent submission or validation, if it is still open in a running internship. */
  private async lockOpenStep(
    manager: EntityManager,
    internshipId: string,
    stepKey: string,
    today: string,
  ): Promise<OpenStep | null> {
    const [row] = (await manager.query(
      `SELECT s.status, i.status AS internship_status, s.due_on::text AS due_on, ts.name_fr, ts.name_en, ts.performer,
              ts.validators, ts.escalate_to
         FROM internship_steps s
         JOIN internships i ON i.id = s.internship_id
         JOIN workflow_template_steps ts ON ts.template_id = i.template_id AND ts.key = s.step_key
        WHERE s.internship_id = $1 AND s.step_key = $2
          FOR SHARE OF s`,
      [internshipId, stepKey],
    )) as StepRow[];
    if (!row || row.status === 'validated' || row.internship_status !== 'in_progress') return null;
    const internship = await manager.findOneByOrFail(Internship, { id: internshipId });
    return {
      internship,
      stepKey,
      status: row.status,
      dueOn: row.due_on,
      nameFr: row.name_fr,
      nameEn: row.name_en,
      performer: row.performer,
      validators: row.validators,
      escalateTo: row.escalate_to,
      daysLate: Math.max(0, daysBetween(row.due_on, today)),
    };
  }
}

function parseSent(value: string): DueReminder {
  const [kind, ref] = value.split(':');
  return { kind: kind as DueReminder['kind'], ref: Number(ref) };
}
