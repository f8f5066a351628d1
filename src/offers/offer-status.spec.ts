import { canTransition, EXPIRABLE_STATUSES, isFinal, OfferStatus } from './offer-status';

const { Draft, Published, Unpublished, Filled, Expired } = OfferStatus;

describe('offer status transitions', () => {
  it.each([
    [Draft, Published],
    [Published, Unpublished],
    [Published, Filled],
    [Published, Expired],
    [Unpublished, Published],
    [Unpublished, Filled],
    [Unpublished, Expired],
  ])('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it.each([
    [Draft, Unpublished],
    [Draft, Filled],
    [Draft, Expired],
    [Published, Draft],
    [Published, Published],
    [Filled, Published],
    [Expired, Published],
    [Filled, Unpublished],
  ])('refuses %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('makes filled and expired final, and expires only offers that were published', () => {
    expect(Object.values(OfferStatus).filter(isFinal)).toEqual([Filled, Expired]);
    expect(EXPIRABLE_STATUSES).toEqual([Published, Unpublished]);
  });
});
