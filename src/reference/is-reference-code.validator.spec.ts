import { validateSync } from 'class-validator';
import { IsReferenceCode, isReferenceCode } from './is-reference-code.validator';

class Form {
  @IsReferenceCode('nace_division') division?: unknown = '62';
  @IsReferenceCode('nace_section') section?: unknown = 'J';
  @IsReferenceCode('country') country?: unknown = 'TN';
  @IsReferenceCode('study_year') studyYear?: unknown = 3;
  @IsReferenceCode('internship_type') internshipType?: unknown = 'mastery_support';
  @IsReferenceCode('country', { each: true }) destinations?: unknown = ['FR', 'TN'];
}

function messages(changes: Partial<Form>): Record<string, string[]> {
  const errors = validateSync(Object.assign(new Form(), changes));
  return Object.fromEntries(errors.map((e) => [e.property, Object.values(e.constraints ?? {})]));
}

describe('IsReferenceCode', () => {
  it('accepts a code of each kind', () => {
    expect(messages({})).toEqual({});
  });

  it('refuses unknown codes, naming what is expected', () => {
    expect(messages({ division: '04', section: 'Z9', country: 'XK', studyYear: 6, internshipType: 'summer' })).toEqual({
      division: ['must be a NACE division code (e.g. 62)'],
      section: ['must be a NACE section code (e.g. J)'],
      country: ['must be an ISO 3166-1 alpha-2 country code (e.g. TN)'],
      studyYear: ['must be a year of study from 1 to 5'],
      internshipType: ['must be an internship type (discovery, insertion, mastery, mastery_support)'],
    });
  });

  it('is strict about type and case', () => {
    expect(Object.keys(messages({ division: 62, section: 'j', country: 'tn', studyYear: '3' }))).toEqual([
      'division',
      'section',
      'country',
      'studyYear',
    ]);
  });

  it('checks every item with { each: true }', () => {
    expect(messages({ destinations: ['FR', 'ZZ'] })).toEqual({
      destinations: ['each value must be an ISO 3166-1 alpha-2 country code (e.g. TN)'],
    });
  });
});

describe('isReferenceCode', () => {
  it.each([
    ['nace_division', '01', true],
    ['nace_division', '04', false],
    ['nace_section', 'U', true],
    ['country', 'US', true],
    ['study_year', 5, true],
    ['study_year', 0, false],
    ['internship_type', 'discovery', true],
    ['country', null, false],
  ] as const)('%s %p → %p', (kind, value, expected) => {
    expect(isReferenceCode(kind, value)).toBe(expected);
  });
});
