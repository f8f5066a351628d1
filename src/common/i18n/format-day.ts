import { Locale } from './locale';

/**
 * A calendar day (`YYYY-MM-DD`, or the UTC day of an instant) as people read it in `locale`: "12 mars 2027",
 * "12 March 2027". Read in UTC so a date column never shifts by a day.
 */
export function formatDay(day: string | Date, locale: Locale): string {
  const at = typeof day === 'string' ? new Date(`${day.slice(0, 10)}T00:00:00Z`) : day;
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(at);
}
