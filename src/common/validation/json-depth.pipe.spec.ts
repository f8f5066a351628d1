import { firstPathBeyond, JsonDepthPipe, MAX_JSON_DEPTH } from './json-depth.pipe';

const nested = (depth: number, asArray = false): unknown => {
  let value: unknown = 'fond';
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { city: value };
  return value;
};

describe('JsonDepthPipe', () => {
  const pipe = new JsonDepthPipe();

  it('lets a body as deep as the limit through, untouched', () => {
    const body = { title: 'Stage', allowance: nested(MAX_JSON_DEPTH - 1) };
    expect(pipe.transform(body, { type: 'body' })).toBe(body);
  });

  it('refuses a deeper one with a 400 naming where it starts, even 100 000 levels down (no recursion)', () => {
    expect(() => pipe.transform({ countryCode: nested(MAX_JSON_DEPTH + 5, true) }, { type: 'body' })).toThrow(
      expect.objectContaining({
        invalidParams: [
          expect.objectContaining({
            field: 'countryCode.0.0',
            code: 'maxDepth',
            message: 'is nested more than 32 levels deep',
          }),
        ],
      }),
    );
    expect(firstPathBeyond({ a: nested(100_000) }, MAX_JSON_DEPTH)).toBe('a.city.city');
  });

  it('leaves queries and path parameters to their own pipes', () => {
    const deep = nested(100) as object;
    expect(pipe.transform(deep, { type: 'query' })).toBe(deep);
  });
});
