import { softwareOfferBody } from '../support/offers';

/**
 * Who may call each route of the API: written once per route, read by test/authorisation.e2e-spec.ts, which calls
 * every route as every caller and compares, and rendered into docs/authorisation-matrix.md. A route of the running
 * application without a row here fails that test, as does a row without a route.
 *
 * Callers: each role as a party of the test's internship world (the student, their company contact, tutor, year and
 * programme managers), the same roles outside it (another student, a contact of another company, staff of another
 * university), an admin and an anonymous visitor. Anyone not allowed must be refused: 401 when anonymous, 403 or 404
 * (a resource one may not know of) otherwise.
 */
export const CALLERS = [
  'anonymous',
  'student',
  'otherStudent',
  'companyContact',
  'otherCompanyContact',
  'academicTutor',
  'otherAcademicTutor',
  'yearManager',
  'otherYearManager',
  'programmeManager',
  'otherProgrammeManager',
  'admin',
] as const;
export type Caller = (typeof CALLERS)[number];

/** The world's ids a body may need. */
export interface WorldIds {
  studentId: string;
  companyId: string;
  companyContactId: string;
}

/** Which of the world's resources a path parameter names, when the route's own prefix does not say it. */
export type WorldRef = 'labelledInternship';

export interface RouteRule {
  /** Callers let through; 'everyone' includes anonymous, 'signed-in' every account. */
  allow: readonly Caller[] | 'everyone' | 'signed-in';
  /** A valid body, so that a refusal cannot hide behind a validation error (built from the world's ids if needed). */
  body?: Record<string, unknown> | ((world: WorldIds) => Record<string, unknown>);
  /** Statuses that also count as a refusal here, besides 401/403/404 (with a note saying why). */
  alsoRefusedWith?: number[];
  /** Sent as multipart with a small PDF under `file` (and these fields). */
  upload?: Record<string, string>;
  /** Path parameters taken from another resource of the world than the default for the prefix. */
  params?: Partial<Record<string, WorldRef>>;
  /** Allowed callers may get 404 here: the world holds none of it yet (e.g. no scan uploaded). */
  mayBeAbsent?: boolean;
  /** Why the rule is what it is, when the roles alone do not say it (shown in the matrix). */
  note?: string;
}

const PARTIES = ['student', 'companyContact', 'academicTutor', 'yearManager', 'programmeManager'] as const;
const STUDENTS = ['student', 'otherStudent'] as const;
const COMPANY = ['companyContact', 'admin'] as const;
const MANAGERS = ['programmeManager', 'admin'] as const;
/** Who reads a published request visible to companies: its student, its programme's staff, admins, every approved company's contacts. */
const REQUEST_READERS = [
  'student',
  'companyContact',
  'otherCompanyContact',
  'yearManager',
  'programmeManager',
  'admin',
] as const;

