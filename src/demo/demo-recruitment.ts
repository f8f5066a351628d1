import { EntityManager } from 'typeorm';
import { Application } from '../applications/application.entity';
import { ApplicationDocument } from '../applications/application-document.entity';
import { ApplicationEvent } from '../applications/application-event.entity';
import {
  ApplicationDocumentRole,
  ApplicationEventKind,
  ApplicationStatus,
  isAnswer,
} from '../applications/application-status';
import { StudentDocument } from '../documents/student-document.entity';
import { InternshipRecordsService } from '../label-workflow/internships/internship-records.service';
import { Offer } from '../offers/offer.entity';
import { OfferChangeRecorder } from '../offers/offer-change-recorder';
import { OfferAction, OfferStatus } from '../offers/offer-status';
import { DemoApplication, DemoOffer } from './demo-offers';

const DAY_MS = 24 * 3600 * 1000;
/** The demo's response deadline, as APPLICATION_RESPONSE_DAYS defaults to. */
const RESPONSE_DAYS = 15;

/** Ids of what the demo wrote before, by demo key, company name or e-mail. */
export interface DemoIds {
  universities: Map<string, string>;
  programmes: Map<string, string>;
  companies: Map<string, string>;
  users: Map<string, string>;
  requests: Map<string, { requestId: string; cvId: string; letterId: string }>;
}

export interface DemoRecruitmentServices {
  offers: OfferChangeRecorder;
  internships: InternshipRecordsService;
}

/**
 * Writes the demo offers and the applications to them. Offers go through the OfferChangeRecorder (history,
 * version, search outbox), like the API's own; applications are written as the API would leave them after the
 * company's answer, with their timeline and, for a selection, the internship.
 */
export class DemoRecruitment {
  private readonly offers = new Map<string, Offer>();

  constructor(
    private readonly manager: EntityManager,
    private readonly services: DemoRecruitmentServices,
    private readonly now: Date,
    private readonly ids: DemoIds,
  ) {}

  async offer(demo: DemoOffer): Promise<void> {
    const authorId = this.required(this.ids.users, demo.author, 'contact');
    const companyId = this.required(this.ids.companies, demo.company, 'company');
    let offer = await this.services.offers.create(
      this.manager,
      { companyId, authorId },
      {
        ...demo.fields,
        status: OfferStatus.Draft,
        applicationDeadline: this.daysFromNow(demo.deadlineInDays),
        targetUniversityId: demo.targetUniversity
          ? this.required(this.ids.universities, demo.targetUniversity, 'university')
          : null,
        targetProgrammeId: demo.targetProgramme
          ? this.required(this.ids.programmes, demo.targetProgramme, 'programme')
          : null,
      },
    );
    if (demo.state !== OfferStatus.Draft) {
      offer = await this.services.offers.record(this.manager, offer, {
        action: OfferAction.Published,
        actorId: authorId,
        set: { status: OfferStatus.Published, publishedAt: this.daysFromNow(-demo.publishedDaysAgo) },
      });
    }
    if (demo.state === OfferStatus.Filled) {
      offer = await this.services.offers.record(this.manager, offer, {
        action: OfferAction.Filled,
        actorId: authorId,
        set: { status: OfferStatus.Filled },
      });
    }
    this.offers.set(demo.key, offer);
  }

  async application(demo: DemoApplication): Promise<void> {
    const offer = this.offers.get(demo.offer);
    if (!offer) throw new Error(`demo application to an unknown offer ${demo.offer}`);
    const studentId = this.required(this.ids.users, demo.student, 'student');
    const request = this.required(this.ids.requests, demo.student, 'request');
    const createdAt = this.daysFromNow(-demo.daysAgo);
    const answeredAt = isAnswer(demo.status) ? new Date(createdAt.getTime() + 2 * DAY_MS) : null;
    const changedAt = demo.status === ApplicationStatus.Received ? createdAt : new Date(createdAt.getTime() + DAY_MS);
    const { identifiers } = await this.manager.insert(Application, {
      offerId: offer.id,
      companyId: offer.companyId,
      studentId,
      requestId: request.requestId,
      message: demo.message,
      status: demo.status,
      respondBy: new Date(createdAt.getTime() + RESPONSE_DAYS * DAY_MS),
      respondedAt: answeredAt,
      remindedAt: null,
      statusChangedAt: answeredAt ?? changedAt,
      createdAt,
      updatedAt: createdAt,
    });
    const applicationId = identifiers[0].id as string;
    await this.manager.insert(ApplicationDocument, [
      { applicationId, documentId: request.cvId, role: ApplicationDocumentRole.Cv, position: 0 },
      { applicationId, documentId: request.letterId, role: ApplicationDocumentRole.Letter, position: 1 },
    ]);
    await this.manager.update(StudentDocument, [request.cvId, request.letterId], { sentAt: createdAt });
    const events: Array<Partial<ApplicationEvent>> = [
      {
        applicationId,
        at: createdAt,
        actorId: studentId,
        kind: ApplicationEventKind.Submitted,
        toStatus: ApplicationStatus.Received,
      },
    ];
    if (demo.status !== ApplicationStatus.Received) {
      events.push({
        applicationId,
        at: answeredAt ?? changedAt,
        actorId: offer.authorId,
        kind: ApplicationEventKind.StatusChanged,
        fromStatus: ApplicationStatus.Received,
        toStatus: demo.status,
      });
    }
    await this.manager.insert(ApplicationEvent, events);
    if (demo.status === ApplicationStatus.Selected) {
      await this.services.internships.createFromSelection(this.manager, {
        applicationId,
        offerId: offer.id,
        studentId,
        companyId: offer.companyId,
        startDate: offer.startDate,
        durationWeeks: offer.durationWeeks,
        selectedBy: offer.authorId ?? studentId,
      });
    }
  }

  private daysFromNow(days: number): Date {
    return new Date(this.now.getTime() + days * DAY_MS);
  }

  private required<T>(map: Map<string, T>, key: string, what: string): T {
    const value = map.get(key);
    if (value === undefined) throw new Error(`demo ${what} "${key}" is not in the demo world`);
    return value;
  }
}
