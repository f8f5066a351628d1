import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../common/errors/domain.exception';
import { InvalidParam } from '../common/errors/problem-details';

export enum RequestsError {
  NotFound = 'request_not_found',
  Archived = 'request_archived',
  InvalidTransition = 'request_invalid_transition',
  CvRequired = 'request_cv_required',
  OpenLimitReached = 'request_open_limit',
}

const messages: Record<RequestsError, string> = {
  [RequestsError.NotFound]: 'No such internship request',
  [RequestsError.Archived]: 'This request is archived and can no longer change',
  [RequestsError.InvalidTransition]: 'This request cannot take that status from its current one',
  [RequestsError.CvRequired]: 'Upload a CV (PDF) before publishing this request',
  [RequestsError.OpenLimitReached]: 'You have as many open requests as allowed: archive one first',
};

export class RequestsException extends DomainException<RequestsError> {
  constructor(code: RequestsError, detail = messages[code], errors?: InvalidParam[]) {
    super(code, statusOf(code), detail, errors ? { errors } : {});
  }
}

function statusOf(code: RequestsError): number {
  switch (code) {
    case RequestsError.NotFound:
      return HttpStatus.NOT_FOUND;
    case RequestsError.Archived:
    case RequestsError.InvalidTransition:
    case RequestsError.CvRequired:
    case RequestsError.OpenLimitReached:
      return HttpStatus.CONFLICT;
    default: {
      const unhandled: never = code;
      throw new Error(`no status for ${String(unhandled)}`);
    }
  }
}
