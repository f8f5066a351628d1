import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../common/auth/auth-user';
import { AppConfig } from '../config/app-config';
import { PageQueryDto } from '../common/paging/page-query.dto';
import { Page } from '../common/paging/page';
import { CreateRequestDto, UpdateRequestDto } from './dto/request-fields.dto';
import { RequestHistoryView, RequestView } from './dto/request.view';
import { InternshipRequest, RequestFields } from './internship-request.entity';
import { RequestAccess } from './request-access';
import { RequestChangeRecorder } from './request-change-recorder';
import { RequestHistoryEntry } from './request-history.entity';
import { RequestAction, RequestStatus } from './request-status';
import { RequestsError, RequestsException } from './requests.exception';
import { StudentSchooling } from './student-schooling';
import { ProfileReadsService } from '../profile-reads/profile-reads.service';

/** A student's internship requests: drafting, editing, the publish / unpublish / archive lifecycle, history. */
@Injectable()
export class RequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: RequestAccess,
    private readonly recorder: RequestChangeRecorder,
    private readonly schooling: StudentSchooling,
    private readonly reads: ProfileReadsService,
    private readonly config: AppConfig,
  ) {}

  async create(user: AuthUser, dto: CreateRequestDto): Promise<RequestView> {
    const request = await this.dataSource.transaction(async (manager) => {
      await this.assertBelowOpenLimit(manager, user.id);
      return this.recorder.create(manager, user.id, definedFields(dto), user.id);
    });
    return this.view(request);
  }

  /**
   * Every open request is indexed, matched and rebuilt: the cap keeps one account from growing without bound.
   * The student's row is locked so two concurrent creations cannot both pass the count (NO KEY UPDATE: the rows
   * that name the student, such as matches being recorded, do not hold it up).
   */
  private async assertBelowOpenLimit(manager: EntityManager, studentId: string): Promise<void> {
    const max = this.config.requests.maxOpenPerStudent;
    await manager.query('SELECT 1 FROM users WHERE id = $1 FOR NO KEY UPDATE', [studentId]);
    const [{ open }] = await manager.query(
      `SELECT count(*)::int AS open FROM internship_requests WHERE student_id = $1 AND status <> $2`,
      [studentId, RequestStatus.Archived],
    );
    if (open >= max) {
      throw new RequestsException(
        RequestsError.OpenLimitReached,
        `You have ${open} open requests, the most allowed (REQUESTS_MAX_OPEN_PER_STUDENT = ${max}): archive one first`,
      );
    }
  }

  async listMine(user: AuthUser, page: PageQueryDto): Promise<Page<RequestView>> {
    const [requests, total] = await this.dataSource.getRepository(InternshipRequest).findAndCount({
      where: { studentId: user.id },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return { items: await this.views(requests), total, limit: page.limit, offset: page.offset };
  }

  async get(user: AuthUser, id: string): Promise<RequestView> {
    const request = await this.access.findReadable(user, id);
    // A company contact's read is logged (and counted against the daily cap) before anything is shown.
    await this.reads.record(user, {
      studentId: request.studentId,
      requestId: request.id,
      documentId: null,
      kind: 'request',
    });
    return this.view(request);
  }

  update(user: AuthUser, id: string, dto: UpdateRequestDto): Promise<RequestView> {
    return this.change(user, id, (request, manager) =>
      this.recorder.record(manager, request, {
        action: RequestAction.Updated,
        actorId: user.id,
        set: definedFields(dto),
      }),
    );
  }

  /** Publishing needs a CV whose upload succeeded (its row exists); its text may still be pending or unreadable. */
  publish(user: AuthUser, id: string): Promise<RequestView> {
    return this.change(user, id, async (request, manager) => {
      requireStatus(request, RequestStatus.Draft);
      const [{ hasCv }] = await manager.query(
        `SELECT EXISTS (SELECT 1 FROM documents WHERE request_id = $1 AND kind = 'cv') AS "hasCv"`,
        [request.id],
      );
      if (!hasCv) {
        throw new RequestsException(RequestsError.CvRequired, undefined, [
          { field: 'documents', message: 'a CV is required to publish' },
        ]);
      }
      return this.recorder.record(manager, request, {
        action: RequestAction.Published,
        actorId: user.id,
        set: { status: RequestStatus.Published, publishedAt: new Date() },
      });
    });
  }

  /** Back to draft: companies stop seeing it; the student may publish it again. */
  unpublish(user: AuthUser, id: string): Promise<RequestView> {
    return this.change(user, id, (request, manager) => {
      requireStatus(request, RequestStatus.Published);
      return this.recorder.record(manager, request, {
        action: RequestAction.Unpublished,
        actorId: user.id,
        set: { status: RequestStatus.Draft, publishedAt: null },
      });
    });
  }

  /** Final: an archived request is kept with its history but no longer changes. */
  archive(user: AuthUser, id: string): Promise<RequestView> {
    return this.change(user, id, (request, manager) =>
      this.recorder.record(manager, request, {
        action: RequestAction.Archived,
        actorId: user.id,
        set: { status: RequestStatus.Archived },
      }),
    );
  }

  async history(user: AuthUser, id: string, page: PageQueryDto): Promise<Page<RequestHistoryView>> {
    const request = await this.access.findReadable(user, id);
    const [entries, total] = await this.dataSource.getRepository(RequestHistoryEntry).findAndCount({
      where: { requestId: request.id },
      order: { id: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
    return { items: entries.map(historyView), total, limit: page.limit, offset: page.offset };
  }

  private async change(
    user: AuthUser,
    id: string,
    apply: (request: InternshipRequest, manager: EntityManager) => Promise<InternshipRequest>,
  ): Promise<RequestView> {
    const request = await this.dataSource.transaction(async (manager) =>
      apply(await this.access.lockOwned(manager, user, id), manager),
    );
    return this.view(request);
  }

  private async view(request: InternshipRequest): Promise<RequestView> {
    return (await this.views([request]))[0];
  }

  private async views(requests: InternshipRequest[]): Promise<RequestView[]> {
    const schooling = await this.schooling.of(requests.map((request) => request.studentId));
    return requests.map((request) => ({ ...request, schooling: schooling.get(request.studentId) ?? null }));
  }
}

function requireStatus(request: InternshipRequest, expected: RequestStatus): void {
  if (request.status !== expected) {
    throw new RequestsException(
      RequestsError.InvalidTransition,
      `This request is ${request.status}; the action needs it ${expected}`,
    );
  }
}

/** The fields a DTO actually carries (class-transformer leaves absent ones undefined). */
function definedFields(dto: CreateRequestDto | UpdateRequestDto): Partial<RequestFields> {
  return Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined)) as Partial<RequestFields>;
}

function historyView({ id, at, actorId, action, version, changes }: RequestHistoryEntry): RequestHistoryView {
  return { id, at, actorId, action, version, changes };
}
