import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../common/errors/domain.exception';
import { InvalidParam } from '../common/errors/problem-details';

export enum ApplicationsError {
  NotFound = 'application_not_found',
  Duplicate = 'application_duplicate',
  OfferClosed = 'application_offer_closed',
  InvalidTransition = 'application_invalid_transition',
  UnknownDocument = 'application_unknown_document',
  MissingDocument = 'application_missing_document',
  NoConversation = 'application_no_conversation',
}

const messages: Record<ApplicationsError, string> = {
  [ApplicationsError.NotFound]: 'No such application',
  [ApplicationsError.Duplicate]: 'You have already applied to this offer',
  [ApplicationsError.OfferClosed]: 'This offer no longer takes applications',
  [ApplicationsError.InvalidTransition]: 'This application cannot take that status from its current one',
  [ApplicationsError.UnknownDocument]: 'No such document among yours, or not of the kind this field takes',
  [ApplicationsError.MissingDocument]: 'An application needs a CV and a cover letter',
  [ApplicationsError.NoConversation]: 'You can answer the company once it has written to you',
};

/** Errors of applications. `field` names the input at fault, as validation errors do. */
export class ApplicationsException extends DomainException<ApplicationsError> {
  constructor(code: ApplicationsError, detail = messages[code], field?: string) {
    const errors: InvalidParam[] | undefined = field ? [{ field, message: detail }] : undefined;
    super(code, statusOf(code), detail, errors ? { errors } : {});
  }
}

function statusOf(code: ApplicationsError): number {
  switch (code) {
    case ApplicationsError.NotFound:
      return HttpStatus.NOT_FOUND;
    case ApplicationsError.Duplicate:
    case ApplicationsError.OfferClosed:
    case ApplicationsError.InvalidTransition:
    case ApplicationsError.NoConversation:
      return HttpStatus.CONFLICT;
    case ApplicationsError.UnknownDocument:
    case ApplicationsError.MissingDocument:
      return HttpStatus.BAD_REQUEST;
    default: {
      const unhandled: never = code;
      throw new Error(`no status for ${String(unhandled)}`);
    }
  }
}
