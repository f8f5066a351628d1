import { RankingSettings, WantedProfile } from '../wanted-profile';

/** Settings and a typical wanted profile for unit tests of the ranking (numbers chosen for easy sums, not the defaults). */
export const SETTINGS: RankingSettings = {
  weights: {
    sector: 3, section: 1, studyYear: 2, programme: 2, skillsKeywords: 3, skillsText: 2, languages: 1,
    country: 1, city: 0.5, homeCountry: 0.5, period: 2, freshness: 0.5,
  },
  freshnessHalfLifeDays: 30,
};

export const PROFILE: WantedProfile = {
  divisions: ['62'],
  sections: ['J'],
  studyYears: [4, 5],
  programmes: ['Génie logiciel'],
  programmeIds: ['p1'],
  skills: ['TypeScript', 'NestJS'],
  languages: ['fr', 'en'],
  country: 'FR',
  city: 'Paris',
  homeCountries: ['TN'],
  period: { from: '2027-02-01', to: '2027-07-19' },
};
