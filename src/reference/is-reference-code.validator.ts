import { registerDecorator, ValidationOptions } from 'class-validator';
import { referenceCodes, ReferenceKind } from './reference-data';

const studyYears = [...referenceCodes.study_year] as number[];

const expectations: Record<ReferenceKind, string> = {
  nace_section: 'a NACE section code (e.g. J)',
  nace_division: 'a NACE division code (e.g. 62)',
  country: 'an ISO 3166-1 alpha-2 country code (e.g. TN)',
  study_year: `a year of study from ${Math.min(...studyYears)} to ${Math.max(...studyYears)}`,
  internship_type: `an internship type (${[...referenceCodes.internship_type].join(', ')})`,
};

/** Whether `value` is a code of that kind. Types are strict: study years are numbers, every other code a string. */
export function isReferenceCode(kind: ReferenceKind, value: unknown): boolean {
  return (typeof value === 'string' || typeof value === 'number') && referenceCodes[kind].has(value);
}

/**
 * A DTO field holding a reference code, checked against the shipped lists (the data the migration seeded), so it
 * needs no database or DI. With `{ each: true }` it checks every item of an array.
 */
export function IsReferenceCode(kind: ReferenceKind, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isReferenceCode',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [kind],
      options: { message: `${options?.each ? 'each value ' : ''}must be ${expectations[kind]}`, ...options },
      validator: { validate: (value: unknown) => isReferenceCode(kind, value) },
    });
  };
}
