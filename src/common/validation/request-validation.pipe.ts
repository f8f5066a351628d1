import { ValidationPipe } from '@nestjs/common';
import { RequestValidationException } from '../errors/request-validation.exception';

/** The API's one validation pipe: unknown fields refused, values converted to the DTO's types. */
export function requestValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // The error's object lets the factory read each broken rule's values (maxLength 200) for the worded message.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => RequestValidationException.fromValidationErrors(errors),
  });
}
