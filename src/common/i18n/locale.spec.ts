import { collatorOf, localeFromHeader } from './locale';

describe('localeFromHeader', () => {
  it.each([
    [undefined, 'fr'],
    ['', 'fr'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,de;q=0.9,en;q=0.5', 'en'],
    ['en;q=0.4,fr-FR;q=0.8', 'fr'],
    ['es', 'fr'],
    ['en;q=0', 'fr'],
  ])('%p gives %p', (header, expected) => {
    expect(localeFromHeader(header)).toBe(expected);
  });
});

describe('collatorOf', () => {
  it('orders by the locale, accents within their letter, and keeps one collator per locale', () => {
    expect(['Zambie', 'Égypte', 'Espagne'].sort(collatorOf('fr').compare)).toEqual(['Égypte', 'Espagne', 'Zambie']);
    expect(collatorOf('fr')).toBe(collatorOf('fr'));
    expect(collatorOf('en')).not.toBe(collatorOf('fr'));
  });
});
