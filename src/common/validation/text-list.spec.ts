import { normaliseCodeList, normaliseTextList, tidyText } from './text-list';

describe('normaliseTextList (keywords, cities)', () => {
  it('trims, folds whitespace and drops empty items', () => {
    expect(normaliseTextList(['  TypeScript ', 'machine\t learning', '', '   '])).toEqual([
      'TypeScript',
      'machine learning',
    ]);
  });

  it('removes duplicates ignoring case, keeping the first spelling', () => {
    expect(normaliseTextList(['NestJS', 'nestjs', 'NESTJS ', 'Postgres'])).toEqual(['NestJS', 'Postgres']);
    expect(normaliseTextList(['Énergie', 'énergie'])).toEqual(['Énergie']);
  });

  it('treats composed and decomposed accents as the same text', () => {
    const decomposed = 'Ge\u0301nie civil';
    expect(normaliseTextList([decomposed, 'Génie civil'])).toEqual(['Génie civil']);
  });

  it('leaves values that are not string arrays for the validators', () => {
    expect(normaliseTextList('TypeScript')).toBe('TypeScript');
    const mixed = ['a', 3];
    expect(normaliseTextList(mixed)).toBe(mixed);
  });
});

describe('normaliseCodeList', () => {
  it('puts codes in one case and removes duplicates', () => {
    expect(normaliseCodeList([' tn', 'FR', 'fr'], 'upper')).toEqual(['TN', 'FR']);
    expect(normaliseCodeList(['FR', 'en', 'fr'], 'lower')).toEqual(['fr', 'en']);
  });
});

describe('tidyText', () => {
  it('normalises to NFC', () => {
    expect(tidyText(' Ge\u0301nie ')).toBe('Génie');
  });
});
