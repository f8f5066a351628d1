import { FIELD_BY_ID, FIELDS } from '../bench/judged-build/fields';
import { grade } from '../bench/judged-build/grade';
import { TrueProfile } from '../bench/judged-build/truth';
import judgements from '../bench/judged/judgements.json';
import truth from '../bench/judged/truth.json';

/**
 * The rubric of bench/judged/README.md as the generator applies it, on the trade B2B offer (O17: sales, Sfax,
 * years 3–5, starts in 15 days for 16 weeks; skills phoning, CRM, negotiation, English) and the dairy one (O02).
 */
const trade = FIELD_BY_ID.get('trade')!;
const food = FIELD_BY_ID.get('food')!;

function student(overrides: Partial<TrueProfile>): TrueProfile {
  return {
    key: 'X',
    field: 'trade',
    skills: ['phoning', 'crm', 'negotiation'],
    studyYear: 4,
    residence: 'TN',
    wantedCountries: [],
    availableInDays: 15,
    durationWeeks: 16,
    kind: 'fit',
    aimedAt: 'O17',
    ...overrides,
  };
}

describe('judged set rubric', () => {
  it('gives 3 to the same field with half the skills and nothing off, whatever the words', () => {
    expect(grade(trade, student({}))).toBe(3);
    expect(grade(trade, student({ skills: ['phoning', 'crm'], availableInDays: null, durationWeeks: null }))).toBe(3);
  });

  it('takes one grade per thing off, two for a year two away or no skill at all, never below 1 in the same field', () => {
    expect(grade(trade, student({ studyYear: 2 }))).toBe(2);
    expect(grade(trade, student({ studyYear: 1 }))).toBe(1);
    expect(grade(trade, student({ skills: ['phoning', 'trade'] }))).toBe(2);
    expect(grade(trade, student({ skills: ['trade', 'excel'] }))).toBe(1);
    expect(grade(trade, student({ wantedCountries: ['FR'], residence: 'FR' }))).toBe(2);
    expect(grade(trade, student({ availableInDays: 120 }))).toBe(2);
    expect(grade(trade, student({ availableInDays: -150, durationWeeks: 8 }))).toBe(2);
    expect(grade(trade, student({ studyYear: 2, availableInDays: 120, wantedCountries: ['MA'] }))).toBe(1);
  });

  it('gives a neighbouring field 2 with half the skills, 1 with some, 0 with none; another field 1 only with two thirds', () => {
    expect(grade(trade, student({ field: 'marketing', skills: ['phoning', 'crm', 'seo'] }))).toBe(2);
    expect(grade(trade, student({ field: 'marketing', skills: ['phoning', 'seo'] }))).toBe(1);
    expect(grade(trade, student({ field: 'marketing', skills: ['seo', 'sea'] }))).toBe(0);
    expect(grade(trade, student({ field: 'hr', skills: ['phoning', 'crm', 'negotiation'] }))).toBe(1);
    expect(grade(trade, student({ field: 'hr', skills: ['phoning', 'crm'] }))).toBe(0);
  });

  it('requires residence where the offer asks for it', () => {
    const textile = FIELD_BY_ID.get('textile')!;
    const base = student({
      field: 'textile',
      skills: ['dyeing', 'textile_qc', 'production_planning'],
      aimedAt: 'O04',
      availableInDays: 60,
    });
    expect(grade(textile, base)).toBe(3);
    expect(grade(textile, { ...base, residence: 'FR', wantedCountries: ['TN', 'FR'] })).toBe(2);
  });

  it('is what judgements.json holds for every pair', () => {
    const held = judgements as Record<string, Record<string, number>>;
    const differing = FIELDS.flatMap((field) =>
      (truth.requests as TrueProfile[])
        .filter((request) => (held[field.offer.key][request.key] ?? 0) !== grade(field, request))
        .map((r) => `${field.offer.key}/${r.key}`),
    );
    expect(differing).toEqual([]);
    expect(Object.keys(held).sort()).toEqual(FIELDS.map((field) => field.offer.key).sort());
    expect(held[food.offer.key]).toBeDefined();
  });
});
