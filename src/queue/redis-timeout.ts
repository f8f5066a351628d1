import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../common/errors/domain.exception';

/**
 * Longest wait for Redis on a request path. With Redis down, BullMQ's client holds commands until it reconnects,
 * so an HTTP request awaiting one would hang for as long as the outage lasts.
 */
export const REDIS_REQUEST_TIMEOUT_MS = 2000;

export class QueueUnavailableException extends DomainException<'queue_unavailable'> {
  constructor(what: string) {
    super(
      'queue_unavailable',
      HttpStatus.SERVICE_UNAVAILABLE,
      `Background jobs are unavailable for now (${what}); try again in a moment`,
    );
  }
}

/** `promise`, or a QueueUnavailableException after `ms`; the abandoned call's own failure is swallowed. */
export async function redisWithin<T>(promise: Promise<T>, what: string, ms = REDIS_REQUEST_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new QueueUnavailableException(`${what}: no answer from Redis within ${ms} ms`)),
      ms,
    );
  });
  promise.catch(() => undefined);
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
