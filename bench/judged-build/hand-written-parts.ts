import type { JudgedRequest } from './request-text';
import { TrueProfile } from './truth';

/** A hand-written request: its true profile and its text (year, wishes and dates come from the truth). */
export type Hand = {
  truth: TrueProfile;
  request: Omit<JudgedRequest, 'key' | 'availableInDays' | 'durationWeeks' | 'studyYear' | 'wantedCountries'>;
  /** Schooling before ("title, place (period)") and a side activity, added to the CV. */
  earlier: { school: string; activity: string };
};

export const fr = { name: 'Français', level: 'courant' };
export const arabic = { name: 'Arabe', level: 'langue maternelle' };

export function t(
  key: string,
  field: string,
  skills: string[],
  studyYear: number,
  residence: string,
  wantedCountries: string[],
  availableInDays: number | null,
  durationWeeks: number | null,
  kind: TrueProfile['kind'],
  aimedAt: string,
): TrueProfile {
  return { key, field, skills, studyYear, residence, wantedCountries, availableInDays, durationWeeks, kind, aimedAt };
}
