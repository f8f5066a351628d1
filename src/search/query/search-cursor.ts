import { ProfileSort, SortValues } from '../profile-search-criteria';

/**
 * The opaque `cursor` of deep paging: the sort values of the last hit returned, for `search_after`.
 * Stateless (no point-in-time to keep alive), so a cursor never expires; the request_id tie-breaker in every sort
 * makes the order total, so walking the cursors returns each hit exactly once while the index does not change.
 */
export interface SearchCursor {
  sort: ProfileSort;
  after: SortValues;
}

export class InvalidCursorError extends Error {}

const MAX_CURSOR_LENGTH = 512;

/** The shape of the sort values of each sort: relevance is [score, published_at, request_id], date drops the score. */
const SHAPES: Record<ProfileSort, Array<'number' | 'string'>> = {
  [ProfileSort.Relevance]: ['number', 'number', 'string'],
  [ProfileSort.Date]: ['number', 'string'],
};

export function encodeCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify({ s: cursor.sort, a: cursor.after }), 'utf8').toString('base64url');
}

/** The cursor, or InvalidCursorError saying what is wrong with it (never a raw parser message). */
export function decodeCursor(text: string): SearchCursor {
  if (text.length === 0 || text.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(text)) {
    throw new InvalidCursorError('cursor is not a cursor returned by this search');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('cursor is not a cursor returned by this search');
  }
  const { s: sort, a: after } = (parsed ?? {}) as { s?: unknown; a?: unknown };
  if (typeof sort !== 'string' || !(sort in SHAPES) || !Array.isArray(after)) {
    throw new InvalidCursorError('cursor is not a cursor returned by this search');
  }
  const shape = SHAPES[sort as ProfileSort];
  const fits =
    after.length === shape.length &&
    after.every((value, i) =>
      shape[i] === 'number'
        ? typeof value === 'number' && Number.isFinite(value)
        : typeof value === 'string' && value.length <= 64,
    );
  if (!fits) throw new InvalidCursorError('cursor is not a cursor returned by this search');
  return { sort: sort as ProfileSort, after: after as SortValues };
}
