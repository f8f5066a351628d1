/** English of fr/studentSpace.ts (en.ts checks the keys). */
export const studentSpace = {
  profile: 'My profile', profileTitle: 'My profile and schooling', identity: 'Identity', civility: 'Title', none: '—', firstName: 'First name', lastName: 'Last name',
  locale: 'Language of e-mails', save: 'Save', saved: 'Saved.', schooling: 'Schooling', university: 'University', programme: 'Programme',
  studyYear: 'Year of study', residenceCountry: 'Country of residence (ISO code)', choose: '— Choose —',
  offers: 'Browse offers', offersTitle: 'Internship offers', titleFilter: 'Word of the title', search: 'Search', total_one: '{{formatted}} offer', total_other: '{{formatted}} offers',
  noOffer: 'No offer matches.', previous: 'Previous offers', next: 'Next offers', see: 'See the offer', deadline: 'Applications until {{date}}',
  duration: '{{count}} weeks', start: 'Starts on {{date}}', places_one: '{{count}} place', places_other: '{{count}} places', mission: 'Mission', position: 'Position', skills: 'Skills',
  allowance: 'Allowance', perPeriod: { month: 'per month', week: 'per week', total: 'in total' }, responseRate: 'Company response rate',
  applyTitle: 'Apply', applyMessage: 'Application message', withRequest: 'Attach the documents of my request', noRequest: 'None (message only)',
  apply: 'Apply', applied: 'Your application is sent.', seeApplication: 'See my application', backToOffers: 'Back to the offers',
  openApplication: 'Open the application and its messages',
};
