import type { fr } from './fr';
import { academic } from './en/academic';
import { personalData } from './en/personal-data';
import { admin } from './en/admin';
import { contact } from './en/contact';
import { studentSpace } from './en/studentSpace';
import { thread } from './en/thread';

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** English texts: the compiler keeps the keys in step with fr.ts. */
export const en: Texts<typeof fr> = {
  app: { name: 'SEMSEM-stages', skip: 'Skip to content', language: 'Language', logout: 'Log out', loading: 'Loading…', error: 'Something went wrong.', home: 'Home' },
  home: {
    title: 'Internships: offers, CV library and quality label',
    intro: 'Companies publish their offers and find the best profiles; students publish their internship requests.',
    login: 'Log in', email: 'E-mail address', password: 'Password', submit: 'Log in',
    forgot: 'Forgot your password?', signupStudent: 'I am a student: create my account', signupCompany: 'I am a company: create my account',
    verifyLabel: 'Verify a SEMSEM-stages label', badLogin: 'Wrong e-mail address or password.',
  },
  forgot: { title: 'Forgotten password', intro: 'Enter your e-mail address: we will send you a link to choose a new password.', submit: 'Send the link', sent: 'If an account exists for this address, an e-mail has just been sent to it.' },
  reset: { title: 'New password', password: 'New password (at least 10 characters)', submit: 'Save', done: 'Your password is changed. You can log in.', noToken: 'This link is incomplete.' },
  verify: { title: 'E-mail address confirmation', pending: 'Checking…', done: 'Your e-mail address is confirmed. You can log in.', failed: 'This link is no longer valid.' },
  signup: {
    studentTitle: 'Create my student account', companyTitle: 'Create my company account',
    civility: 'Title', firstName: 'First name', lastName: 'Last name', email: 'E-mail address', password: 'Password (at least 10 characters)',
    university: 'University', programme: 'Programme', studyYear: 'Year of study', choose: '— Choose —',
    jobTitle: 'Job title', phone: 'Phone', submit: 'Create my account',
    sent: 'Account created. A confirmation link has been sent to {{email}}: open it to activate your account.',
    pending: 'Your request was sent to the company’s contacts, who will approve it.',
    lookupTitle: 'Is your company already registered?', companyName: 'Company name', lookup: 'Search',
    found: 'Companies found', join: 'Ask to join {{name}}', noneFound: 'No company found: register yours.',
    createCompany: 'Register a new company', registrationNumber: 'Tax or trade register number',
    country: 'Country (ISO code, e.g. TN)', city: 'City', joining: 'You are asking to join {{name}}.', changeCompany: 'Choose another company',
  },
  label: { title: 'Verify a SEMSEM-stages label', code: 'Label code', submit: 'Verify', valid: 'Valid label', notFound: 'No label has this code.',
    student: 'Intern', company: 'Company', internship: 'Internship', period: 'Period', programme: 'Programme', grantedOn: 'Granted on' },
  company: {
    menu: 'Company menu', recruit: 'Recruit', follow: 'Follow up', profile: 'Manage my profile',
    dashboard: 'Dashboard', search: 'Find the best profiles', offers: 'My offers', responses: 'Responses to my offers',
    welcome: 'Welcome, {{name}}', publishOffers: 'Publish my offers', seeApplications: 'See the applications', exploreCvs: 'Explore the CV library',
    figures: 'The platform in figures', students: 'students', universities: 'universities', cvs: 'published CVs', pendingMembership: 'Your membership of the company awaits a contact’s approval.',
  },
  search: {
    keywords: 'Keywords', submit: 'Search', results_one: '{{count}} profile', results_other: '{{count}} profiles', refine: 'Refine',
    facet: { sector: 'Sector', country: 'Country', studyYear: 'Year of study', programme: 'Programme', university: 'University' },
    cv: 'CV', letter: 'Cover letter', more: 'Next profiles', first: 'Back to the start', none: 'No profile matches.', clear: 'Clear all',
    availability: 'Available from {{from}} to {{to}}',
  },
  offers: { title: 'My offers', create: 'New offer', empty: 'No offer yet.', status: 'Status', publish: 'Publish', unpublish: 'Withdraw', fill: 'Filled',
    candidates: 'Ranked candidates', applications: 'Applications', offerTitle: 'Title', mission: 'Mission', internshipType: 'Internship type', durationWeeks: 'Duration (weeks)',
    startDate: 'Start date', city: 'City', countryCode: 'Country (ISO code)', places: 'Places', deadline: 'Application deadline', targeting: 'Audience',
    targetingOpen: 'All students', targetingCountry: 'Students of one country', targetCountry: 'Target country (ISO code)', save: 'Save', why: 'Why this profile' },
  responses: { none: 'No application yet.', respondBy: 'answer expected by {{date}}', newStatus: 'New status', message: 'Message to the candidate (optional)', save: 'Update',
    status: { received: 'Received', read: 'Read', shortlisted: 'Shortlisted', interview: 'Interview', rejected: 'Declined', selected: 'Selected' } },
  student: { menu: 'Student menu', requests: 'My internship requests', matched: 'Offers for me', applications: 'My applications',
    newRequest: 'New internship request', title: 'Title of the request', message: 'Message to companies', keywords: 'Keywords (comma-separated)',
    countries: 'Wanted countries (ISO codes, comma-separated)', cities: 'Wanted cities', create: 'Save the request',
    uploadCv: 'Upload my CV (PDF)', uploadLetter: 'Upload my cover letter (PDF)', uploading: 'Uploading the file', uploaded: '{{name}} is uploaded.', publish: 'Publish', hide: 'Hide',
    noMatch: 'No offer matches your published requests yet.', why: 'Why this offer', applyMessage: 'Application message',
    apply: 'Apply', applied: 'Your application is sent.' },
  academic,
  notFound: 'This page does not exist.',
  personalData,
  admin,
  contact,
  studentSpace,
  thread,
};
