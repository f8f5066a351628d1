import { RequestValidationException } from '../common/errors/request-validation.exception';
import { offerFieldsOf, targetOf } from './offer-input';
import { OfferTargeting } from './offer-targeting';

const fieldsOf = (error: unknown) => (error as RequestValidationException).invalidParams.map((p) => p.field);
const catchIt = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
};

describe('targetOf', () => {
  it('leaves targeting alone when the DTO does not mention it', () => {
    expect(targetOf({ title: 'x' })).toBeNull();
  });

  it('sets the one target of the kind and clears the others', () => {
    expect(targetOf({ targeting: OfferTargeting.University, targetUniversityId: 'u1' })).toEqual({
      targeting: OfferTargeting.University,
      targetCountryCode: null,
      targetUniversityId: 'u1',
      targetProgrammeId: null,
    });
    expect(targetOf({ targeting: OfferTargeting.Open })).toMatchObject({ targetProgrammeId: null });
  });

  it('names a missing target, a stray one, or a target without its kind', () => {
    expect(fieldsOf(catchIt(() => targetOf({ targeting: OfferTargeting.Programme })))).toEqual(['targetProgrammeId']);
    const stray = catchIt(() =>
      targetOf({ targeting: OfferTargeting.Country, targetCountryCode: 'TN', targetProgrammeId: 'p' }),
    );
    expect(fieldsOf(stray)).toEqual(['targetProgrammeId']);
    expect(fieldsOf(catchIt(() => targetOf({ targetCountryCode: 'TN' })))).toEqual(['targetCountryCode']);
  });
});

describe('offerFieldsOf', () => {
  it('spreads the allowance into its columns, null meaning none', () => {
    expect(offerFieldsOf({ allowance: { amount: 600, currency: 'EUR', period: 'month' } })).toEqual({
      allowanceAmount: 600,
      allowanceCurrency: 'EUR',
      allowancePeriod: 'month',
    });
    expect(offerFieldsOf({ allowance: null })).toEqual({
      allowanceAmount: null,
      allowanceCurrency: null,
      allowancePeriod: null,
    });
  });

  it('keeps only the fields given, the deadline as an instant', () => {
    const fields = offerFieldsOf({ title: 'Stage', applicationDeadline: '2030-01-01T00:00:00Z' });
    expect(fields).toEqual({ title: 'Stage', applicationDeadline: new Date('2030-01-01T00:00:00Z') });
  });
});
