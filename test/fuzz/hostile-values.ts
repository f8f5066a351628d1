import fc from 'fast-check';

/** Strings a hostile client sends: empty and blank, control and Unicode edge cases, query syntaxes, paths, numbers as text. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\t\r\n',
  '\uD800', // a lone surrogate: not valid UTF-16
  '\u202Eevil\u202C', // right-to-left override
  '\u200B\u200D\uFEFF', // zero-width characters
  'e\u0301'.repeat(50), // combining accents
  '🙂'.repeat(400),
  'ﷺ'.repeat(200),
  '../../../../etc/passwd',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  'C:\\Windows\\win.ini',
  '%00',
  '*:*',
  'title:(a OR b) AND _exists_:cv_text',
  '"unterminated',
  '\\',
  '{"query":{"match_all":{}}}',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '$where',
  '__proto__',
  'constructor',
  'NaN',
  '-1',
  '1e309',
  '9007199254740993',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'null',
  'true',
  '2026-02-30',
  '0000-00-00T25:61:61Z',
] as const;

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(10_000, 200_000).map((length) => 'a'.repeat(length)) },
);

/** Any JSON value, of the wrong type as often as not. */
export const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, 2 ** 31, -(2 ** 53), Number.MAX_SAFE_INTEGER + 2, true, false, null),
);

/** JSON nested deeper than any form: arrays or objects, some thousands of levels. */
export const deepJson: fc.Arbitrary<unknown> = fc
  .record({ depth: fc.constantFrom(64, 1_000, 3_000), asArray: fc.boolean() })
  .map(({ depth, asArray }) => {
    let value: unknown = 'fond';
    for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
    return value;
  });

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileScalar },
  { weight: 2, arbitrary: fc.array(hostileScalar, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.array(fc.constant('x'), { minLength: 5_000, maxLength: 5_000 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, hostileScalar, { maxKeys: 4 }) },
  { weight: 1, arbitrary: deepJson },
);
