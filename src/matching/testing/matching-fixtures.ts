import { OfferFacts, RequestFacts } from '../match-facts';
import { MatchingSettings } from '../../config/matching-settings';

/** Settings and typical sides for unit tests of the scoring (numbers chosen for easy sums, not the defaults). */
export const SETTINGS: MatchingSettings = {
  weights: {
    text: 4,
    sector: 3,
    section: 1,
    studyYear: 2,
    programme: 2,
    skills: 3,
    languages: 1,
    country: 1,
    city: 0.5,
    homeCountry: 0.5,
    universityCountry: 0.5,
    period: 2,
    freshness: 0.5,
  },
  statedSkillShare: 0.5,
  adjacentYearShare: 0.25,
  freshnessHalfLifeDays: 30,
  window: 100,
  offersWindow: 200,
  threshold: 5,
  digestSize: 10,
};

export const OFFER: OfferFacts = {
  title: 'Développeur TypeScript',
  mission: 'Développer une API NestJS et ses tests.',
  profileText: "Étudiant curieux, à l'aise avec Git.",
  skills: ['TypeScript', 'NestJS', 'PostgreSQL'],
  divisions: ['62'],
  sections: ['J'],
  studyYears: [5],
  programmes: ['Génie logiciel'],
  languages: ['fr', 'en'],
  country: 'FR',
  city: 'Paris',
  wantedCountries: ['TN'],
  period: { from: '2027-02-01', to: '2027-07-19' },
};

export const REQUEST: RequestFacts = {
  id: 'r1',
  title: 'Stage développeur web',
  message: 'Je cherche un stage en développement.',
  keywords: ['TypeScript'],
  cvText: 'Projets NestJS, Angular.',
  letterText: null,
  divisions: ['62', '70'],
  sections: ['J', 'M'],
  countries: ['FR'],
  cities: ['paris'],
  languages: ['fr'],
  studyYear: 5,
  programmeName: 'Master Génie logiciel et SI',
  universityCountry: 'TN',
  residenceCountry: null,
  availableFrom: '2027-02-01',
  availableTo: '2027-07-19',
  publishedAt: '2026-12-01T00:00:00.000Z',
};
