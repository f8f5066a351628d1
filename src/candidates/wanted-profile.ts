import { OfferFacts } from '../matching/match-facts';
import { MatchingSettings } from '../config/matching-settings';

/** Points per criterion and the matching's limits: the `MATCHING_*` settings. */
export type RankingSettings = MatchingSettings;

/**
 * An offer's wanted profile, ready to query: what the company asks of a candidate, with the programmes (by id) whose
 * names fit its wanted programmes (for the first pass and the `requireProgramme` filter).
 */
export interface WantedProfile extends OfferFacts {
  programmeIds: string[];
}

/** The offer's dates: start, and start + duration in weeks (as the profiles index computes availability). */
export function offerPeriod(startDate: string, durationWeeks: number): { from: string; to: string } {
  return { from: startDate, to: addDays(startDate, durationWeeks * 7) };
}

/** A day (yyyy-mm-dd) this many days later. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
