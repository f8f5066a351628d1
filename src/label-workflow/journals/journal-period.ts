/** The internship's dates as the journal checks them (`YYYY-MM-DD`, either may be unknown). */
export interface InternshipPeriod {
  startDate: string | null;
  endDate: string | null;
}

/**
 * Whether a student may write an entry for `date`: within the internship's dates and not after `today`.
 * Dates compare as `YYYY-MM-DD` strings, which sort like the days they name.
 */
export function isJournalDateAllowed(date: string, period: InternshipPeriod, today: string): boolean {
  if (period.startDate && date < period.startDate) return false;
  if (period.endDate && date > period.endDate) return false;
  return date <= today;
}

/**
 * Today as `YYYY-MM-DD` in the latest time zone on Earth (UTC+14): a student writing in the evening anywhere is
 * never told their day is in the future; a day ahead of everyone is still refused.
 */
export function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 3600 * 1000).toISOString().slice(0, 10);
}
