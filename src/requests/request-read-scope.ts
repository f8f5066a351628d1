import { visibleToCompanies } from '../../indexer/profiles/profile-visibility';
import { Role } from '../common/auth/role.enum';
import { AuthUser } from '../common/auth/auth-user';

// "Visible to companies" is also what the profiles index holds; its one home is the indexer's profiles projection,
// which may not import feature modules, so the read scope imports it from there and passes it on.
export { visibleToCompanies };

/** A SQL condition over the alias `r` (internship_requests) with its named parameters. */
export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * Which requests a caller may read: a student their own; a programme manager those of their programme's students;
 * a year manager those of the study years they manage; an admin all; a company contact with an active membership of an
 * approved company those published and visible to companies. Anyone else none. Callers answer 404 outside it, so nobody learns
 * that a request they may not see exists.
 */
export function requestReadScope(user: AuthUser): SqlCondition {
  const params = { scopeUserId: user.id };
  switch (user.role) {
    case Role.Student:
      return { sql: 'r.student_id = :scopeUserId', params };
    case Role.ProgrammeManager:
    case Role.YearManager:
      return { sql: staffFollowsStudent(user.role, 'r.student_id', ':scopeUserId'), params };
    case Role.Admin:
      return { sql: 'TRUE', params: {} };
    case Role.CompanyContact:
      return { sql: `(${visibleToCompanies('r')} AND ${approvedCompanyContact(':scopeUserId')})`, params };
    case Role.AcademicTutor:
      return { sql: 'FALSE', params: {} };
    default: {
      const unhandled: never = user.role;
      throw new Error(`no read scope for role ${String(unhandled)}`);
    }
  }
}

/**
 * A programme manager follows the students of the programmes they lead; a year manager those of the
 * (programme, study year) pairs they manage. Both expressions are SQL (a column or a parameter placeholder).
 */
export function staffFollowsStudent(
  role: Role.ProgrammeManager | Role.YearManager,
  studentExpr: string,
  staffExpr: string,
): string {
  if (role === Role.ProgrammeManager) {
    return `EXISTS (SELECT 1 FROM student_profiles sp JOIN programmes p ON p.id = sp.programme_id
                     WHERE sp.user_id = ${studentExpr} AND p.manager_id = ${staffExpr})`;
  }
  return `EXISTS (SELECT 1 FROM student_profiles sp
                    JOIN programme_year_managers y ON y.programme_id = sp.programme_id AND y.study_year = sp.study_year
                   WHERE sp.user_id = ${studentExpr} AND y.user_id = ${staffExpr})`;
}

/**
 * The user (a parameter placeholder) is an active member of an approved company: a company registered through the
 * platform reads no profile or CV before the platform approved it.
 */
export function approvedCompanyContact(userParam: string): string {
  return `EXISTS (SELECT 1 FROM company_memberships m JOIN companies c ON c.id = m.company_id
                   WHERE m.user_id = ${userParam} AND m.status = 'active' AND c.approval_status = 'approved')`;
}

/** Roles that may read a request's history: its student and the staff who follow them, not companies. */
export const HISTORY_READERS = [Role.Student, Role.ProgrammeManager, Role.YearManager, Role.Admin];

/** Roles that may read a request at all (each within its scope above). */
export const REQUEST_READERS = [...HISTORY_READERS, Role.CompanyContact];
