import { buildKeywordQuery, FUZZINESS, parseKeywords, WORDS_TO_MATCH } from './keyword-query';

describe('keyword query', () => {
  it('splits quoted phrases from words and drops duplicate words ignoring case', () => {
    expect(parseKeywords(' "génie civil"  Java java «béton armé» l’ingénieur ')).toEqual({
      phrases: ['génie civil', 'béton armé'],
      words: ['Java', 'l’ingénieur'],
    });
    expect(parseKeywords('"unclosed phrase')).toEqual({ phrases: [], words: ['unclosed', 'phrase'] });
    expect(buildKeywordQuery('  "" ')).toBeNull();
  });

  it('matches each word exactly in all_text, or fuzzily in title and keywords only', () => {
    const { match } = buildKeywordQuery('devloppement')!;
    const word = (match as { bool: { should: Array<{ bool: { should: Array<{ match: Record<string, object> }> } }> } })
      .bool.should[0].bool.should;
    expect(word.map((clause) => Object.keys(clause.match)[0])).toEqual(['all_text', 'title', 'keywords']);
    expect(word[0].match.all_text).not.toHaveProperty('fuzziness');
    expect(word[1].match.title).toMatchObject({ fuzziness: FUZZINESS, prefix_length: 1 });
    expect(JSON.stringify(match)).not.toMatch(/cv_text|letter_text|message/);
  });

  it('requires all of up to three words, then three in four, and every phrase', () => {
    const { match } = buildKeywordQuery('"génie civil" béton')!;
    expect(match).toMatchObject({
      bool: { must: [{ match_phrase: { all_text: { query: 'génie civil' } } }], minimum_should_match: WORDS_TO_MATCH },
    });
    expect(WORDS_TO_MATCH).toBe('3<75%');
  });
});
