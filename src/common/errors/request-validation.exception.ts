import { BadRequestException, ValidationError } from '@nestjs/common';
import { InvalidParam } from './problem-details';

/** A body, query or path that breaks its DTO's rules; carries one message per invalid field. */
export class RequestValidationException extends BadRequestException {
  constructor(readonly invalidParams: InvalidParam[]) {
    super(
      `The request has ${invalidParams.length} invalid field${invalidParams.length === 1 ? '' : 's'}: ` +
        invalidParams.map((p) => p.field).join(', '),
    );
  }

  static fromValidationErrors(errors: ValidationError[]): RequestValidationException {
    return new RequestValidationException(flatten(errors, ''));
  }
}

function flatten(errors: ValidationError[], parent: string): InvalidParam[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
