import { AppConfig } from '../config/app-config';

/** Points per criterion and the freshness half-life: the `CANDIDATES_*` settings. */
export type RankingSettings = AppConfig['candidates'];
export type CandidateWeights = RankingSettings['weights'];

/**
 * An offer's wanted profile, ready to query: what the company asks of a candidate. Built from the offer with the
 * NACE sections of its divisions and the programmes (by id) whose names fit its wanted programmes.
 */
export interface WantedProfile {
  divisions: string[];
  /** Sections of the wanted divisions: a request in another division of one of them is a weaker sector match. */
  sections: string[];
  studyYears: number[];
  /** The offer's free-text programmes or fields, as written. */
  programmes: string[];
  /** Programmes whose name fits one of `programmes` (see programme-match.ts). */
  programmeIds: string[];
  skills: string[];
  languages: string[];
  country: string;
  city: string;
  /** Countries the offer wants its candidates from (the country of their university). */
  homeCountries: string[];
  /** yyyy-mm-dd: the offer's start date and start + duration. */
  period: { from: string; to: string };
}

/** The offer's dates: start, and start + duration in weeks (as the profiles index computes availability). */
export function offerPeriod(startDate: string, durationWeeks: number): { from: string; to: string } {
  const start = new Date(`${startDate}T00:00:00Z`);
  const end = new Date(start.getTime() + durationWeeks * 7 * 86_400_000);
  return { from: startDate, to: end.toISOString().slice(0, 10) };
}
