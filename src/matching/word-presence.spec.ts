import { presenceNames, wordPresenceClauses, wordsFound } from './word-presence';

const lookups = new Map([
  ['nestj', { word: 'NestJS', skill: true }],
  ['hygien', { word: 'hygiène', skill: true }],
  ['analys', { word: 'analyse', skill: false }],
]);

describe('word presence', () => {
  it("asks for each word in the request's whole text, and for a skill's word in the CV and letter too, by name and without score", () => {
    expect(wordPresenceClauses(lookups)).toEqual([
      { match: { all_text: { query: 'NestJS', operator: 'and', boost: 0, _name: 'w0' } } },
      { multi_match: { query: 'NestJS', fields: ['cv_text', 'letter_text'], operator: 'and', boost: 0, _name: 'd0' } },
      { match: { all_text: { query: 'hygiène', operator: 'and', boost: 0, _name: 'w1' } } },
      { multi_match: { query: 'hygiène', fields: ['cv_text', 'letter_text'], operator: 'and', boost: 0, _name: 'd1' } },
      { match: { all_text: { query: 'analyse', operator: 'and', boost: 0, _name: 'w2' } } },
    ]);
    expect(wordPresenceClauses(new Map())).toEqual([]);
  });

  it('reads the stems found from the names of the clauses a hit matched, with or without their scores', () => {
    const names = presenceNames(lookups);
    expect(wordsFound(['w0', 'w2', 'text'], names)).toEqual({
      anywhere: new Set(['nestj', 'analys']),
      documents: new Set(),
    });
    expect(wordsFound({ d1: 0.1, w1: 0.2, w0: 0 }, names)).toEqual({
      anywhere: new Set(['nestj', 'hygien']),
      documents: new Set(['hygien']),
    });
    // A word of the text only has no documents clause: a stray "d2" names nothing.
    expect(wordsFound(['d2', 'w9'], names)).toEqual({ anywhere: new Set(), documents: new Set() });
    expect(wordsFound(undefined, names)).toEqual({ anywhere: new Set(), documents: new Set() });
  });
});
