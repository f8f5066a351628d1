import { fieldWords, programmeFits } from './programme-match';

describe('programmeFits', () => {
  it('folds accents, case, plurals, hyphens and degree words', () => {
    expect([...fieldWords('Master Génie civil et Travaux publics')]).toEqual(['genie', 'civil', 'travau', 'public']);
    expect([...fieldWords('Industries agro-alimentaires')]).toEqual(['industrie', 'agroalimentaire']);
  });

  it('fits when one set of words holds the other', () => {
    expect(programmeFits(['Informatique'], 'Licence en informatique de gestion')).toBe(true);
    expect(programmeFits(['Master génie logiciel et systèmes d’information'], 'Génie logiciel')).toBe(true);
    expect(programmeFits(['Agroalimentaire'], 'Industries agro-alimentaires')).toBe(true);
    expect(programmeFits(['Marketing', 'Commerce'], 'Marketing digital')).toBe(true);
  });

  it('does not fit on a shared generic word, nor with nothing wanted', () => {
    expect(programmeFits(['Génie civil'], 'Génie logiciel')).toBe(false);
    expect(programmeFits([], 'Génie logiciel')).toBe(false);
    expect(programmeFits(['Master'], 'Génie logiciel')).toBe(false);
  });
});
