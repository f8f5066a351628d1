import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../common/errors/domain.exception';

export enum PersonalDataError {
  /** The password given to confirm the deletion is not the account's. */
  PasswordIncorrect = 'password_incorrect',
  /** A student's internship is still running: its company, tutors and programme need its record until it ends. */
  InternshipRunning = 'internship_running',
  /** The caller is the only active contact of a company that has offers, applications or internships. */
  LastCompanyContact = 'last_company_contact',
}

const messages: Record<PersonalDataError, string> = {
  [PersonalDataError.PasswordIncorrect]: 'The password is wrong: the account was not deleted',
  [PersonalDataError.InternshipRunning]:
    'An internship of yours is still running (set up, in progress or awaiting its label): the account can be deleted once it is labelled or cancelled',
  [PersonalDataError.LastCompanyContact]:
    'You are the last active contact of a company with offers, applications or internships: let a colleague join it first, or ask an administrator',
};

export class PersonalDataException extends DomainException<PersonalDataError> {
  constructor(code: PersonalDataError, extra: Record<string, unknown> = {}) {
    super(code, statusOf(code), messages[code], extra);
  }
}

function statusOf(code: PersonalDataError): number {
  switch (code) {
    case PersonalDataError.PasswordIncorrect:
      return HttpStatus.FORBIDDEN;
    case PersonalDataError.InternshipRunning:
    case PersonalDataError.LastCompanyContact:
      return HttpStatus.CONFLICT;
    default: {
      const unhandled: never = code;
      throw new Error(`no status for ${String(unhandled)}`);
    }
  }
}
