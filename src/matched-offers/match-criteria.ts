/** What a match between a request and an offer is made of; each criterion adds its points to the score. */
export enum MatchCriterion {
  Sector = 'sector',
  Section = 'section',
  StudyYear = 'study_year',
  Programme = 'programme',
  Skills = 'skills',
  Languages = 'languages',
  Place = 'place',
  Period = 'period',
  Freshness = 'freshness',
}

/**
 * Points per criterion (maximum 14). Sector, study year and skills weigh most: they are what a company asks
 * for first. `section` only counts when no wanted division matches (a weaker sector match). Skills earn
 * their weight times the share of the offer's skills found in the request; period and freshness earn their
 * weight times a decay (the nearer the offer's start to the student's availability, the newer the offer).
 * A field missing on either side earns nothing.
 */
export const MATCH_WEIGHTS: Readonly<Record<MatchCriterion, number>> = {
  [MatchCriterion.Sector]: 3,
  [MatchCriterion.Section]: 1,
  [MatchCriterion.StudyYear]: 2,
  [MatchCriterion.Programme]: 1,
  [MatchCriterion.Skills]: 3,
  [MatchCriterion.Languages]: 1,
  [MatchCriterion.Place]: 1,
  [MatchCriterion.Period]: 1.5,
  [MatchCriterion.Freshness]: 0.5,
};

/**
 * A match is recorded (and mailed) from 5 points: at least two strong criteria (e.g. sector + study year, or
 * sector + most skills). Languages, place, period and freshness together make 4 at most, so an offer that
 * fits nothing the company asked for but the practicalities is never sent.
 */
export const MATCH_THRESHOLD = 5;

/** How many offers one request is matched against at most (best first), and requests one offer. */
export const MAX_OFFERS_PER_REQUEST = 500;
export const MAX_CANDIDATES_PER_OFFER = 2000;
