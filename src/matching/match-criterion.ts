/** What a match between an offer and a request can be credited for; each earns points and names what matched. */
export enum MatchCriterion {
  Text = 'text',
  Sector = 'sector',
  SectorSection = 'sector_section',
  StudyYear = 'study_year',
  StudyYearAdjacent = 'study_year_adjacent',
  Programme = 'programme',
  Skills = 'skills',
  Languages = 'languages',
  Country = 'country',
  CountryOpen = 'country_open',
  City = 'city',
  HomeCountry = 'home_country',
  UniversityCountry = 'university_country',
  Period = 'period',
  PeriodOpen = 'period_open',
  Freshness = 'freshness',
}

/** One criterion a match earned points for, with the values or words that matched. */
export interface MatchReason {
  criterion: MatchCriterion;
  points: number;
  matched: string[];
}

export interface MatchScore {
  /** Sum of the reasons' points, rounded to 3 decimals; never negative. */
  score: number;
  /** The text relevance share (0..1): the first tie-breaker. */
  text: number;
  why: MatchReason[];
}
