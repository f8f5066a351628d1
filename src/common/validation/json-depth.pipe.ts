import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { RequestValidationException } from '../errors/request-validation.exception';

/** Deeper than any form of the API; the DTO transformer and validator recurse, so depth must be bounded before them. */
export const MAX_JSON_DEPTH = 32;

/**
 * Refuses a body nested deeper than MAX_JSON_DEPTH with the usual 400 naming the field where it goes too deep,
 * instead of letting the validation pipe overflow its stack (a 500). Walks with its own stack: no recursion here.
 */
@Injectable()
export class JsonDepthPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body' || typeof value !== 'object' || value === null) return value;
    const tooDeep = firstPathBeyond(value, MAX_JSON_DEPTH);
    if (tooDeep !== null) {
      throw new RequestValidationException([
        {
          field: tooDeep || '(body)',
          code: 'maxDepth',
          values: [MAX_JSON_DEPTH],
          message: `is nested more than ${MAX_JSON_DEPTH} levels deep`,
        },
      ]);
    }
    return value;
  }
}

/** The dotted path of the first value deeper than `max` levels, or null when none is. */
export function firstPathBeyond(root: object, max: number): string | null {
  const pending: Array<{ value: unknown; path: string[] }> = [{ value: root, path: [] }];
  while (pending.length) {
    const { value, path } = pending.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= max) return path.slice(0, 3).join('.');
    for (const [key, child] of Object.entries(value)) pending.push({ value: child, path: [...path, key] });
  }
  return null;
}
