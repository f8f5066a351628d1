import { stems, stemSet, surfaceWords } from './french-words';

describe('French words', () => {
  it('folds accents and case, drops elisions and stop words', () => {
    expect(surfaceWords("Bonnes pratiques d'hygiène et de l'Œuvre")).toEqual(['bonnes', 'pratiques', 'hygiene', 'oeuvre']);
  });

  it('meets the forms the judged set misses on', () => {
    expect(stems('Biologie')).toEqual(stems('biologiques'));
    expect(stems('chimique')).toEqual(stems('Chimie'));
    expect(stems('téléphonique')[0]).toBe(stems('téléphonie')[0]);
    expect(stemSet(['agroalimentaires']).has(stems('alimentaire')[0])).toBe(true);
    expect([...stemSet(['Génie Chimique-Procédés'])].sort()).toEqual([...stemSet(['génie des procédés chimiques'])].sort());
  });

  it('keeps different words apart', () => {
    expect(stems('gestion')).not.toEqual(stems('geste'));
    expect(stems('civil')).not.toEqual(stems('logiciel'));
  });
});
