import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { User } from '../../users/user.entity';
import { formatDay } from '../../common/i18n/format-day';
import { AppConfig } from '../../config/app-config';
import { Internship } from '../internships/internship.entity';
import { InternshipPartiesService } from '../internships/internship-parties.service';
import { InternshipParty } from '../internships/internship-party';
import { MailOutboxService } from '../../notifications/mail-outbox.service';
import { DueReminder } from './due-reminders';

/** An open step as the sweep sees it, inside the transaction that reminds of it. */
export interface OpenStep {
  internship: Internship;
  stepKey: string;
  status: 'todo' | 'submitted';
  dueOn: string;
  nameFr: string;
  nameEn: string;
  performer: InternshipParty;
  validators: InternshipParty[];
  escalateTo: InternshipParty | null;
  daysLate: number;
}

/** Who a step waits for: its performer while to do, the validators who have not validated once submitted. */
export async function partiesInCharge(manager: EntityManager, step: OpenStep): Promise<InternshipParty[]> {
  if (step.status === 'todo') return [step.performer];
  const rows = (await manager.query(
    'SELECT role FROM internship_step_validations WHERE internship_id = $1 AND step_key = $2',
    [step.internship.id, step.stepKey],
  )) as Array<{ role: InternshipParty }>;
  return step.validators.filter((role) => !rows.some((row) => row.role === role));
}

/** The recipients and e-mails of step reminders, written to the outbox in the caller's transaction. */
@Injectable()
export class StepReminderMails {
  constructor(
    private readonly mail: MailOutboxService,
    private readonly parties: InternshipPartiesService,
    private readonly config: AppConfig,
  ) {}

  /** Who receives `reminder` of `step` (an empty list: nobody holds the part yet, so nothing is sent). */
  async recipients(manager: EntityManager, step: OpenStep, reminder: DueReminder): Promise<User[]> {
    const parts =
      reminder.kind === 'escalation'
        ? step.escalateTo
          ? [step.escalateTo]
          : []
        : await partiesInCharge(manager, step);
    return this.usersPlaying(manager, step.internship, parts);
  }

  async send(manager: EntityManager, step: OpenStep, reminder: DueReminder, recipients: User[]): Promise<void> {
    const student = await manager.findOneByOrFail(User, { id: step.internship.studentId });
    const studentName = `${student.firstName} ${student.lastName}`;
    const link = `${this.config.publicUrl}/internships/${step.internship.id}`;
    const waitingFor =
      reminder.kind === 'escalation'
        ? (await this.usersPlaying(manager, step.internship, await partiesInCharge(manager, step)))
            .map((user) => `${user.firstName} ${user.lastName}`)
            .join(', ')
        : '';
    for (const user of recipients) {
      const common = {
        firstName: user.firstName,
        studentName,
        stepName: user.locale === 'en' ? step.nameEn : step.nameFr,
        dueOn: formatDay(step.dueOn, user.locale),
        link,
      };
      if (reminder.kind === 'escalation') {
        await this.mail.enqueue(manager, {
          to: user.email,
          template: 'step_escalation',
          locale: user.locale,
          params: { ...common, daysLate: String(step.daysLate), waitingFor },
        });
      } else {
        await this.mail.enqueue(manager, {
          to: user.email,
          template: 'step_reminder',
          locale: user.locale,
          params: { ...common, kind: reminder.kind, action: step.status === 'todo' ? 'perform' : 'validate' },
        });
      }
    }
  }

  private async usersPlaying(
    manager: EntityManager,
    internship: Internship,
    parts: InternshipParty[],
  ): Promise<User[]> {
    const users = new Map<string, User>();
    for (const part of parts) {
      for (const user of await this.parties.usersFor(manager, internship, part)) users.set(user.id, user);
    }
    return [...users.values()];
  }
}
