import { Role } from '../../src/common/auth/role.enum';
import { newLabelCode } from '../../src/label-workflow/certificate/label-grade';
import { createUserDirectly, seedProgramme, TestAccount } from '../support/accounts';
import { insertInternship, seedInternshipWorld } from '../support/internship-rows';
import { softwareOfferBody } from '../support/offers';
import { cvPdf, letterPdf } from '../support/pdf-fixtures';
import { TestPlatform } from '../support/platform';
import { createRequest, draftBody, upload } from '../support/requests-helpers';
import { Caller, WorldIds, WorldRef } from './route-rules';

/**
 * One of everything a route can name, owned by the parties of one internship world, and the callers of the matrix:
 * those parties, the same roles outside the world, an admin and anonymous.
 */
export class AuthorisationWorld {
  private constructor(
    readonly tokens: Record<Exclude<Caller, 'anonymous'>, string>,
    readonly ids: WorldIds & Record<string, string>,
  ) {}

  static async build(platform: TestPlatform): Promise<AuthorisationWorld> {
    const world = await seedInternshipWorld(platform);
    const q = (sql: string, params: unknown[] = []) => platform.dataSource.query(sql, params);
    const http = (account: TestAccount) => platform.http(account.accessToken);

    // Staff of another university, each with a programme of their own.
    const elsewhere = await seedProgramme(platform, 'Génie civil hors monde');
    const otherAcademicTutor = await createUserDirectly(platform, Role.AcademicTutor, {
      universityId: elsewhere.universityId,
    });
    const otherYearManager = await createUserDirectly(platform, Role.YearManager, {
      universityId: elsewhere.universityId,
    });
    await q('INSERT INTO programme_year_managers (programme_id, study_year, user_id) VALUES ($1, 4, $2)', [
      elsewhere.programmeId,
      otherYearManager.userId,
    ]);

    // The student's published request with a CV, the company's published offer, and the student's application to it.
    const request = await createRequest(platform, world.student.accessToken, { ...draftBody, startDate: '2027-02-01' });
    const cv = await upload(platform, world.student.accessToken, request.id, 'cv', await cvPdf()).expect(201);
    await upload(platform, world.student.accessToken, request.id, 'letter', await letterPdf(), 'lettre.pdf').expect(
      201,
    );
    await http(world.student).post(`/requests/${request.id}/publish`).expect(200);
    const offer = await http(world.companyTutor)
      .post(`/companies/${world.companyId}/offers`)
      .send(softwareOfferBody('Stage des droits'))
      .expect(201);
    await http(world.companyTutor).post(`/offers/${offer.body.id}/publish`).expect(200);
    const application = await http(world.student)
      .post(`/offers/${offer.body.id}/applications`)
      .send({ message: 'Bonjour', requestId: request.id })
      .expect(201);

    // A running internship with an issued agreement, a step waiting for validation and a journal entry; a labelled one.
    const internshipId = await insertInternship(platform, world, { startDate: '2026-02-01', endDate: '2027-05-31' });
    await q('UPDATE internships SET offer_id = $2 WHERE id = $1', [internshipId, offer.body.id]);
    // The template's steps: sheet and tutors done (as the agreement needs), the intermediate review submitted.
    await q(
      `INSERT INTO internship_steps (internship_id, step_key, status, submitted_at, validated_at)
       SELECT i.id, s.key, CASE WHEN s.key IN ('sheet', 'tutors') THEN 'validated' WHEN s.key = 'intermediate_review' THEN 'submitted' ELSE 'todo' END,
              CASE WHEN s.key IN ('sheet', 'tutors', 'intermediate_review') THEN now() END, CASE WHEN s.key IN ('sheet', 'tutors') THEN now() END
         FROM internships i JOIN workflow_template_steps s ON s.template_id = i.template_id WHERE i.id = $1`,
      [internshipId],
    );
    const [step] = await q(
      `SELECT step_key AS key FROM internship_steps WHERE internship_id = $1 AND status = 'submitted'`,
      [internshipId],
    );
    await http(world.programmeManager).post(`/internships/${internshipId}/agreement`).expect(201);
    const [signature] = await q(
      `SELECT params->>'link' AS link FROM mail_outbox WHERE params->>'link' LIKE '%/sign-agreement?token=%' LIMIT 1`,
    );
    const entry = await http(world.student)
      .post(`/internships/${internshipId}/journal`)
      .send({ date: '2026-03-02', tasks: 'Prise de poste', hours: 7 })
      .expect(201);
    const labelCode = newLabelCode();
    const labelledInternshipId = await insertInternship(platform, world, {
      status: 'labelled',
      labelCode,
      labelGrantedAt: '2026-07-15T10:00:00Z',
      finalGrade: 15,
    });

    // Someone asking to join the company, and an account for the admin routes to act on.
    const joiner = await createUserDirectly(platform, Role.CompanyContact);
    await q(`INSERT INTO company_memberships (user_id, company_id, status) VALUES ($1, $2, 'pending')`, [
      joiner.userId,
      world.companyId,
    ]);
    const bystander = await createUserDirectly(platform, Role.Student);
    const [template] = await q('SELECT id FROM workflow_templates WHERE programme_id IS NULL ORDER BY version LIMIT 1');

    return new AuthorisationWorld(
      {
        student: world.student.accessToken,
        otherStudent: world.otherStudent.accessToken,
        companyContact: world.companyTutor.accessToken,
        otherCompanyContact: world.otherCompanyContact.accessToken,
        academicTutor: world.academicTutor.accessToken,
        otherAcademicTutor: otherAcademicTutor.accessToken,
        yearManager: world.yearManager.accessToken,
        otherYearManager: otherYearManager.accessToken,
        programmeManager: world.programmeManager.accessToken,
        otherProgrammeManager: world.otherProgrammeManager.accessToken,
        admin: world.admin.accessToken,
      },
      {
        studentId: world.student.userId,
        companyId: world.companyId,
        companyContactId: world.companyTutor.userId,
        universityId: world.universityId,
        programmeId: world.programmeId,
        requestId: request.id,
        documentId: cv.body.id,
        offerId: offer.body.id,
        applicationId: application.body.id,
        internshipId,
        labelledInternshipId,
        labelCode,
        stepKey: step.key,
        journalEntryId: entry.body.id,
        signatureToken: new URL(signature.link).searchParams.get('token')!,
        joinRequestUserId: joiner.userId,
        bystanderId: bystander.userId,
        templateId: template.id,
      },
    );
  }

