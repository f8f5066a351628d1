import { OFFER, SETTINGS } from '../../matching/testing/matching-fixtures';
import { WantedProfile } from '../wanted-profile';

export { SETTINGS };

/** A typical wanted profile for unit tests of the candidates' first pass. */
export const PROFILE: WantedProfile = {
  ...OFFER,
  studyYears: [4, 5],
  languages: ['fr', 'en'],
  programmeIds: ['p1'],
  skills: ['TypeScript', 'NestJS'],
};
