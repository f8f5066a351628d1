import fc from 'fast-check';
import { decomposedFold, fold, stems, stemSet, surfaceWords } from './french-words';

describe('French words', () => {
  it('folds accents and case, drops elisions and stop words', () => {
    expect(surfaceWords("Bonnes pratiques d'hygiène et de l'Œuvre")).toEqual([
      'bonnes',
      'pratiques',
      'hygiene',
      'oeuvre',
    ]);
  });

  it('meets the forms the judged set misses on', () => {
    expect(stems('Biologie')).toEqual(stems('biologiques'));
    expect(stems('chimique')).toEqual(stems('Chimie'));
    expect(stems('téléphonique')[0]).toBe(stems('téléphonie')[0]);
    expect(stemSet(['agroalimentaires']).has(stems('alimentaire')[0])).toBe(true);
    expect([...stemSet(['Génie Chimique-Procédés'])].sort()).toEqual(
      [...stemSet(['génie des procédés chimiques'])].sort(),
    );
  });

  it('keeps different words apart', () => {
    expect(stems('gestion')).not.toEqual(stems('geste'));
    expect(stems('civil')).not.toEqual(stems('logiciel'));
  });
});

describe('fold', () => {
  it('folds as the general decomposition does, for any text', () => {
    const letters = fc.constantFrom(...'aàâäeéèêëiîïoôöuùûüyÿcçœæAÀÉÈÊÎÔÛÇŒÆñÑßẞİıǅǈ’«»–—…€ⅷﬁΩΩÅ가e\u0301'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => fold(text) === decomposedFold(text)),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.array(letters).map((chars) => chars.join('')),
        (text) => fold(text) === decomposedFold(text),
      ),
      { numRuns: 2000 },
    );
  });

  it('folds French text without the long way', () => {
    expect(fold('L’Œuvre « hygiène » — Étude à Sfax…')).toBe('l’oeuvre « hygiene » — etude a sfax…');
  });
});
