import { ParseUUIDPipe } from '@nestjs/common';
import { RequestValidationException } from '../errors/request-validation.exception';

/** Parses a path parameter as a UUID; a malformed one is a 400 naming the parameter, not a database error. */
export function uuidParam(name: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new RequestValidationException([{ field: name, code: 'isUuid', message: `${name} must be a UUID` }]),
  });
}
