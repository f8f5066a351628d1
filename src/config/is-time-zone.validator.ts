import { ValidationOptions, registerDecorator } from 'class-validator';

/** An IANA time zone the runtime knows, e.g. `Africa/Tunis`. */
export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be an IANA time zone such as Africa/Tunis', ...options },
      validator: {
        validate(value: unknown): boolean {
          if (typeof value !== 'string' || value.length === 0) return false;
          try {
            new Intl.DateTimeFormat('en', { timeZone: value });
            return true;
          } catch {
            return false;
          }
        },
      },
    });
  };
}
