import { ProfileSort } from '../profile-search-criteria';
import { decodeCursor, encodeCursor, InvalidCursorError } from './search-cursor';

describe('search cursor', () => {
  it('round-trips the sort and its values, as url-safe text', () => {
    const cursor = {
      sort: ProfileSort.Relevance,
      after: [12.345678, 1767225600000, 'c0ffee00-0000-4000-8000-000000000001'],
    };
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text)).toEqual(cursor);
    const byDate = { sort: ProfileSort.Date, after: [1767225600000, 'c0ffee00-0000-4000-8000-000000000001'] };
    expect(decodeCursor(encodeCursor(byDate))).toEqual(byDate);
  });

  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it.each([
    ['empty', ''],
    ['not base64url', 'abc+/=='],
    ['not JSON', Buffer.from('{nope').toString('base64url')],
    ['JSON null', encode(null)],
    ['an unknown sort', encode({ s: 'price', a: [1, 'x'] })],
    ['values that are not a list', encode({ s: 'date', a: 'x' })],
    ['too few values for the sort', encode({ s: 'relevance', a: [1767225600000, 'x'] })],
    ['a value of the wrong type', encode({ s: 'date', a: ['1767225600000', 'x'] })],
    ['an object among the values', encode({ s: 'date', a: [{ $gt: 1 }, 'x'] })],
    ['an overlong tie-breaker', encode({ s: 'date', a: [1, 'x'.repeat(65)] })],
    ['overlong text', 'A'.repeat(600)],
  ])('rejects %s', (_, text) => {
    expect(() => decodeCursor(text)).toThrow(InvalidCursorError);
  });
});
