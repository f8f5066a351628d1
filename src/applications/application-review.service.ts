import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { User } from '../users/user.entity';
import { AuthUser } from '../common/auth/auth-user';
import { Page } from '../common/paging/page';
import { InternshipRecordsService } from '../label-workflow/internships/internship-records.service';
import { Offer } from '../offers/offer.entity';
import { OfferAccess } from '../offers/offer-access';
import { CompaniesService } from '../organisations/companies.service';
import { Application } from './application.entity';
import { ApplicationAccess } from './application-access';
import { ApplicationEvent } from './application-event.entity';
import { ApplicationMails, offerFacts } from './application-mails';
import { ApplicationEventKind, ApplicationStatus, canMoveApplication, isAnswer } from './application-status';
import { ApplicationViews } from './application-views';
import { ApplicationsError, ApplicationsException } from './applications.exception';
import {
  ApplicationQueryDto,
  ChangeApplicationStatusDto,
  CompanyApplicationQueryDto,
} from './dto/application-review.dto';
import { ApplicationView } from './dto/application.view';

/**
 * Reading applications (the company per offer and across offers, the student their own) and the company's work
 * through them: statuses, each e-mailed to the student; a selection creates the internship.
 */
@Injectable()
export class ApplicationReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ApplicationAccess,
    private readonly offers: OfferAccess,
    private readonly companies: CompaniesService,
    private readonly views: ApplicationViews,
    private readonly mails: ApplicationMails,
    private readonly internships: InternshipRecordsService,
  ) {}

  async get(user: AuthUser, id: string): Promise<ApplicationView> {
    return this.views.one(await this.access.findReadable(user, id));
  }

  /** The answers to one offer of the caller's company. */
  async listForOffer(user: AuthUser, offerId: string, query: ApplicationQueryDto): Promise<Page<ApplicationView>> {
    const offer = await this.offers.findReadable(user, offerId);
    return this.page(this.query(query).andWhere('a.offer_id = :offerId', { offerId: offer.id }), query);
  }

  /** "Consulter les réponses à mes offres": every answer to the company's offers, newest first. */
  async listForCompany(
    user: AuthUser,
    companyId: string,
    query: CompanyApplicationQueryDto,
  ): Promise<Page<ApplicationView>> {
    await this.companies.assertActiveContact(user, companyId);
    const builder = this.query(query).andWhere('a.company_id = :companyId', { companyId });
    if (query.offerId) builder.andWhere('a.offer_id = :offerId', { offerId: query.offerId });
    return this.page(builder, query);
  }

  async listMine(user: AuthUser, query: ApplicationQueryDto): Promise<Page<ApplicationView>> {
    return this.page(this.query(query).andWhere('a.student_id = :userId', { userId: user.id }), query);
  }

  async changeStatus(user: AuthUser, id: string, dto: ChangeApplicationStatusDto): Promise<ApplicationView> {
    const application = await this.dataSource.transaction(async (manager) => {
      const current = await this.access.lock(manager, user, id, 'company');
      if (!canMoveApplication(current.status, dto.status)) {
        throw new ApplicationsException(
          ApplicationsError.InvalidTransition,
          `This application is ${current.status}; it cannot become ${dto.status}`,
        );
      }
      const now = new Date();
      const from = current.status;
      current.status = dto.status;
      current.statusChangedAt = now;
      if (isAnswer(dto.status) && current.respondedAt === null) current.respondedAt = now;
      await manager.update(
        Application,
        { id: current.id },
        { status: current.status, statusChangedAt: now, respondedAt: current.respondedAt },
      );
      const message = dto.message?.trim() ?? '';
      await manager.insert(ApplicationEvent, {
        applicationId: current.id,
        at: now,
        actorId: user.id,
        kind: ApplicationEventKind.StatusChanged,
        fromStatus: from,
        toStatus: dto.status,
        message: message === '' ? null : message,
      });
      const offer = await manager.findOneByOrFail(Offer, { id: current.offerId });
      if (dto.status === ApplicationStatus.Selected) {
        await this.internships.createFromSelection(manager, {
          applicationId: current.id,
          offerId: offer.id,
          studentId: current.studentId,
          companyId: current.companyId,
          startDate: offer.startDate,
          durationWeeks: offer.durationWeeks,
          selectedBy: user.id,
        });
      }
      const student = await manager.findOneByOrFail(User, { id: current.studentId });
      await this.mails.statusChanged(manager, current, await offerFacts(manager, offer), student, dto.status, message);
      return current;
    });
    return this.views.one(application);
  }

  private query(query: ApplicationQueryDto): SelectQueryBuilder<Application> {
    const builder = this.dataSource.createQueryBuilder(Application, 'a');
    if (query.status) builder.andWhere('a.status = :status', { status: query.status });
    return builder;
  }

  private async page(
    builder: SelectQueryBuilder<Application>,
    query: ApplicationQueryDto,
  ): Promise<Page<ApplicationView>> {
    const [applications, total] = await builder
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
    return { items: await this.views.many(applications), total, limit: query.limit, offset: query.offset };
  }
}
