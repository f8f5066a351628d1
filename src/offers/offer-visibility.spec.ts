import { OfferTarget, OfferTargeting } from './offer-targeting';
import { OfferVisibility } from './offer-visibility';

const population = { programmeId: 'p1', universityId: 'u1', countryCode: 'TN' };
const target = (targeting: OfferTargeting, set: Partial<OfferTarget> = {}): OfferTarget => ({
  targeting,
  targetCountryCode: null,
  targetUniversityId: null,
  targetProgrammeId: null,
  ...set,
});

describe('OfferVisibility.reaches', () => {
  it('reaches every student with an open offer, even without a profile', () => {
    expect(OfferVisibility.reaches(target(OfferTargeting.Open), null)).toBe(true);
  });

  it('reaches only the targeted population', () => {
    expect(OfferVisibility.reaches(target(OfferTargeting.Country, { targetCountryCode: 'TN' }), population)).toBe(true);
    expect(OfferVisibility.reaches(target(OfferTargeting.Country, { targetCountryCode: 'FR' }), population)).toBe(
      false,
    );
    expect(OfferVisibility.reaches(target(OfferTargeting.University, { targetUniversityId: 'u1' }), population)).toBe(
      true,
    );
    expect(OfferVisibility.reaches(target(OfferTargeting.University, { targetUniversityId: 'u2' }), population)).toBe(
      false,
    );
    expect(OfferVisibility.reaches(target(OfferTargeting.Programme, { targetProgrammeId: 'p1' }), population)).toBe(
      true,
    );
    expect(OfferVisibility.reaches(target(OfferTargeting.Programme, { targetProgrammeId: 'p2' }), population)).toBe(
      false,
    );
    expect(OfferVisibility.reaches(target(OfferTargeting.Programme, { targetProgrammeId: 'p1' }), null)).toBe(false);
  });
});
