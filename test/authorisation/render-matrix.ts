import { CALLERS, Caller, RouteRule } from './route-rules';

const HEADINGS: Record<Caller, string> = {
  anonymous: 'anon.',
  student: 'student',
  otherStudent: 'other student',
  companyContact: 'company contact',
  otherCompanyContact: 'other company',
  academicTutor: 'academic tutor',
  otherAcademicTutor: 'other univ. tutor',
  yearManager: 'year manager',
  otherYearManager: 'other univ. year mgr',
  programmeManager: 'programme manager',
  otherProgrammeManager: 'other univ. prog. mgr',
  admin: 'admin',
};

export function allowedCallers(rule: RouteRule): Caller[] {
  if (rule.allow === 'everyone') return [...CALLERS];
  if (rule.allow === 'signed-in') return CALLERS.filter((caller) => caller !== 'anonymous');
  return [...rule.allow];
}

/** docs/authorisation-matrix.md, from the rules (the test checks the committed file is this text). */
export function renderMatrix(rules: Record<string, RouteRule>): string {
  const routes = Object.keys(rules).sort(
    (a, b) => a.split(' ')[1].localeCompare(b.split(' ')[1]) || a.localeCompare(b),
  );
  const lines = [
    '# Authorisation matrix',
    '',
    'Generated from `test/authorisation/route-rules.ts` by `WRITE_MATRIX=1 npx jest test/authorisation.e2e-spec.ts`;',
    'that test calls every route of the running API as every caller below and fails on any difference, on a route',
    "without a row, or when this file is not the rules' text.",
    '',
    'Callers are the parties of one internship (the student, their company contact, academic tutor, year and programme',
    'managers), the same roles outside it (another student, a contact of another company, staff of another university),',
    'an admin and an anonymous visitor. ✓ let through; · refused (401 anonymous, 403 or 404 otherwise).',
    '',
    `| Route | ${CALLERS.map((caller) => HEADINGS[caller]).join(' | ')} | Note |`,
    `|---|${CALLERS.map(() => ':-:').join('|')}|---|`,
  ];
  for (const route of routes) {
    const allowed = new Set(allowedCallers(rules[route]));
    const cells = CALLERS.map((caller) => (allowed.has(caller) ? '✓' : '·'));
    lines.push(`| \`${route}\` | ${cells.join(' | ')} | ${rules[route].note ?? ''} |`);
  }
  return `${lines.join('\n')}\n`;
}
