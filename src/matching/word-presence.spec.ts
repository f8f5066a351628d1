import { wordPresenceRescore, wordsFound } from './word-presence';

const lookups = new Map([
  ['nestj', { word: 'NestJS', skill: true }],
  ['hygien', { word: 'hygiène', skill: true }],
  ['analys', { word: 'analyse', skill: false }],
]);

describe('word presence', () => {
  it("asks for each word in the request's whole text, and for a skill's word in the CV and letter too, by name", () => {
    const rescore = wordPresenceRescore(lookups, 150)!;
    expect(rescore.window_size).toBe(150);
    expect(rescore.query).toMatchObject({ query_weight: 1, rescore_query_weight: 0 });
    const should = (rescore.query!.rescore_query as { bool: { should: Array<Record<string, unknown>> } }).bool.should;
    expect(should).toEqual([
      { match: { all_text: { query: 'NestJS', operator: 'and', _name: 'w0' } } },
      { multi_match: { query: 'NestJS', fields: ['cv_text', 'letter_text'], operator: 'and', _name: 'd0' } },
      { match: { all_text: { query: 'hygiène', operator: 'and', _name: 'w1' } } },
      { multi_match: { query: 'hygiène', fields: ['cv_text', 'letter_text'], operator: 'and', _name: 'd1' } },
      { match: { all_text: { query: 'analyse', operator: 'and', _name: 'w2' } } },
    ]);
    expect(wordPresenceRescore(new Map(), 150)).toBeNull();
  });

  it('reads the stems found from the names of the clauses a hit matched, with or without their scores', () => {
    expect(wordsFound(['w0', 'w2', 'text'], lookups)).toEqual({
      anywhere: new Set(['nestj', 'analys']),
      documents: new Set(),
    });
    expect(wordsFound({ d1: 0.1, w1: 0.2, w0: 0 }, lookups)).toEqual({
      anywhere: new Set(['nestj', 'hygien']),
      documents: new Set(['hygien']),
    });
    expect(wordsFound(undefined, lookups)).toEqual({ anywhere: new Set(), documents: new Set() });
  });
});
