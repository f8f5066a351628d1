import { ReminderKind } from '../internships/internship-reminder.entity';

/** What decides a step's reminders: its deadline and its template step's schedule. */
export interface StepSchedule {
  /** `YYYY-MM-DD`. */
  dueOn: string;
  /** Days before the deadline when the party in charge is reminded. */
  reminderDaysBefore: number[];
  /** Days past the deadline when the step escalates; null: never. */
  escalateAfterDays: number | null;
}

/** One reminder of a step: its kind and schedule point (days before the deadline for a reminder, 0 otherwise). */
export interface DueReminder {
  kind: ReminderKind;
  ref: number;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * The reminders of an open step due on `today` and not yet sent. Before the deadline, only the latest schedule
 * point reached is due: a sweep that missed days (the worker was down) sends one reminder, not a burst of stale
 * ones. After it, the overdue notice, and the escalation once the step is `escalateAfterDays` late.
 */
export function dueReminders(step: StepSchedule, today: string, sent: DueReminder[] = []): DueReminder[] {
  const daysLeft = daysBetween(today, step.dueOn);
  const due: DueReminder[] = [];
  if (daysLeft >= 0) {
    const reached = step.reminderDaysBefore.filter((days) => days >= daysLeft);
    if (reached.length > 0) due.push({ kind: 'reminder', ref: Math.min(...reached) });
  } else {
    due.push({ kind: 'overdue', ref: 0 });
    if (step.escalateAfterDays !== null && -daysLeft >= step.escalateAfterDays)
      due.push({ kind: 'escalation', ref: 0 });
  }
  return due.filter((reminder) => !sent.some((s) => s.kind === reminder.kind && s.ref === reminder.ref));
}

/** Whole days from `from` to `to` (`YYYY-MM-DD`), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The calendar day (`YYYY-MM-DD`) of the instant `now` in `timeZone`. */
export function localDay(now: Date, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
