/** When a step falls due: its anchor date (the internship's start or end) moved by the offset, `YYYY-MM-DD`. */
export function dueOn(
  anchor: 'start' | 'end' | null,
  offsetDays: number | null,
  dates: { startDate: string | null; endDate: string | null },
): string | null {
  if (anchor === null || offsetDays === null) return null;
  const base = anchor === 'start' ? dates.startDate : dates.endDate;
  if (base === null) return null;
  const day = new Date(`${base}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + offsetDays);
  return day.toISOString().slice(0, 10);
}

/** Past due: a date before today (UTC) on a step not validated yet. */
export function isOverdue(
  due: string | null,
  validated: boolean,
  today: string = new Date().toISOString().slice(0, 10),
): boolean {
  return !validated && due !== null && due < today;
}
