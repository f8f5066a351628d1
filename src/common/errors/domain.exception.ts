import { HttpException } from '@nestjs/common';

/**
 * A feature's errors: one exception class per feature, each with a code enum and an exhaustive mapping
 * from code to HTTP status. The problem-details filter shows `code` and the message.
 */
export abstract class DomainException<Code extends string> extends HttpException {
  protected constructor(
    readonly code: Code,
    status: number,
    detail: string,
    extra: Record<string, unknown> = {},
  ) {
    super({ code, message: detail, ...extra }, status);
  }
}
