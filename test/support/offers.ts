/** A moment `days` from now, as the API takes it (an application deadline). */
export const daysFromNow = (days: number): string => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();

/**
 * A valid open software internship offer (sector 62, 4th year, TypeScript), as a company contact posts it;
 * `extra` overrides or adds fields.
 */
export const softwareOfferBody = (title: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  title,
  internshipType: 'mastery',
  mission: 'Développer des services web.',
  durationWeeks: 16,
  startDate: '2027-02-01',
  city: 'Sfax',
  countryCode: 'TN',
  position: 'Développeur',
  places: 1,
  applicationDeadline: daysFromNow(30),
  targeting: 'open',
  wantedNaceDivisions: ['62'],
  wantedStudyYears: [4],
  wantedProgrammes: ['Génie logiciel'],
  skills: ['TypeScript', 'NestJS'],
  languages: ['fr'],
  wantedCountries: ['TN'],
  profileText: 'Curieux et rigoureux.',
  ...extra,
});
