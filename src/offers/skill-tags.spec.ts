import { normaliseSkills, skillKey } from './skill-tags';

describe('skill tags', () => {
  it('trims, collapses whitespace and drops empty tags', () => {
    expect(normaliseSkills(['  TypeScript ', 'machine \t learning', '', '  '])).toEqual([
      'TypeScript',
      'machine learning',
    ]);
  });

  it('treats case and accents as the same skill, keeping the first spelling', () => {
    expect(normaliseSkills(['Génie civil', 'genie civil', 'GÉNIE  CIVIL', 'Qualité'])).toEqual([
      'Génie civil',
      'Qualité',
    ]);
  });

  it('treats composed and decomposed accents alike and stores NFC', () => {
    const [tag] = normaliseSkills(['Ge\u0301nie', 'Génie']) as string[];
    expect(tag).toBe('Génie');
  });

  it('gives one comparison key per skill', () => {
    expect(skillKey(' Électronique  Embarquée ')).toBe('electronique embarquee');
    expect(skillKey('HACCP')).toBe(skillKey('haccp'));
  });

  it('leaves values that are not string arrays for the validators', () => {
    expect(normaliseSkills('TypeScript')).toBe('TypeScript');
    const mixed = ['a', 1];
    expect(normaliseSkills(mixed)).toBe(mixed);
  });

  it('keeps distinct tags beyond the limit so the validator can refuse them', () => {
    expect((normaliseSkills(Array.from({ length: 200 }, (_, i) => `skill ${i}`)) as string[]).length).toBe(200);
  });
});
