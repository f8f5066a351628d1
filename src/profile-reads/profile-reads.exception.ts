import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../common/errors/domain.exception';

export enum ProfileReadsError {
  /** A company contact read as many profiles and CVs today as the platform allows (PROFILE_READS_PER_DAY). */
  DailyCapReached = 'profile_reads_daily_cap',
}

/** 429 with `retryAfter` (seconds until the platform's next day), repeated as the Retry-After header. */
export class ProfileReadsException extends DomainException<ProfileReadsError> {
  constructor(code: ProfileReadsError, cap: number, retryAfterSeconds: number) {
    super(
      code,
      statusOf(code),
      `You have read ${cap} student profiles and CVs today, the most a company contact may read in a day; more tomorrow`,
      { retryAfter: retryAfterSeconds },
    );
  }
}

function statusOf(code: ProfileReadsError): number {
  switch (code) {
    case ProfileReadsError.DailyCapReached:
      return HttpStatus.TOO_MANY_REQUESTS;
    default: {
      const unhandled: never = code;
      throw new Error(`no status for ${String(unhandled)}`);
    }
  }
}
