import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { ApplicationEvent } from './application-event.entity';
import { ApplicationMails } from './application-mails';
import { ApplicationEventKind } from './application-status';

/** How many applications one transaction reminds; the sweep loops until none are left. */
const BATCH = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

interface DueCompany {
  company_id: string;
  company_name: string;
  count: number;
  first_deadline: Date;
  ids: string[];
  authors: Array<string | null>;
}

/**
 * Reminds companies of the applications still unanswered as their response deadline nears (APPLICATION_REMINDER_LEAD_DAYS
 * before it), one e-mail per contact and company per sweep. An application is marked reminded in the transaction
 * that writes the e-mails, so no reminder is sent twice, whatever the restarts; overdue ones never reminded (the
 * worker was down) are caught up.
 */
@Injectable()
export class ApplicationRemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mails: ApplicationMails,
    private readonly config: AppConfig,
  ) {}

  /** Returns how many applications it reminded about. `now` is a parameter so tests control the clock. */
  async remindDue(now: Date = new Date()): Promise<number> {
    const horizon = new Date(now.getTime() + this.config.applications.reminderLeadDays * DAY_MS);
    let reminded = 0;
    for (;;) {
      const done = await this.dataSource.transaction(async (manager) => {
        const companies: DueCompany[] = await manager.query(
          `WITH due AS (
             SELECT id FROM applications
              WHERE responded_at IS NULL AND reminded_at IS NULL AND respond_by <= $1
              ORDER BY respond_by
              LIMIT $3
                FOR UPDATE SKIP LOCKED),
           marked AS (
             UPDATE applications a SET reminded_at = $2 FROM due WHERE a.id = due.id
             RETURNING a.id, a.company_id, a.offer_id, a.respond_by)
           SELECT m.company_id, c.name AS company_name, count(*)::int AS count, min(m.respond_by) AS first_deadline,
                  array_agg(m.id) AS ids, array_agg(DISTINCT o.author_id) AS authors
             FROM marked m JOIN companies c ON c.id = m.company_id JOIN offers o ON o.id = m.offer_id
            GROUP BY m.company_id, c.name`,
          [horizon, now, BATCH],
        );
        for (const company of companies) {
          await manager.insert(
            ApplicationEvent,
            company.ids.map((applicationId) => ({
              applicationId,
              at: now,
              actorId: null,
              kind: ApplicationEventKind.ReminderSent,
              fromStatus: null,
              toStatus: null,
              message: null,
            })),
          );
          const contacts = await this.mails.companyRecipients(manager, company.company_id, company.authors);
          for (const contact of contacts) {
            await this.mails.reminder(
              manager,
              contact,
              { id: company.company_id, name: company.company_name },
              company.count,
              new Date(company.first_deadline),
            );
          }
        }
        return companies.reduce((sum, company) => sum + company.count, 0);
      });
      reminded += done;
      if (done < BATCH) return reminded;
    }
  }
}
