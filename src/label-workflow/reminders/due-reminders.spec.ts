import { daysBetween, dueReminders, localDay, StepSchedule } from './due-reminders';

describe('which step reminders are due on a day', () => {
  const step: StepSchedule = { dueOn: '2027-03-20', reminderDaysBefore: [7, 2], escalateAfterDays: 3 };

  it('sends nothing before the first schedule point', () => {
    expect(dueReminders(step, '2027-03-12')).toEqual([]);
  });

  it('reminds at each schedule point, and on the days between them until the next one', () => {
    expect(dueReminders(step, '2027-03-13')).toEqual([{ kind: 'reminder', ref: 7 }]);
    expect(dueReminders(step, '2027-03-16')).toEqual([{ kind: 'reminder', ref: 7 }]);
    expect(dueReminders(step, '2027-03-18')).toEqual([{ kind: 'reminder', ref: 2 }]);
    expect(dueReminders(step, '2027-03-20')).toEqual([{ kind: 'reminder', ref: 2 }]);
  });

  it('never repeats a reminder already sent', () => {
    expect(dueReminders(step, '2027-03-16', [{ kind: 'reminder', ref: 7 }])).toEqual([]);
    expect(dueReminders(step, '2027-03-18', [{ kind: 'reminder', ref: 7 }])).toEqual([{ kind: 'reminder', ref: 2 }]);
  });

  it('catches up with the latest point only after missed days', () => {
    expect(dueReminders(step, '2027-03-19')).toEqual([{ kind: 'reminder', ref: 2 }]);
  });

  it('sends the overdue notice the day after the deadline, then escalates after the delay', () => {
    expect(dueReminders(step, '2027-03-21')).toEqual([{ kind: 'overdue', ref: 0 }]);
    expect(dueReminders(step, '2027-03-22', [{ kind: 'overdue', ref: 0 }])).toEqual([]);
    expect(dueReminders(step, '2027-03-23', [{ kind: 'overdue', ref: 0 }])).toEqual([{ kind: 'escalation', ref: 0 }]);
    expect(
      dueReminders(step, '2027-04-30', [
        { kind: 'overdue', ref: 0 },
        { kind: 'escalation', ref: 0 },
      ]),
    ).toEqual([]);
  });

  it('sends the overdue notice and the escalation together when the sweep comes late', () => {
    expect(dueReminders(step, '2027-03-25')).toEqual([
      { kind: 'overdue', ref: 0 },
      { kind: 'escalation', ref: 0 },
    ]);
  });

  it('never escalates a step without an escalation, and escalates at once with a zero delay', () => {
    expect(dueReminders({ ...step, escalateAfterDays: null }, '2027-05-01')).toEqual([{ kind: 'overdue', ref: 0 }]);
    expect(dueReminders({ ...step, escalateAfterDays: 0 }, '2027-03-21')).toEqual([
      { kind: 'overdue', ref: 0 },
      { kind: 'escalation', ref: 0 },
    ]);
  });

  it('reminds on the deadline itself only when the schedule says 0', () => {
    expect(dueReminders({ ...step, reminderDaysBefore: [] }, '2027-03-20')).toEqual([]);
    expect(dueReminders({ ...step, reminderDaysBefore: [0] }, '2027-03-20')).toEqual([{ kind: 'reminder', ref: 0 }]);
  });
});

describe('days', () => {
  it('counts calendar days across months and years', () => {
    expect(daysBetween('2027-02-27', '2027-03-01')).toBe(2);
    expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1);
  });

  it('reads the day of an instant in the schedule’s time zone', () => {
    // 23:30 UTC is already the next day in Tunis (UTC+1).
    expect(localDay(new Date('2027-03-20T23:30:00Z'), 'Africa/Tunis')).toBe('2027-03-21');
    expect(localDay(new Date('2027-03-20T23:30:00Z'), 'UTC')).toBe('2027-03-20');
  });
});
