import { reasonsOf, WhySource } from './candidate-why';
import { PROFILE } from './testing/ranking-fixtures';

const source: WhySource = {
  nace_divisions: ['62', '70'],
  nace_sections: ['J', 'M'],
  study_year: 4,
  programme_name: 'Génie logiciel',
  keywords: ['TypeScript'],
  languages: ['fr'],
  countries: ['FR'],
  cities: ['paris', 'lyon'],
  university_country: 'TN',
  available_from: '2027-02-01',
  available_to: '2027-06-01',
  published_at: '2026-12-01T00:00:00.000Z',
};

describe('reasonsOf', () => {
  it('sums each criterion\'s named scores and quotes what matched', () => {
    const reasons = reasonsOf(
      {
        'skills_text#1': 1,
        sector: 3,
        'skills_keywords#0': 1.5,
        'skills_text#0': 1,
        'languages#fr': 0.5,
        city: 0.5,
        period: 1.73456,
        freshness: 0.0001,
        unknown_query: 9,
      },
      source,
      PROFILE,
    );
    expect(reasons).toEqual([
      { criterion: 'sector', points: 3, matched: ['62'] },
      { criterion: 'skills_keywords', points: 1.5, matched: ['TypeScript'] },
      { criterion: 'skills_text', points: 2, matched: ['TypeScript', 'NestJS'] },
      { criterion: 'languages', points: 0.5, matched: ['fr'] },
      { criterion: 'city', points: 0.5, matched: ['paris'] },
      { criterion: 'period', points: 1.735, matched: ['2027-02-01', '2027-06-01'] },
    ]);
  });

  it('has nothing to say without named scores', () => {
    expect(reasonsOf(undefined, source, PROFILE)).toEqual([]);
    expect(reasonsOf(['sector'], source, PROFILE)).toEqual([]);
  });
});
