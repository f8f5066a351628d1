import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../common/errors/domain.exception';
import { InvalidParam } from '../common/errors/problem-details';

export enum OffersError {
  NotFound = 'offer_not_found',
  InvalidTransition = 'offer_invalid_transition',
  Closed = 'offer_closed',
  DeadlinePassed = 'offer_deadline_passed',
  UnknownTarget = 'offer_unknown_target',
  CompanyNotApproved = 'company_not_approved',
}

const messages: Record<OffersError, string> = {
  [OffersError.NotFound]: 'No such offer',
  [OffersError.InvalidTransition]: 'This offer cannot take that status from its current one',
  [OffersError.Closed]: 'This offer is filled or expired and can no longer change',
  [OffersError.DeadlinePassed]: 'The application deadline has passed: move it forward before publishing',
  [OffersError.UnknownTarget]: 'The targeted university or programme does not exist',
  [OffersError.CompanyNotApproved]:
    'Your company awaits its approval by the platform: offers stay drafts and candidates hidden until then',
};

export class OffersException extends DomainException<OffersError> {
  constructor(code: OffersError, detail = messages[code], errors?: InvalidParam[]) {
    super(code, statusOf(code), detail, errors ? { errors } : {});
  }
}

function statusOf(code: OffersError): number {
  switch (code) {
    case OffersError.NotFound:
      return HttpStatus.NOT_FOUND;
    case OffersError.InvalidTransition:
    case OffersError.Closed:
    case OffersError.DeadlinePassed:
      return HttpStatus.CONFLICT;
    case OffersError.UnknownTarget:
      return HttpStatus.BAD_REQUEST;
    case OffersError.CompanyNotApproved:
      return HttpStatus.FORBIDDEN;
    default: {
      const unhandled: never = code;
      throw new Error(`no status for ${String(unhandled)}`);
    }
  }
}
