import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception';
import { InvalidParam } from '../../common/errors/problem-details';

export enum JournalsError {
  /** The internship, or the entry, does not exist or is not the caller's to read. */
  NotFound = 'journal_not_found',
  TutorsOnly = 'journal_tutors_only',
  Closed = 'journal_closed',
  DateOutOfPeriod = 'journal_date_out_of_period',
}

const messages: Record<JournalsError, string> = {
  [JournalsError.NotFound]: 'No such internship journal or entry',
  [JournalsError.TutorsOnly]: 'Only the company tutor and the academic tutor of the internship comment on its journal',
  [JournalsError.Closed]: 'The journal takes entries while the internship is in progress',
  [JournalsError.DateOutOfPeriod]: 'The date must fall within the internship and not in the future',
};

/** Errors of internship journals. `field` names the input at fault, as validation errors do. */
export class JournalsException extends DomainException<JournalsError> {
  constructor(code: JournalsError, detail = messages[code], field?: string) {
    const errors: InvalidParam[] | undefined = field ? [{ field, message: detail }] : undefined;
    super(code, statusOf(code), detail, errors ? { errors } : {});
  }
}

function statusOf(code: JournalsError): number {
  switch (code) {
    case JournalsError.NotFound:
      return HttpStatus.NOT_FOUND;
    case JournalsError.TutorsOnly:
      return HttpStatus.FORBIDDEN;
    case JournalsError.Closed:
      return HttpStatus.CONFLICT;
    case JournalsError.DateOutOfPeriod:
      return HttpStatus.BAD_REQUEST;
    default: {
      const unhandled: never = code;
      throw new Error(`no status for ${String(unhandled)}`);
    }
  }
}
