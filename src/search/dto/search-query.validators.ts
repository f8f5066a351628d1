import { registerDecorator, ValidationArguments } from 'class-validator';
import { defaultSort, ProfileSort } from '../profile-search-criteria';
import { decodeCursor, InvalidCursorError } from '../query/search-cursor';

/**
 * A query-string list: repeated parameters (`?country=FR&country=TN`) or a comma list (`?country=FR,TN`), each
 * item trimmed, empty ones dropped, duplicates removed. Anything else is left to the validators to name.
 */
export function toList(value: unknown, toCase?: 'upper' | 'lower'): unknown {
  const items = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(items) || !items.every((item) => typeof item === 'string')) return value;
  const split = (items as string[])
    .flatMap((item) => item.split(','))
    .map((item) => item.trim())
    .filter(Boolean);
  const cased = split.map((item) =>
    toCase === 'upper' ? item.toUpperCase() : toCase === 'lower' ? item.toLowerCase() : item,
  );
  return [...new Set(cased)];
}

/** A list of integers (study years); items that are not integers stay strings so the validator names them. */
export function toIntegerList(value: unknown): unknown {
  const list = toList(value);
  return Array.isArray(list) ? list.map((item: string) => (/^\d{1,3}$/.test(item) ? Number(item) : item)) : list;
}

/** A cursor of this search: it decodes, and was made for the sort in effect (the explicit one, or the default). */
export function IsSearchCursor(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isSearchCursor',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: (args: ValidationArguments) => cursorProblem(args) ?? 'cursor is invalid' },
      validator: { validate: (_: unknown, args: ValidationArguments) => cursorProblem(args) === null },
    });
}

function cursorProblem(args: ValidationArguments): string | null {
  if (typeof args.value !== 'string') return 'cursor must be a string';
  const query = args.object as { q?: string; sort?: ProfileSort };
  try {
    const cursor = decodeCursor(args.value);
    const sort = query.sort ?? defaultSort(query.q?.trim() || null);
    return cursor.sort === sort ? null : `cursor was made for the sort "${cursor.sort}", not "${sort}"`;
  } catch (error) {
    if (error instanceof InvalidCursorError) return error.message;
    throw error;
  }
}

/** A yyyy-mm-dd date that is not before the date held by `other` (when both are given). */
export function IsNotBefore(other: string): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNotBefore',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [other],
      options: { message: `${String(propertyName)} must not be before ${other}` },
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const start = (args.object as Record<string, unknown>)[other];
          return typeof value !== 'string' || typeof start !== 'string' || value >= start;
        },
      },
    });
}
