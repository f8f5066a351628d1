import { registerDecorator, ValidationOptions } from 'class-validator';

/** An ISO 8601 date-time that lies ahead of now (checked when the request arrives). */
export function IsFutureInstant(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isFutureInstant',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be in the future`, ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && Date.parse(value) > Date.now(),
      },
    });
  };
}
