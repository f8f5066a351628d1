import { dueOn, isOverdue } from './step-due-date';

const dates = { startDate: '2027-02-01', endDate: '2027-02-28' };

describe('step due dates', () => {
  it('moves the anchor date by the offset, across months and years', () => {
    expect(dueOn('start', -21, dates)).toBe('2027-01-11');
    expect(dueOn('start', 28, dates)).toBe('2027-03-01');
    expect(dueOn('end', 0, dates)).toBe('2027-02-28');
    expect(dueOn('end', 45, dates)).toBe('2027-04-14');
    expect(dueOn('start', -40, { startDate: '2027-01-15', endDate: null })).toBe('2026-12-06');
  });

  it('has no due date without a deadline or without the anchor date', () => {
    expect(dueOn(null, null, dates)).toBeNull();
    expect(dueOn('end', 3, { startDate: '2027-02-01', endDate: null })).toBeNull();
  });

  it('is overdue only before today and while not validated', () => {
    expect(isOverdue('2027-02-27', false, '2027-02-28')).toBe(true);
    expect(isOverdue('2027-02-28', false, '2027-02-28')).toBe(false);
    expect(isOverdue('2027-02-27', true, '2027-02-28')).toBe(false);
    expect(isOverdue(null, false, '2027-02-28')).toBe(false);
  });
});
