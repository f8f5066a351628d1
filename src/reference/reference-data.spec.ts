import { referenceCodes, referenceData } from './reference-data';

describe('referenceData', () => {
  it('holds the expected number of rows, each code once', () => {
    const counts = Object.fromEntries(Object.entries(referenceData).map(([name, rows]) => [name, rows.length]));
    expect(counts).toEqual({ naceSections: 21, naceDivisions: 88, countries: 249, studyYears: 5, internshipTypes: 4 });
    expect(referenceCodes).toMatchObject({
      nace_section: expect.objectContaining({ size: 21 }),
      nace_division: expect.objectContaining({ size: 88 }),
      country: expect.objectContaining({ size: 249 }),
      study_year: expect.objectContaining({ size: 5 }),
      internship_type: expect.objectContaining({ size: 4 }),
    });
  });

  it('puts every division in a known section', () => {
    const orphans = referenceData.naceDivisions.filter((d) => !referenceCodes.nace_section.has(d.section));
    expect(orphans).toEqual([]);
  });
});
