import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception';
import { InvalidParam } from '../../common/errors/problem-details';

export enum AgreementsError {
  NotFound = 'agreement_not_found',
  Forbidden = 'agreement_forbidden',
  AlreadyIssued = 'agreement_already_issued',
  IncompleteInternship = 'agreement_incomplete_internship',
  NotRunning = 'agreement_internship_not_running',
  PrerequisitesMissing = 'agreement_prerequisites_missing',
  Pending = 'agreement_pending',
  NotPending = 'agreement_not_pending',
  NothingToAmend = 'agreement_nothing_to_amend',
  InvalidTutor = 'agreement_invalid_tutor',
  InvalidDates = 'agreement_invalid_dates',
  LinkUnknown = 'agreement_link_unknown',
  LinkUsed = 'agreement_link_used',
  LinkExpired = 'agreement_link_expired',
  LinkClosed = 'agreement_link_closed',
  InternshipClosed = 'agreement_internship_closed',
}

const messages: Record<AgreementsError, string> = {
  [AgreementsError.NotFound]: 'No such internship agreement',
  [AgreementsError.Forbidden]: 'Only the programme manager of the internship may do this',
  [AgreementsError.AlreadyIssued]: 'The agreement was already issued: change it with an amendment',
  [AgreementsError.IncompleteInternship]: 'The internship lacks what the agreement needs',
  [AgreementsError.NotRunning]: 'The agreement is issued once the internship has started',
  [AgreementsError.PrerequisitesMissing]: 'The steps before the agreement are not validated yet',
  [AgreementsError.Pending]: 'The current version of the agreement still awaits signatures',
  [AgreementsError.NotPending]: 'The current version of the agreement is already signed',
  [AgreementsError.NothingToAmend]: 'The amendment changes nothing: give new dates or tutors',
  [AgreementsError.InvalidTutor]: 'No such tutor for this internship',
  [AgreementsError.InvalidDates]: 'The internship cannot end before it starts',
  [AgreementsError.LinkUnknown]: 'No such signature link',
  [AgreementsError.LinkUsed]: 'This signature link was already used',
  [AgreementsError.LinkExpired]: 'This signature link has expired: ask the programme manager for a new one',
  [AgreementsError.LinkClosed]: 'The internship was cancelled: this link no longer signs anything',
  [AgreementsError.InternshipClosed]:
    'The internship is cancelled or already labelled: its agreement can no longer change',
};

/** Errors of agreements. `field` names the input at fault, as validation errors do; `extra` adds body members. */
export class AgreementsException extends DomainException<AgreementsError> {
  constructor(code: AgreementsError, detail = messages[code], field?: string, extra: Record<string, unknown> = {}) {
    const errors: InvalidParam[] | undefined = field ? [{ field, message: detail }] : undefined;
    super(code, statusOf(code), detail, { ...(errors ? { errors } : {}), ...extra });
  }
}

function statusOf(code: AgreementsError): number {
  switch (code) {
    case AgreementsError.NotFound:
    case AgreementsError.LinkUnknown:
      return HttpStatus.NOT_FOUND;
    case AgreementsError.Forbidden:
      return HttpStatus.FORBIDDEN;
    case AgreementsError.AlreadyIssued:
    case AgreementsError.IncompleteInternship:
    case AgreementsError.NotRunning:
    case AgreementsError.PrerequisitesMissing:
    case AgreementsError.Pending:
    case AgreementsError.NotPending:
    case AgreementsError.InternshipClosed:
      return HttpStatus.CONFLICT;
    case AgreementsError.NothingToAmend:
    case AgreementsError.InvalidTutor:
    case AgreementsError.InvalidDates:
      return HttpStatus.BAD_REQUEST;
    case AgreementsError.LinkUsed:
    case AgreementsError.LinkExpired:
    case AgreementsError.LinkClosed:
      return HttpStatus.GONE;
    default: {
      const unhandled: never = code;
      throw new Error(`no status for ${String(unhandled)}`);
    }
  }
}
