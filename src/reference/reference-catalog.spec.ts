import { ReferenceCatalog } from './reference-catalog';
import { referenceData } from './reference-data';

/** The shipped data in entity shape, with internship types given in display order through `position`. */
function catalog(): ReferenceCatalog {
  const order = ['discovery', 'insertion', 'mastery_support', 'mastery'];
  return new ReferenceCatalog({
    naceSections: [...referenceData.naceSections].reverse(),
    naceDivisions: referenceData.naceDivisions.map(({ section, ...d }) => ({ ...d, sectionCode: section })),
    countries: [...referenceData.countries],
    studyYears: [...referenceData.studyYears].reverse(),
    internshipTypes: referenceData.internshipTypes.map((t) => ({ ...t, position: order.indexOf(t.code) + 1 })),
  });
}

describe('ReferenceCatalog', () => {
  const reference = catalog();

  it('lists sections, divisions and study years by code', () => {
    expect(
      reference
        .naceSections('fr')
        .map((s) => s.code)
        .join(''),
    ).toBe('ABCDEFGHIJKLMNOPQRSTU');
    expect(reference.naceDivisions('fr')[0]).toEqual({
      code: '01',
      section: 'A',
      label: "Produits de l'agriculture et de la chasse et services annexes",
    });
    expect(reference.studyYears('en')).toEqual([
      { code: 1, label: '1st year' },
      { code: 2, label: '2nd year' },
      { code: 3, label: '3rd year' },
      { code: 4, label: '4th year' },
      { code: 5, label: '5th year' },
    ]);
  });

  it('filters divisions by section', () => {
    expect(reference.naceDivisions('en', 'J').map((d) => d.code)).toEqual(['58', '59', '60', '61', '62', '63']);
  });

  it('lists internship types by position', () => {
    expect(reference.internshipTypes('fr').map((t) => t.label)).toEqual([
      'Découverte',
      'Insertion',
      'Aide à la maîtrise',
      'Maîtrise',
    ]);
  });

  it('sorts countries by name with the collation of the locale', () => {
    const french = reference.countries('fr').map((c) => c.name);
    expect(french[0]).toBe('Afghanistan');
    expect(french.indexOf('Émirats arabes unis')).toBeLessThan(french.indexOf('Espagne'));
    expect(french.indexOf('Égypte')).toBeLessThan(french.indexOf('Zambie'));
    const english = reference.countries('en');
    expect(english.find((c) => c.code === 'DE')).toEqual({ code: 'DE', name: 'Germany' });
    const names = english.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('looks up labels in either language', () => {
    expect(reference.divisionLabel('62', 'fr')).toBe('Programmation informatique, conseils et activités connexes');
    expect(reference.divisionLabel('62', 'en')).toBe('Computer programming, consultancy and related activities');
    expect(reference.sectionLabel('J', 'en')).toBe('Information and communication');
    expect(reference.countryName('TN', 'fr')).toBe('Tunisie');
    expect(reference.countryName('TN', 'en')).toBe('Tunisia');
    expect(reference.studyYearLabel(1, 'fr')).toBe('1ère année');
    expect(reference.internshipTypeLabel('insertion', 'en')).toBe('Integration');
    expect(reference.sectionOfDivision('62')).toBe('J');
  });

  it('answers undefined for an unknown code', () => {
    expect(reference.divisionLabel('04', 'fr')).toBeUndefined();
    expect(reference.countryName('XK', 'en')).toBeUndefined();
    expect(reference.sectionOfDivision('J')).toBeUndefined();
  });

  it('checks codes strictly', () => {
    const r = reference;
    expect([r.isSection('J'), r.isSection('j'), r.isSection('62')]).toEqual([true, false, false]);
    expect([r.isDivision('62'), r.isDivision(62), r.isDivision('04')]).toEqual([true, false, false]);
    expect([r.isCountry('TN'), r.isCountry('TUN')]).toEqual([true, false]);
    expect([r.isStudyYear(5), r.isStudyYear('5'), r.isStudyYear(6)]).toEqual([true, false, false]);
    expect([r.isInternshipType('mastery'), r.isInternshipType('Mastery')]).toEqual([true, false]);
  });
});
