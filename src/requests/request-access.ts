import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../common/auth/auth-user';
import { InternshipRequest } from './internship-request.entity';
import { RequestChangeRecorder } from './request-change-recorder';
import { requestReadScope } from './request-read-scope';
import { RequestStatus } from './request-status';
import { RequestsError, RequestsException } from './requests.exception';

/** Finds a request the way a caller is allowed to reach it; anything outside their reach is "not found". */
@Injectable()
export class RequestAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly recorder: RequestChangeRecorder,
  ) {}

  async findReadable(user: AuthUser, id: string): Promise<InternshipRequest> {
    const scope = requestReadScope(user);
    const request = await this.dataSource
      .createQueryBuilder(InternshipRequest, 'r')
      .where('r.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
    if (!request) throw new RequestsException(RequestsError.NotFound);
    return request;
  }

  /**
   * Locks the caller's own request for a change, inside `manager`'s transaction. Only its student changes a
   * request, and an archived request no longer changes.
   */
  async lockOwned(manager: EntityManager, user: AuthUser, id: string): Promise<InternshipRequest> {
    const request = await this.recorder.lock(manager, id);
    if (!request || request.studentId !== user.id) throw new RequestsException(RequestsError.NotFound);
    if (request.status === RequestStatus.Archived) throw new RequestsException(RequestsError.Archived);
    return request;
  }
}
