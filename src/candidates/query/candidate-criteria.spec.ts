import { PROFILE, SETTINGS } from '../testing/ranking-fixtures';
import { adjacentYears, criteriaClauses, Criterion, maxScore, parseQueryName, queryName } from './candidate-criteria';

type Clause = Record<string, Record<string, unknown>>;
const named = (clauses: unknown[]) =>
  new Map((clauses as Clause[]).map((clause) => {
    const body = Object.values(clause)[0];
    return [body._name as string, clause];
  }));

describe('criteriaClauses', () => {
  it('names every clause, one per skill and language, each worth its share of the weight', () => {
    const clauses = named(criteriaClauses(PROFILE, SETTINGS));
    expect([...clauses.keys()]).toEqual([
      'sector', 'sector_section', 'study_year', 'study_year_adjacent', 'programme',
      'skills_keywords#0', 'skills_text#0', 'skills_keywords#1', 'skills_text#1', 'languages#fr', 'languages#en',
      'country', 'city', 'home_country', 'period', 'period_open', 'freshness',
    ]);
    expect(clauses.get('skills_keywords#1')!.constant_score.boost).toBe(1.5);
    expect(clauses.get('skills_text#0')!.constant_score.boost).toBe(1);
    expect(clauses.get('study_year_adjacent')!.constant_score).toMatchObject({ boost: 1, filter: { terms: { study_year: [3, 6] } } });
    expect(clauses.get('city')!.constant_score.filter).toEqual({ term: { cities: 'paris' } });
    // The section match excludes the division match: the two never add up.
    expect(clauses.get('sector_section')!.constant_score.filter).toEqual({
      bool: { filter: [{ terms: { nace_sections: ['J'] } }], must_not: [{ terms: { nace_divisions: ['62'] } }] },
    });
  });

  it('gives no clause to a criterion the offer leaves empty or a weight of zero', () => {
    const bare = { ...PROFILE, divisions: [], sections: [], studyYears: [], programmes: [], programmeIds: [], skills: [], languages: [], homeCountries: [], city: ' ' };
    const zero = { ...SETTINGS, weights: { ...SETTINGS.weights, country: 0, freshness: 0 } };
    expect([...named(criteriaClauses(bare, zero)).keys()]).toEqual(['period', 'period_open']);
    // Wanted programmes that fit no programme: nobody can earn the points.
    expect(named(criteriaClauses({ ...PROFILE, programmeIds: [] }, SETTINGS)).has('programme')).toBe(false);
  });

  it('never credits a missing date in full: the decays run only where the field exists', () => {
    const clauses = named(criteriaClauses(PROFILE, SETTINGS));
    const period = clauses.get('period')!.function_score as {
      query: unknown; functions: Array<{ weight: number; filter?: unknown; gauss?: unknown }>; boost_mode: string;
    };
    // Only requests with both dates, overlapping the offer's, reach the functions (a range never matches a missing field).
    expect(period.query).toEqual({
      bool: { filter: [{ range: { available_from: { lte: '2027-07-19' } } }, { range: { available_to: { gte: '2027-02-01' } } }] },
    });
    expect(period.functions.reduce((sum, f) => sum + f.weight, 0)).toBe(2);
    expect(period.functions.find((f) => f.gauss)!.filter).toEqual({ exists: { field: 'available_from' } });
    expect(period.boost_mode).toBe('replace');
    // Without both dates: a quarter of the points, at most.
    const open = clauses.get('period_open')!.constant_score as { boost: number; filter: { bool: { must_not: unknown[] } } };
    expect(open.boost).toBe(0.5);
    expect(open.filter.bool.must_not).toEqual([{ bool: { filter: [{ exists: { field: 'available_from' } }, { exists: { field: 'available_to' } }] } }]);
    const freshness = clauses.get('freshness')!.function_score as { query: unknown; functions: Array<{ filter: unknown; exp: unknown; weight: number }> };
    expect(freshness.query).toEqual({ exists: { field: 'published_at' } });
    expect(freshness.functions).toEqual([
      { filter: { exists: { field: 'published_at' } }, exp: { published_at: { origin: 'now', scale: '30d', decay: 0.5 } }, weight: 0.5 },
    ]);
  });

  it('uses no negative number anywhere: boosts and weights are the settings\' shares', () => {
    const numbers: number[] = [];
    JSON.stringify(criteriaClauses(PROFILE, SETTINGS), (key, value) => {
      if ((key === 'boost' || key === 'weight') && typeof value === 'number') numbers.push(value);
      return value;
    });
    expect(numbers.length).toBeGreaterThan(10);
    expect(numbers.every((n) => n > 0)).toBe(true);
  });

  it('sums the best a candidate can earn', () => {
    expect(maxScore(PROFILE, SETTINGS)).toBe(3 + 2 + 2 + 3 + 2 + 1 + 1 + 0.5 + 0.5 + 2 + 0.5);
    expect(maxScore({ ...PROFILE, skills: [], homeCountries: [] }, SETTINGS)).toBe(17.5 - 5 - 0.5);
  });

  it('round-trips query names', () => {
    expect(parseQueryName(queryName(Criterion.SkillsText, 3))).toEqual({ criterion: Criterion.SkillsText, item: '3' });
    expect(parseQueryName('sector')).toEqual({ criterion: Criterion.Sector, item: null });
    expect(parseQueryName('something_else')).toBeNull();
  });

  it('lists the years next to the wanted ones', () => {
    expect(adjacentYears([4, 5])).toEqual([3, 6]);
    expect(adjacentYears([1])).toEqual([2]);
  });
});
