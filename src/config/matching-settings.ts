/** The points of each criterion and the matching's limits: the MATCHING_* settings (src/config/environment.ts). */
export interface MatchingWeights {
  /** Text relevance: the offer's words against the request's, BM25 normalised to 0..1. */
  text: number;
  sector: number;
  section: number;
  studyYear: number;
  programme: number;
  skills: number;
  languages: number;
  country: number;
  city: number;
  homeCountry: number;
  universityCountry: number;
  period: number;
  freshness: number;
}

export interface MatchingSettings {
  weights: MatchingWeights;
  /** Share (0..1) of a skill's points when only the title, keywords or message state it (the CV and letter do not). */
  statedSkillShare: number;
  /** Share (0..1) of the year's points for a year next to a wanted one. */
  adjacentYearShare: number;
  freshnessHalfLifeDays: number;
  /** How many candidates of an offer's first pass are scored in full and listed. */
  window: number;
  /** How many offers of a request's first pass are scored in full. */
  offersWindow: number;
  /** A request → offer match is recorded (and mailed) from this score. */
  threshold: number;
  /** Offers one digest e-mail lists at most. */
  digestSize: number;
}
