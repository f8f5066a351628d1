import { randomBytes } from 'node:crypto';
import { Role } from '../../src/common/auth/role.enum';
import { createUserDirectly, seedProgramme, TestAccount } from './accounts';
import { TestPlatform } from './platform';
import { LABEL_SNAPSHOT_SQL } from '../../src/label-workflow/certificate/label-snapshot';

/**
 * The people around internships, written directly (the internship core API is built in parallel): a programme with
 * its manager and a year-4 manager, a host company with its tutor and a second contact, an academic tutor, and
 * outsiders of every kind.
 */
export interface InternshipWorld {
  universityId: string;
  programmeId: string;
  companyId: string;
  student: TestAccount;
  companyTutor: TestAccount;
  colleague: TestAccount;
  academicTutor: TestAccount;
  yearManager: TestAccount;
  programmeManager: TestAccount;
  otherStudent: TestAccount;
  otherCompanyContact: TestAccount;
  otherProgrammeManager: TestAccount;
  admin: TestAccount;
}

export async function seedInternshipWorld(platform: TestPlatform): Promise<InternshipWorld> {
  const q = (sql: string, params: unknown[]) => platform.dataSource.query(sql, params);
  const { universityId, programmeId } = await seedProgramme(platform, 'Génie logiciel');
  const other = await seedProgramme(platform, 'Génie civil');
  const companyId = await company(platform, 'ACME Sfax');
  const otherCompanyId = await company(platform, 'Autre Entreprise');
  const person = (role: Role, universityId?: string) => createUserDirectly(platform, role, { universityId });
  const [
    student,
    otherStudent,
    companyTutor,
    colleague,
    otherCompanyContact,
    academicTutor,
    yearManager,
    programmeManager,
    otherProgrammeManager,
    admin,
  ] = await Promise.all([
    person(Role.Student, universityId),
    person(Role.Student, universityId),
    person(Role.CompanyContact),
    person(Role.CompanyContact),
    person(Role.CompanyContact),
    person(Role.AcademicTutor, universityId),
    person(Role.YearManager, universityId),
    person(Role.ProgrammeManager, universityId),
    person(Role.ProgrammeManager, other.universityId),
    person(Role.Admin),
  ]);
  await q(`UPDATE users SET civility = 'Mme', first_name = 'Khira', last_name = 'Khadraoui' WHERE id = $1`, [
    student.userId,
  ]);
  await q(`UPDATE users SET first_name = 'Valentin', last_name = 'Bouquet' WHERE id = $1`, [companyTutor.userId]);
  await q(`UPDATE users SET first_name = 'Sami', last_name = 'Tuteur' WHERE id = $1`, [academicTutor.userId]);
  await q(
    `INSERT INTO student_profiles (user_id, programme_id, study_year, programme_confirmed_at) VALUES ($1, $2, 4, now()), ($3, $2, 4, now())`,
    [student.userId, programmeId, otherStudent.userId],
  );
  await q(
    `INSERT INTO company_memberships (user_id, company_id, status) VALUES ($1, $3, 'active'), ($2, $3, 'active'), ($4, $5, 'active')`,
    [companyTutor.userId, colleague.userId, companyId, otherCompanyContact.userId, otherCompanyId],
  );
  await q('UPDATE programmes SET manager_id = $2 WHERE id = $1', [programmeId, programmeManager.userId]);
  await q('UPDATE programmes SET manager_id = $2 WHERE id = $1', [other.programmeId, otherProgrammeManager.userId]);
  await q('INSERT INTO programme_year_managers (programme_id, study_year, user_id) VALUES ($1, 4, $2)', [
    programmeId,
    yearManager.userId,
  ]);
  return {
    universityId,
    programmeId,
    companyId,
    student,
    companyTutor,
    colleague,
    academicTutor,
    yearManager,
    programmeManager,
    otherStudent,
    otherCompanyContact,
    otherProgrammeManager,
    admin,
  };
}

export interface InternshipFields {
  status?: 'setup' | 'in_progress' | 'completed' | 'labelled' | 'cancelled';
  startDate?: string;
  endDate?: string;
  title?: string;
  labelCode?: string | null;
  labelGrantedAt?: string | null;
  finalGrade?: number | null;
  studentId?: string;
}

/** An internship of the world's student at its company, on the platform's default template. */
export async function insertInternship(
  platform: TestPlatform,
  world: InternshipWorld,
  fields: InternshipFields = {},
): Promise<string> {
  const [row] = await platform.dataSource.query(
    `INSERT INTO internships (student_id, company_id, start_date, end_date, status, programme_id, study_year,
                              academic_year, title, description, company_tutor_id, academic_tutor_id, template_id,
                              started_at, label_code, label_granted_at, final_grade)
     VALUES ($1, $2, $3, $4, $5, $6, 4, '2026-2027', $7, 'Développer une application web.', $8, $9,
             (SELECT id FROM workflow_templates WHERE programme_id IS NULL ORDER BY version LIMIT 1),
             now(), $10, $11, $12)
     RETURNING id`,
    [
      fields.studentId ?? world.student.userId,
      world.companyId,
      fields.startDate ?? '2026-02-01',
      fields.endDate ?? '2026-05-31',
      fields.status ?? 'in_progress',
      world.programmeId,
      fields.title ?? 'Stage développement web',
      world.companyTutor.userId,
      world.academicTutor.userId,
      fields.labelCode ?? null,
      fields.labelGrantedAt ?? null,
      fields.finalGrade ?? null,
    ],
  );
  // As the grant does: the certificate's facts are frozen with the label.
  if (fields.status === 'labelled') await platform.dataSource.query(LABEL_SNAPSHOT_SQL, [row.id]);
  return row.id;
}

export async function insertStep(
  platform: TestPlatform,
  internshipId: string,
  stepKey: string,
  dueOn: string | null,
  status: 'todo' | 'submitted' | 'validated' = 'todo',
): Promise<void> {
  await platform.dataSource.query(
    `INSERT INTO internship_steps (internship_id, step_key, status, due_on, submitted_at, validated_at)
     VALUES ($1, $2, $3::varchar, $4, CASE WHEN $3::varchar <> 'todo' THEN now() END,
             CASE WHEN $3::varchar = 'validated' THEN now() END)`,
    [internshipId, stepKey, status, dueOn],
  );
}

async function company(platform: TestPlatform, name: string): Promise<string> {
  const unique = `${name} ${randomBytes(3).toString('hex')}`;
  const [row] = await platform.dataSource.query(
    `INSERT INTO companies (name, name_search, country_code, city) VALUES ($1, $2, 'TN', 'Sfax') RETURNING id`,
    [unique, unique.toLowerCase()],
  );
  return row.id;
}
