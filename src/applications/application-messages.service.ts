import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { Role } from '../common/auth/role.enum';
import { User } from '../users/user.entity';
import { AuthUser } from '../common/auth/auth-user';
import { PageQueryDto } from '../common/paging/page-query.dto';
import { Page } from '../common/paging/page';
import { Offer } from '../offers/offer.entity';
import { Application } from './application.entity';
import { ApplicationAccess } from './application-access';
import { ApplicationEvent } from './application-event.entity';
import { ApplicationMails, offerFacts } from './application-mails';
import { ApplicationEventKind } from './application-status';
import { ApplicationsError, ApplicationsException } from './applications.exception';
import { ApplicationMessageDto } from './dto/application-review.dto';
import { ApplicationEventView } from './dto/application.view';

/**
 * "Contacter l'étudiant": messages relayed by e-mail. The company writes first; the student may then answer.
 * Neither side sees the other's address in the API; a relayed mail carries the sender's as Reply-To, so the
 * student's address reaches the company only when the student answers.
 */
@Injectable()
export class ApplicationMessagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ApplicationAccess,
    private readonly mails: ApplicationMails,
  ) {}

  async send(user: AuthUser, id: string, dto: ApplicationMessageDto): Promise<ApplicationEventView> {
    const event = await this.dataSource.transaction((manager) =>
      user.role === Role.Student
        ? this.fromStudent(manager, user, id, dto.message)
        : this.toStudent(manager, user, id, dto.message),
    );
    return (await this.eventViews([event]))[0];
  }

  /** The timeline of an application: submission, status changes and messages (reminders: company side only). */
  async timeline(user: AuthUser, id: string, page: PageQueryDto): Promise<Page<ApplicationEventView>> {
    const application = await this.access.findReadable(user, id);
    const hidden = user.role === Role.Student ? [ApplicationEventKind.ReminderSent] : [];
    const [events, total] = await this.dataSource.getRepository(ApplicationEvent).findAndCount({
      where: { applicationId: application.id, ...(hidden.length > 0 ? { kind: Not(In(hidden)) } : {}) },
      order: { id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return { items: await this.eventViews(events), total, limit: page.limit, offset: page.offset };
  }

  private async toStudent(
    manager: EntityManager,
    user: AuthUser,
    id: string,
    message: string,
  ): Promise<ApplicationEvent> {
    const application = await this.access.lock(manager, user, id, 'company');
    const now = new Date();
    // A message answers the student as much as a decision does.
    if (application.respondedAt === null) await manager.update(Application, { id }, { respondedAt: now });
    // One connection per transaction: its queries go one after the other.
    const sender = await manager.findOneByOrFail(User, { id: user.id });
    const student = await manager.findOneByOrFail(User, { id: application.studentId });
    const offer = await manager.findOneByOrFail(Offer, { id: application.offerId });
    await this.mails.relay(
      manager,
      application,
      await offerFacts(manager, offer),
      sender,
      student,
      'to_student',
      message,
    );
    return this.record(manager, application, user, ApplicationEventKind.MessageToStudent, message, now);
  }

  private async fromStudent(
    manager: EntityManager,
    user: AuthUser,
    id: string,
    message: string,
  ): Promise<ApplicationEvent> {
    const application = await this.access.lock(manager, user, id, 'student');
    const lastFromCompany = await manager.findOne(ApplicationEvent, {
      where: { applicationId: id, kind: ApplicationEventKind.MessageToStudent },
      order: { id: 'DESC' },
    });
    if (!lastFromCompany) throw new ApplicationsException(ApplicationsError.NoConversation);
    const student = await manager.findOneByOrFail(User, { id: user.id });
    const offer = await manager.findOneByOrFail(Offer, { id: application.offerId });
    const facts = await offerFacts(manager, offer);
    // The answer goes to whoever wrote last, while they are still a contact of the company.
    for (const contact of await this.mails.companyRecipients(manager, application.companyId, [
      lastFromCompany.actorId,
    ])) {
      await this.mails.relay(manager, application, facts, student, contact, 'to_company', message);
    }
    return this.record(manager, application, user, ApplicationEventKind.MessageToCompany, message, new Date());
  }

  private async record(
    manager: EntityManager,
    application: Application,
    user: AuthUser,
    kind: ApplicationEventKind,
    message: string,
    at: Date,
  ): Promise<ApplicationEvent> {
    const event = manager.create(ApplicationEvent, {
      applicationId: application.id,
      at,
      actorId: user.id,
      kind,
      fromStatus: null,
      toStatus: null,
      message,
    });
    return manager.save(event);
  }

  private async eventViews(events: ApplicationEvent[]): Promise<ApplicationEventView[]> {
    const actorIds = [...new Set(events.map((e) => e.actorId).filter((actor): actor is string => actor !== null))];
    const names = new Map<string, string>(
      actorIds.length === 0
        ? []
        : (
            (await this.dataSource.query(
              `SELECT id, concat_ws(' ', first_name, last_name) AS name FROM users WHERE id = ANY($1::uuid[])`,
              [actorIds],
            )) as Array<{ id: string; name: string }>
          ).map((row) => [row.id, row.name]),
    );
    return events.map((e) => ({
      id: e.id,
      at: e.at,
      kind: e.kind,
      actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      message: e.message,
    }));
  }
}
