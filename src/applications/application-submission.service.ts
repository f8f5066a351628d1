import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { User } from '../users/user.entity';
import { AuthUser } from '../common/auth/auth-user';
import { AppConfig } from '../config/app-config';
import { DocumentKind } from '../documents/document-kind';
import { StudentDocument } from '../documents/student-document.entity';
import { Offer } from '../offers/offer.entity';
import { OfferStatus } from '../offers/offer-status';
import { OfferVisibility } from '../offers/offer-visibility';
import { OffersError, OffersException } from '../offers/offers.exception';
import { InternshipRequest } from '../requests/internship-request.entity';
import { Application } from './application.entity';
import { ApplicationDocument } from './application-document.entity';
import { ApplicationEvent } from './application-event.entity';
import { ApplicationMails, offerFacts } from './application-mails';
import { ApplicationDocumentRole, ApplicationEventKind, ApplicationStatus } from './application-status';
import { ApplicationViews } from './application-views';
import { ApplicationsError, ApplicationsException } from './applications.exception';
import { ApplyDto } from './dto/apply.dto';
import { ApplicationView } from './dto/application.view';

interface ChosenDocument {
  document: StudentDocument;
  role: ApplicationDocumentRole;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A student applies to an offer: checked, stored with its files, its timeline started and the company told, all
 * in one transaction. The files sent are marked sent, so they stay as the company received them.
 */
@Injectable()
export class ApplicationSubmissionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mails: ApplicationMails,
    private readonly views: ApplicationViews,
    private readonly config: AppConfig,
  ) {}

  async apply(user: AuthUser, offerId: string, dto: ApplyDto): Promise<ApplicationView> {
    const application = await this.dataSource.transaction(async (manager) => {
      const offer = await this.findOpenOffer(manager, user, offerId);
      const documents = await this.chooseDocuments(manager, user, dto);
      const now = new Date();
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO applications (offer_id, company_id, student_id, request_id, message, status, respond_by,
                                   status_changed_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $8)
         ON CONFLICT ON CONSTRAINT applications_one_per_offer DO NOTHING
         RETURNING id`,
        [
          offer.id,
          offer.companyId,
          user.id,
          dto.requestId ?? null,
          dto.message,
          ApplicationStatus.Received,
          new Date(now.getTime() + this.config.applications.responseDays * DAY_MS),
          now,
        ],
      );
      if (inserted.length === 0) throw new ApplicationsException(ApplicationsError.Duplicate);
      const created = await manager.findOneByOrFail(Application, { id: inserted[0].id });
      await manager.insert(
        ApplicationDocument,
        documents.map(({ document, role }, position) => ({
          applicationId: created.id,
          documentId: document.id,
          role,
          position,
        })),
      );
      await manager.update(
        StudentDocument,
        { id: In(documents.map(({ document }) => document.id)), sentAt: IsNull() },
        { sentAt: now },
      );
      await manager.insert(ApplicationEvent, {
        applicationId: created.id,
        at: now,
        actorId: user.id,
        kind: ApplicationEventKind.Submitted,
        toStatus: ApplicationStatus.Received,
        message: null,
      });
      const student = await manager.findOneByOrFail(User, { id: user.id });
      await this.mails.received(manager, created, await offerFacts(manager, offer), student);
      return created;
    });
    return this.views.one(application);
  }

  /** The offer as this student may apply to it: published, aimed at them, deadline ahead. Locked against closing. */
  private async findOpenOffer(manager: EntityManager, user: AuthUser, offerId: string): Promise<Offer> {
    const offer = await manager
      .createQueryBuilder(Offer, 'o')
      .where('o.id = :offerId', { offerId })
      .andWhere(OfferVisibility.reachesStudent('o', ':userId'), { userId: user.id })
      .setLock('pessimistic_read')
      .getOne();
    // An offer the student cannot see is not found; one they saw but that closed meanwhile is a conflict.
    if (!offer) throw new OffersException(OffersError.NotFound);
    if (offer.status !== OfferStatus.Published || offer.applicationDeadline.getTime() <= Date.now()) {
      if (offer.status === OfferStatus.Draft) throw new OffersException(OffersError.NotFound);
      throw new ApplicationsException(ApplicationsError.OfferClosed);
    }
    return offer;
  }

  /** The CV, the letter and the others, each the student's own and of the kind its field takes. */
  private async chooseDocuments(manager: EntityManager, user: AuthUser, dto: ApplyDto): Promise<ChosenDocument[]> {
    let fromRequest: StudentDocument[] = [];
    if (dto.requestId !== undefined) {
      // Locked before its documents, in the order an upload to the request takes them (request, then documents):
      // the other order deadlocked with a CV replaced while applying.
      const request = await manager.findOne(InternshipRequest, {
        where: { id: dto.requestId, studentId: user.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request) {
        throw new ApplicationsException(ApplicationsError.UnknownDocument, 'No such request among yours', 'requestId');
      }
      fromRequest = await manager.find(StudentDocument, {
        where: { requestId: request.id, kind: In([DocumentKind.Cv, DocumentKind.Letter]) },
      });
    }
    const ids = [dto.cvDocumentId, dto.letterDocumentId, ...(dto.otherDocumentIds ?? [])].filter(
      (id): id is string => id !== undefined,
    );
    // Locked so a concurrent replacement cannot delete a file while it is being sent.
    const owned = await manager.find(StudentDocument, {
      where: { id: In([...ids, ...fromRequest.map((d) => d.id)]), ownerId: user.id },
      lock: { mode: 'pessimistic_write' },
    });
    const byId = new Map(owned.map((d) => [d.id, d]));
    const pick = (id: string | undefined, kind: DocumentKind, field: string): StudentDocument | undefined => {
      if (id === undefined) return fromRequest.find((d) => d.kind === kind && byId.has(d.id));
      const document = byId.get(id);
      if (!document || document.kind !== kind) {
        throw new ApplicationsException(ApplicationsError.UnknownDocument, `No ${kind} of yours has this id`, field);
      }
      return document;
    };
    const cv = pick(dto.cvDocumentId, DocumentKind.Cv, 'cvDocumentId');
    const letter = pick(dto.letterDocumentId, DocumentKind.Letter, 'letterDocumentId');
    if (!cv)
      throw new ApplicationsException(ApplicationsError.MissingDocument, 'An application needs a CV', 'cvDocumentId');
    if (!letter) {
      throw new ApplicationsException(
        ApplicationsError.MissingDocument,
        'An application needs a cover letter',
        'letterDocumentId',
      );
    }
    const others = (dto.otherDocumentIds ?? []).map((id, index) => {
      const document = byId.get(id);
      if (!document) {
        throw new ApplicationsException(
          ApplicationsError.UnknownDocument,
          'No document of yours has this id',
          `otherDocumentIds[${index}]`,
        );
      }
      return document;
    });
    const chosen: ChosenDocument[] = [
      { document: cv, role: ApplicationDocumentRole.Cv },
      { document: letter, role: ApplicationDocumentRole.Letter },
      ...others.map((document) => ({ document, role: ApplicationDocumentRole.Other })),
    ];
    const distinct = new Set(chosen.map(({ document }) => document.id));
    if (distinct.size !== chosen.length) {
      throw new ApplicationsException(
        ApplicationsError.UnknownDocument,
        'A document is given twice',
        'otherDocumentIds',
      );
    }
    return chosen;
  }
}
