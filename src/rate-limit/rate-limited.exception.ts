import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../common/errors/domain.exception';

export enum RateLimitError {
  Limited = 'rate_limited',
}

/** 429: too many requests in a window; `retryAfter` (seconds) repeats the Retry-After header. */
export class RateLimitedException extends DomainException<RateLimitError> {
  constructor(detail: string, retryAfterSeconds: number) {
    super(RateLimitError.Limited, HttpStatus.TOO_MANY_REQUESTS, detail, { retryAfter: retryAfterSeconds });
  }
}