  /** The route's path with the world's ids in place of its parameters (or the raw, already encoded, values given). */
  path(route: string, refs: Partial<Record<string, WorldRef>> = {}, given: Record<string, string> = {}): string {
    const path = route.split(' ')[1];
    return path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (given[name] !== undefined) return given[name];
      const value =
        refs[name] === 'labelledInternship'
          ? name === 'code'
            ? this.ids.labelCode
            : this.ids.labelledInternshipId
          : this.param(path, name);
      if (!value) throw new Error(`no world value for {${name}} of ${route}`);
      return encodeURIComponent(value);
    });
  }

  private param(path: string, name: string): string {
    const named: Record<string, string> = {
      code: this.ids.labelCode,
      token: this.ids.signatureToken,
      key: this.ids.stepKey,
      entryId: this.ids.journalEntryId,
      userId: this.ids.joinRequestUserId,
      studentId: this.ids.studentId,
      offerId: this.ids.offerId,
      companyId: this.ids.companyId,
      programmeId: this.ids.programmeId,
    };
    if (name !== 'id') return named[name];
    const byPrefix: Record<string, string> = {
      admin: this.ids.bystanderId,
      applications: this.ids.applicationId,
      companies: this.ids.companyId,
      documents: this.ids.documentId,
      internships: this.ids.internshipId,
      offers: this.ids.offerId,
      programmes: this.ids.programmeId,
      requests: this.ids.requestId,
      universities: this.ids.universityId,
      'workflow-templates': this.ids.templateId,
    };
    return byPrefix[path.split('/')[1]];
  }
}
