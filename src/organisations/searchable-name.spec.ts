import { searchableName } from './searchable-name';

describe('searchableName', () => {
  it('ignores case, accents and punctuation', () => {
    expect(searchableName('Société  Générale')).toBe('societe generale');
    expect(searchableName('SOCIETE-GENERALE')).toBe('societe generale');
    expect(searchableName("L'Oréal S.A.")).toBe('l oreal s a');
  });
});
