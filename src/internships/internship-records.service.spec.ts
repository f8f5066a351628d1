import { endOf } from './internship-records.service';

describe('internship end date', () => {
  it('ends on the last day of the last week', () => {
    expect(endOf('2027-02-01', 1)).toBe('2027-02-07');
    expect(endOf('2027-02-01', 4)).toBe('2027-02-28');
  });

  it('crosses months and years in UTC', () => {
    expect(endOf('2026-12-14', 3)).toBe('2027-01-03');
  });
});
