import { retentionCutoffs } from './retention-rules';

describe('retentionCutoffs', () => {
  const settings = {
    cron: '30 3 * * *',
    timezone: 'Africa/Tunis',
    documentsMonths: 12,
    warningDays: 30,
    unverifiedDays: 7,
  };

  it('purges after the months, warns the warning days before, announces the purge that far ahead', () => {
    const now = new Date('2027-03-15T03:30:00Z');
    const cutoffs = retentionCutoffs(settings, now);
    expect(cutoffs.purgeBefore.toISOString()).toBe('2026-03-15T03:30:00.000Z');
    expect(cutoffs.warnBefore.toISOString()).toBe('2026-04-14T03:30:00.000Z');
    expect(cutoffs.warnedBefore.toISOString()).toBe('2027-02-13T03:30:00.000Z');
    expect(cutoffs.purgeOn.toISOString()).toBe('2027-04-14T03:30:00.000Z');
    expect(cutoffs.unverifiedBefore.toISOString()).toBe('2027-03-08T03:30:00.000Z');
  });
});
