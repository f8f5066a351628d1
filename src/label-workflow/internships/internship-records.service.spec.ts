import { academicYearOf, endOf } from './internship-records.service';

describe('internship end date', () => {
  it('ends on the last day of the last week', () => {
    expect(endOf('2027-02-01', 1)).toBe('2027-02-07');
    expect(endOf('2027-02-01', 4)).toBe('2027-02-28');
  });

  it('crosses months and years in UTC', () => {
    expect(endOf('2026-12-14', 3)).toBe('2027-01-03');
  });
});

describe('academic year', () => {
  it('runs from September to August', () => {
    expect(academicYearOf('2027-02-01')).toBe('2026-2027');
    expect(academicYearOf('2026-09-01')).toBe('2026-2027');
    expect(academicYearOf('2026-08-31')).toBe('2025-2026');
  });
});
