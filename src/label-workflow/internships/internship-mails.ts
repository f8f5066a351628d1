import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { User } from '../../users/user.entity';
import { formatDay } from '../../common/i18n/format-day';
import { AppConfig } from '../../config/app-config';
import { MailOutboxService } from '../../notifications/mail-outbox.service';
import { Internship } from './internship.entity';
import { InternshipParty } from './internship-party';
import { InternshipPartiesService } from './internship-parties.service';
import { InternshipStep } from '../steps/internship-step.entity';
import { Turn } from '../steps/step-turns';
import { WorkflowTemplateStep } from '../steps/workflow-template-step.entity';

/** The e-mails of the label workflow, written to the outbox in the caller's transaction. */
@Injectable()
export class InternshipMails {
  constructor(
    private readonly mail: MailOutboxService,
    private readonly parties: InternshipPartiesService,
    private readonly config: AppConfig,
  ) {}

  /** Tells everyone playing the party of each turn that a step waits for them (once per person and step). */
  async turns(
    manager: EntityManager,
    internship: Internship,
    turns: Turn[],
    definitions: Map<string, WorkflowTemplateStep>,
    steps: Map<string, InternshipStep>,
  ): Promise<void> {
    if (turns.length === 0) return;
    const student = await manager.findOneByOrFail(User, { id: internship.studentId });
    const sent = new Set<string>();
    for (const turn of turns) {
      const definition = definitions.get(turn.stepKey);
      if (!definition) continue;
      for (const user of await this.parties.usersFor(manager, internship, turn.party)) {
        const once = `${user.id}/${turn.stepKey}/${turn.action}`;
        if (sent.has(once)) continue;
        sent.add(once);
        const due = steps.get(turn.stepKey)?.dueOn ?? null;
        await this.mail.enqueue(manager, {
          to: user.email,
          template: 'internship_step_turn',
          locale: user.locale,
          params: {
            firstName: user.firstName,
            studentName: nameOf(student),
            stepName: user.locale === 'fr' ? definition.nameFr : definition.nameEn,
            action: turn.action,
            dueOn: due ? formatDay(new Date(`${due}T00:00:00Z`), user.locale) : '',
            link: this.link(internship),
          },
        });
      }
    }
  }

  /** The label decision, to the student and the company tutor (who may both show the label). */
  async labelDecision(
    manager: EntityManager,
    internship: Internship,
    decision: 'granted' | 'refused',
    reason: string,
  ): Promise<void> {
    const student = await manager.findOneByOrFail(User, { id: internship.studentId });
    const recipients = [student, ...(await this.parties.usersFor(manager, internship, InternshipParty.CompanyTutor))];
    for (const user of recipients) {
      await this.mail.enqueue(manager, {
        to: user.email,
        template: 'internship_label_decision',
        locale: user.locale,
        params: {
          firstName: user.firstName,
          studentName: nameOf(student),
          decision,
          reason,
          code: internship.labelCode ?? '',
          link: this.link(internship),
        },
      });
    }
  }

  /** Tells whoever performs a step that a validator sent it back, with their comment. */
  async stepReturned(
    manager: EntityManager,
    internship: Internship,
    definition: WorkflowTemplateStep,
    returnedBy: Pick<User, 'firstName' | 'lastName'>,
    comment: string,
  ): Promise<void> {
    const student = await manager.findOneByOrFail(User, { id: internship.studentId });
    for (const user of await this.parties.usersFor(manager, internship, definition.performer)) {
      await this.mail.enqueue(manager, {
        to: user.email,
        template: 'internship_step_returned',
        locale: user.locale,
        params: {
          firstName: user.firstName,
          studentName: nameOf(student),
          stepName: user.locale === 'fr' ? definition.nameFr : definition.nameEn,
          returnedBy: nameOf(returnedBy),
          comment,
          link: this.link(internship),
        },
      });
    }
  }

  /** The cancellation, to the student and both tutors. */
  async cancelled(manager: EntityManager, internship: Internship, reason: string): Promise<void> {
    const student = await manager.findOneByOrFail(User, { id: internship.studentId });
    const recipients = [student];
    for (const party of [InternshipParty.CompanyTutor, InternshipParty.AcademicTutor]) {
      recipients.push(...(await this.parties.usersFor(manager, internship, party)));
    }
    const once = new Set<string>();
    for (const user of recipients) {
      if (once.has(user.id)) continue;
      once.add(user.id);
      await this.mail.enqueue(manager, {
        to: user.email,
        template: 'internship_cancelled',
        locale: user.locale,
        params: {
          firstName: user.firstName,
          studentName: nameOf(student),
          title: internship.title ?? '',
          reason,
          link: this.link(internship),
        },
      });
    }
  }

  private link(internship: Internship): string {
    return `${this.config.publicUrl}/internships/${internship.id}`;
  }
}

export function nameOf(user: Pick<User, 'firstName' | 'lastName'>): string {
  return `${user.firstName} ${user.lastName}`;
}