export const ROUTE_RULES: Record<string, RouteRule> = {
  'GET /health': { allow: 'everyone', note: 'details (errors, node addresses) for admins only' },
  'GET /stats': { allow: 'everyone' },
  'GET /reference/countries': { allow: 'everyone' },
  'GET /reference/internship-types': { allow: 'everyone' },
  'GET /reference/nace-divisions': { allow: 'everyone' },
  'GET /reference/nace-sections': { allow: 'everyone' },
  'GET /reference/study-years': { allow: 'everyone' },
  'GET /universities': { allow: 'everyone' },
  'GET /universities/{id}/programmes': { allow: 'everyone' },
  'GET /companies/lookup': { allow: 'everyone', note: 'sign-up: "already registered?"; names only' },
  'GET /labels/{code}': { allow: 'everyone', params: { code: 'labelledInternship' } },
  'GET /agreement-signatures/{token}': { allow: 'everyone', note: 'the one-time token is the credential' },
  'GET /agreement-signatures/{token}/pdf': { allow: 'everyone', note: 'the one-time token is the credential' },
  'POST /agreement-signatures/{token}': { allow: 'everyone', note: 'the one-time token is the credential' },
  'POST /auth/login': { allow: 'everyone' },
  'POST /auth/refresh': { allow: 'everyone', note: 'the refresh token is the credential' },
  'POST /auth/password/forgot': { allow: 'everyone' },
  'POST /auth/password/reset': { allow: 'everyone', note: 'the e-mailed token is the credential' },
  'POST /auth/verify-email': { allow: 'everyone', note: 'the e-mailed token is the credential' },
  'POST /auth/verify-email/resend': { allow: 'everyone' },
  'POST /auth/register/student': { allow: 'everyone' },
  'POST /auth/register/company-contact': { allow: 'everyone' },

  'POST /auth/logout': { allow: 'signed-in' },
  'GET /me': { allow: 'signed-in' },
  'GET /me/export': { allow: 'signed-in', note: "one's own data only" },
  'DELETE /me': { allow: 'signed-in', body: { password: 'not the password' }, note: "with one's password" },
  'PATCH /me': { allow: 'signed-in', body: { phone: '+216 20 000 000' } },
  'PUT /me/schooling': { allow: STUDENTS, body: {} },
  'GET /me/applications': { allow: STUDENTS },
  'GET /me/matched-offers': { allow: STUDENTS },
  'GET /me/profile-reads': { allow: STUDENTS },

  'GET /admin/search/status': { allow: ['admin'] },
  'GET /admin/users': { allow: ['admin'] },
  'POST /admin/search/rebuild': { allow: ['admin'] },
  'POST /admin/staff': {
    allow: ['admin'],
    body: { email: 'new.staff@example.test', firstName: 'Nouveau', lastName: 'Staff', role: 'academic_tutor' },
  },
  'POST /admin/users/{id}/disable': { allow: ['admin'] },
  'POST /admin/users/{id}/enable': { allow: ['admin'] },
  'POST /universities': { allow: ['admin'], body: { name: 'Université de test', countryCode: 'TN', city: 'Gabès' } },
  'POST /universities/{id}/programmes': { allow: ['admin'], body: { name: 'Filière de test' } },
  'PUT /programmes/{id}/manager': { allow: ['admin'], body: { userId: '00000000-0000-4000-8000-000000000000' } },
  'GET /programmes/{id}/year-managers': { allow: MANAGERS },
  'PUT /programmes/{id}/year-managers': { allow: MANAGERS, body: { studyYear: 4, userIds: [] } },
  'GET /programmes/{id}/students': { allow: ['yearManager', 'programmeManager', 'admin'] },
  'POST /programmes/{id}/students/{studentId}/schooling-confirmation': { allow: MANAGERS },
  'GET /workflow-templates': {
    allow: [
      'academicTutor',
      'otherAcademicTutor',
      'yearManager',
      'otherYearManager',
      'programmeManager',
      'otherProgrammeManager',
      'admin',
    ],
    note: 'each sees the templates of their own university',
  },
  'GET /workflow-templates/{id}': {
    allow: [
      'academicTutor',
      'otherAcademicTutor',
      'yearManager',
      'otherYearManager',
      'programmeManager',
      'otherProgrammeManager',
      'admin',
    ],
    note: 'the platform default template, which every university uses',
  },
  'POST /programmes/{programmeId}/workflow-templates': {
    allow: MANAGERS,
    body: {
      name: 'Procédure de test',
      labelMode: 'automatic',
      companyGradeWeight: 0.5,
      steps: [
        {
          key: 'sheet',
          phase: 'during',
          nameFr: 'Fiche',
          nameEn: 'Sheet',
          mandatory: true,
          performer: 'company_tutor',
          validators: [],
          evidence: 'form',
          prerequisites: [],
          reminderDaysBefore: [3],
          confidential: false,
          graded: false,
        },
      ],
    },
  },

  'GET /companies/approvals': {
    allow: ['programmeManager', 'otherProgrammeManager', 'admin'],
    note: 'each manager sees the companies partnered with their university',
  },
  'POST /companies/{id}/approval': {
    allow: ['admin'],
    body: { decision: 'approved' },
    note: 'also the manager of a partner university',
  },
  'GET /companies/{id}': { allow: COMPANY },
  'PATCH /companies/{id}': { allow: COMPANY, body: { city: 'Sfax' } },
  'GET /companies/{id}/join-requests': { allow: COMPANY },
  'POST /companies/{id}/join-requests/{userId}/decision': { allow: COMPANY, body: { decision: 'approved' } },
  'GET /companies/{companyId}/offers': { allow: COMPANY },
  'POST /companies/{companyId}/offers': {
    allow: ['companyContact'],
    body: () => softwareOfferBody('Stage de test des droits'),
  },
  'GET /companies/{companyId}/applications': { allow: COMPANY },

  'GET /offers': { allow: STUDENTS, note: 'the offers open to the calling student' },
  'GET /offers/{id}': { allow: [...STUDENTS, ...COMPANY], note: 'a published offer open to every student' },
  'PATCH /offers/{id}': { allow: COMPANY, body: { places: 2 } },
  'POST /offers/{id}/publish': { allow: COMPANY },
  'POST /offers/{id}/unpublish': { allow: COMPANY },
  'POST /offers/{id}/fill': { allow: COMPANY },
  'GET /offers/{id}/history': { allow: COMPANY },
  'GET /offers/{id}/candidates': { allow: COMPANY },
  'GET /offers/{offerId}/applications': { allow: COMPANY },
  'POST /offers/{offerId}/applications': {
    allow: STUDENTS,
    body: { message: 'Bonjour, je suis intéressée par votre offre.' },
  },

  'GET /applications/{id}': { allow: ['student', ...COMPANY] },
  'GET /applications/{id}/events': { allow: ['student', ...COMPANY] },
  'POST /applications/{id}/messages': { allow: ['student', ...COMPANY], body: { message: 'Bonjour' } },
  'POST /applications/{id}/status': { allow: COMPANY, body: { status: 'read' } },

  'GET /profiles/search': { allow: ['companyContact', 'otherCompanyContact', 'admin'] },

  'POST /requests': { allow: STUDENTS, body: { title: 'Stage de test' } },
  'GET /requests/mine': { allow: STUDENTS },
  'GET /requests/{id}': { allow: REQUEST_READERS },
  'PATCH /requests/{id}': { allow: ['student'], body: { title: 'Stage de fin d’études en développement web' } },
  'GET /requests/{id}/history': { allow: ['student', 'yearManager', 'programmeManager', 'admin'] },
  'POST /requests/{id}/publish': { allow: ['student'] },
  'POST /requests/{id}/unpublish': { allow: ['student'] },
  'POST /requests/{id}/archive': { allow: ['student'] },
  'GET /requests/{id}/documents': { allow: REQUEST_READERS },
  'POST /requests/{id}/documents': { allow: ['student'], upload: { kind: 'letter' } },

  'GET /documents': { allow: STUDENTS },
  'POST /documents': { allow: STUDENTS, upload: { kind: 'other' } },
  'GET /documents/{id}': { allow: REQUEST_READERS, note: 'a CV of a published request' },
  'GET /documents/{id}/file': { allow: REQUEST_READERS, note: 'a CV of a published request' },
  'DELETE /documents/{id}': { allow: ['student'] },

  'GET /internships': {
    allow: [
      'student',
      'otherStudent',
      'companyContact',
      'otherCompanyContact',
      'academicTutor',
      'otherAcademicTutor',
      'yearManager',
      'otherYearManager',
      'programmeManager',
      'otherProgrammeManager',
      'admin',
    ],
    note: 'each sees the internships they take part in or oversee',
  },
  'POST /internships': {
    allow: MANAGERS,
    body: (w) => ({
      studentId: w.studentId,
      companyId: w.companyId,
      startDate: '2027-03-01',
      endDate: '2027-05-31',
      title: 'Stage direct',
      companyTutorId: w.companyContactId,
    }),
    alsoRefusedWith: [400],
    note: "a student outside the manager's programmes is a 400 naming studentId",
  },
  'GET /internships/{id}': { allow: [...PARTIES, 'admin'] },
  'PATCH /internships/{id}': { allow: ['companyContact', ...MANAGERS], body: {} },
  'POST /internships/{id}/start': { allow: MANAGERS },
  'POST /internships/{id}/cancel': { allow: MANAGERS, body: { reason: 'Test des droits' } },
  'GET /internships/{id}/audit': { allow: MANAGERS },
  'POST /internships/{id}/steps/{key}/submit': {
    allow: [...PARTIES, 'admin'],
    body: {},
    note: 'the service then checks whose turn the step is',
  },
  'POST /internships/{id}/steps/{key}/validate': {
    allow: [...PARTIES, 'admin'],
    body: {},
    note: 'the service then checks whose turn the step is',
  },
  'POST /internships/{id}/steps/{key}/return': {
    allow: [...PARTIES, 'admin'],
    body: { comment: 'À reprendre' },
    note: 'the service then checks whose turn the step is',
  },
  'GET /internships/{id}/agreement': { allow: [...PARTIES, 'admin'] },
  'GET /internships/{id}/agreement/pdf': { allow: [...PARTIES, 'admin'] },
  'GET /internships/{id}/agreement/scan': { allow: [...PARTIES, 'admin'], mayBeAbsent: true },
  'POST /internships/{id}/agreement': { allow: MANAGERS },
  'POST /internships/{id}/agreement/amendments': { allow: MANAGERS, body: {} },
  'POST /internships/{id}/agreement/reminders': { allow: MANAGERS },
  'POST /internships/{id}/agreement/scan': { allow: MANAGERS, upload: {} },
  'GET /internships/{id}/journal': { allow: PARTIES },
  'POST /internships/{id}/journal': {
    allow: ['student'],
    body: { date: '2026-03-02', tasks: 'Tests des droits', hours: 7 },
  },
  'POST /internships/{id}/journal/{entryId}/comments': {
    allow: ['companyContact', 'academicTutor', 'yearManager', 'programmeManager'],
    body: { body: 'Bien noté.' },
  },
  'GET /internships/{id}/label/certificate': { allow: PARTIES, params: { id: 'labelledInternship' } },
};
