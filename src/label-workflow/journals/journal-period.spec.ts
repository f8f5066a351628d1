import { isJournalDateAllowed, latestToday } from './journal-period';

describe('journal entry dates', () => {
  const period = { startDate: '2027-02-01', endDate: '2027-05-31' };

  it('takes a day within the internship, up to today', () => {
    expect(isJournalDateAllowed('2027-02-01', period, '2027-03-10')).toBe(true);
    expect(isJournalDateAllowed('2027-03-10', period, '2027-03-10')).toBe(true);
  });

  it('refuses a day before the start, after the end, or in the future', () => {
    expect(isJournalDateAllowed('2027-01-31', period, '2027-03-10')).toBe(false);
    expect(isJournalDateAllowed('2027-06-01', period, '2027-07-01')).toBe(false);
    expect(isJournalDateAllowed('2027-03-11', period, '2027-03-10')).toBe(false);
  });

  it('checks only the bounds it knows', () => {
    expect(isJournalDateAllowed('2020-01-01', { startDate: null, endDate: null }, '2027-03-10')).toBe(true);
  });

  it('takes today as the latest calendar day anywhere', () => {
    expect(latestToday(new Date('2027-03-10T09:00:00Z'))).toBe('2027-03-10');
    expect(latestToday(new Date('2027-03-10T11:00:00Z'))).toBe('2027-03-11');
  });
});
