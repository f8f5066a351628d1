import { BadRequestException, ValidationError } from '@nestjs/common';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { FieldFault, validationDetail } from '../validation/validation-messages';

/**
 * A body, query or path that breaks its DTO's rules; carries one fault per broken rule of a field. The problem
 * filter words them in the caller's language; the message here is English (logs, and rules without a template).
 */
export class RequestValidationException extends BadRequestException {
  constructor(readonly invalidParams: FieldFault[]) {
    super(
      validationDetail(
        invalidParams.map((p) => p.field),
        'en',
      ),
    );
  }

  /** Needs the errors' targets (ValidationPipe `validationError.target`) to find each rule's constraint values. */
  static fromValidationErrors(errors: ValidationError[]): RequestValidationException {
    return new RequestValidationException(flatten(errors, ''));
  }
}

function flatten(errors: ValidationError[], parent: string): FieldFault[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const rules = rulesOf(error);
    const own = Object.entries(error.constraints ?? {}).map(([code, message]): FieldFault => {
      const rule = rules.find((metadata) => constraintName(metadata) === code);
      const messageKey = (rule?.context as { message?: unknown } | undefined)?.message;
      return {
        field,
        code,
        message,
        ...(typeof messageKey === 'string' ? { messageKey } : {}),
        ...(rule?.constraints?.length ? { values: rule.constraints } : {}),
        ...(rule?.each ? { each: true } : {}),
      };
    });
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The declared rules of the error's property, read from the class of the object it was found in. */
function rulesOf(error: ValidationError): ValidationMetadata[] {
  const type = (error.target as object | undefined)?.constructor;
  if (!type || type === Object) return [];
  return getMetadataStorage()
    .getTargetValidationMetadatas(type, '', true, false)
    .filter((metadata) => metadata.propertyName === error.property);
}

/** The key class-validator gives the rule in `constraints`: a registered validator's name, else the metadata type. */
function constraintName(metadata: ValidationMetadata): string {
  if (metadata.type !== ValidationTypes.CUSTOM_VALIDATION || !metadata.constraintCls) return metadata.type;
  return getMetadataStorage().getTargetValidatorConstraints(metadata.constraintCls)[0]?.name ?? metadata.type;
}
