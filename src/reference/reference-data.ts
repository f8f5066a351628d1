import countries from './data/countries.json';
import internshipTypes from './data/internship-types.json';
import naceDivisions from './data/nace-divisions.json';
import naceSections from './data/nace-sections.json';
import studyYears from './data/study-years.json';

/**
 * The reference lists as shipped in `data/` (see data/SOURCES.md). The migration seeds the tables from these
 * same files, so code that cannot reach the database (DTO validators) may check codes against them directly.
 */
export const referenceData = { naceSections, naceDivisions, countries, studyYears, internshipTypes } as const;

/** The kinds of reference code a DTO field can hold. */
export type ReferenceKind = 'nace_section' | 'nace_division' | 'country' | 'study_year' | 'internship_type';

const codes = <T extends { code: string | number }>(rows: readonly T[]): ReadonlySet<T['code']> =>
  new Set(rows.map((row) => row.code));

/** Every valid code of each kind. Study years are numbers; every other code is a string. */
export const referenceCodes: { readonly [K in ReferenceKind]: ReadonlySet<string | number> } = {
  nace_section: codes(naceSections),
  nace_division: codes(naceDivisions),
  country: codes(countries),
  study_year: codes(studyYears),
  internship_type: codes(internshipTypes),
};
