import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { User } from '../users/user.entity';
import { formatDay } from '../common/i18n/format-day';
import { AppConfig } from '../config/app-config';
import { MailOutboxService } from '../notifications/mail-outbox.service';
import { CompanyMembershipsService } from '../organisations/company-memberships.service';
import { Offer } from '../offers/offer.entity';
import { Application } from './application.entity';
import { ApplicationStatus } from './application-status';

export interface OfferFacts {
  title: string;
  companyName: string;
  authorId: string | null;
}

/** The offer as application e-mails name it. */
export async function offerFacts(manager: EntityManager, offer: Offer): Promise<OfferFacts> {
  const [row] = (await manager.query('SELECT name FROM companies WHERE id = $1', [offer.companyId])) as Array<{
    name: string;
  }>;
  return { title: offer.title, companyName: row.name, authorId: offer.authorId };
}

/** The e-mails of applications, written to the outbox in the caller's transaction. */
@Injectable()
export class ApplicationMails {
  constructor(
    private readonly mail: MailOutboxService,
    private readonly memberships: CompanyMembershipsService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Who hears from an application on the company side: the preferred contacts (the offer's author, the contact
   * who wrote to the student) while they are still active contacts, else every active contact.
   */
  async companyRecipients(manager: EntityManager, companyId: string, preferred: Array<string | null>): Promise<User[]> {
    const contacts = await this.memberships.activeContacts(manager, companyId);
    const chosen = contacts.filter((contact) => preferred.includes(contact.id));
    return chosen.length > 0 ? chosen : contacts;
  }

  async received(manager: EntityManager, application: Application, offer: OfferFacts, student: User): Promise<void> {
    for (const contact of await this.companyRecipients(manager, application.companyId, [offer.authorId])) {
      await this.mail.enqueue(manager, {
        to: contact.email,
        template: 'application_received',
        locale: contact.locale,
        params: {
          firstName: contact.firstName,
          studentName: `${student.firstName} ${student.lastName}`,
          offerTitle: offer.title,
          respondBy: formatDay(application.respondBy, contact.locale),
          link: this.link(application),
        },
      });
    }
  }

  async statusChanged(
    manager: EntityManager,
    application: Application,
    offer: OfferFacts,
    student: User,
    status: ApplicationStatus,
    message: string,
  ): Promise<void> {
    await this.mail.enqueue(manager, {
      to: student.email,
      template: 'application_status',
      locale: student.locale,
      params: {
        firstName: student.firstName,
        offerTitle: offer.title,
        companyName: offer.companyName,
        status,
        message,
        link: this.link(application),
      },
    });
  }

  /** A relayed message; the sender's address goes as Reply-To only, so the recipient can answer them directly. */
  async relay(
    manager: EntityManager,
    application: Application,
    offer: OfferFacts,
    from: User,
    to: User,
    direction: 'to_student' | 'to_company',
    message: string,
  ): Promise<void> {
    await this.mail.enqueue(manager, {
      to: to.email,
      replyTo: from.email,
      template: 'application_message',
      locale: to.locale,
      params: {
        firstName: to.firstName,
        senderName: `${from.firstName} ${from.lastName}`,
        companyName: offer.companyName,
        offerTitle: offer.title,
        direction,
        message,
        link: this.link(application),
      },
    });
  }

  async reminder(
    manager: EntityManager,
    contact: User,
    company: { id: string; name: string },
    count: number,
    firstDeadline: Date,
  ): Promise<void> {
    await this.mail.enqueue(manager, {
      to: contact.email,
      template: 'application_reminder',
      locale: contact.locale,
      params: {
        firstName: contact.firstName,
        companyName: company.name,
        count: String(count),
        firstDeadline: formatDay(firstDeadline, contact.locale),
        link: `${this.config.publicUrl}/companies/${company.id}/applications`,
      },
    });
  }

  private link(application: Application): string {
    return `${this.config.publicUrl}/applications/${application.id}`;
  }
}
