import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '../../common/auth/role.enum';
import { AuthUser } from '../../common/auth/auth-user';
import { InvalidParam } from '../../common/errors/problem-details';
import { CancelInternshipDto, CreateInternshipDto, UpdateInternshipDto } from './dto/internship.dto';
import { Internship } from './internship.entity';
import { InternshipAccess } from './internship-access';
import { InternshipAudit } from './internship-audit';
import { InternshipMails } from './internship-mails';
import { InternshipParty, InternshipStatus } from './internship-party';
import { academicYearOf } from './internship-records.service';
import { InternshipStepsService } from '../steps/internship-steps.service';
import { InternshipsError, InternshipsException } from './internships.exception';
import { WorkflowTemplatesService } from '../steps/workflow-templates.service';

/** Fields of the sheet the university sets; the host company's contacts complete the others. */
const UNIVERSITY_FIELDS = ['programmeId', 'studyYear', 'academicYear', 'academicTutorId'] as const;
const SHEET_FIELDS = ['startDate', 'endDate', 'title', 'description', 'companyTutorId', ...UNIVERSITY_FIELDS] as const;
/** Tutors: cleared before the start only; afterwards replaced, never removed. */
const TUTORS = {
  companyTutorId: InternshipParty.CompanyTutor,
  academicTutorId: InternshipParty.AcademicTutor,
} as const;
/** What may still be cancelled. */
const CANCELLABLE: readonly InternshipStatus[] = [
  InternshipStatus.Setup,
  InternshipStatus.InProgress,
  InternshipStatus.Completed,
];
/** What the workflow needs before it can start. */
const NEEDED_TO_START = [
  'programmeId',
  'studyYear',
  'academicYear',
  'startDate',
  'endDate',
  'title',
  'companyTutorId',
] as const;

/**
 * The internship and its "fiche de stage": a direct agreement recorded by the programme manager, edits (each
 * audited with before and after), and the start of the workflow on the programme's newest template version.
 */
@Injectable()
export class InternshipSheetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: InternshipAccess,
    private readonly audit: InternshipAudit,
    private readonly steps: InternshipStepsService,
    private readonly templates: WorkflowTemplatesService,
    private readonly mails: InternshipMails,
  ) {}

  /** A direct agreement, without an offer: the student must follow a programme the caller manages. */
  async create(user: AuthUser, dto: CreateInternshipDto): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const problems: InvalidParam[] = [];
      const [student] = (await manager.query(
        `SELECT p.programme_id, p.study_year FROM users u
           JOIN student_profiles p ON p.user_id = u.id
           JOIN programmes g ON g.id = p.programme_id
          WHERE u.id = $1 AND u.role = 'student' AND ($2::uuid IS NULL OR g.manager_id = $2)`,
        [dto.studentId, user.role === Role.Admin ? null : user.id],
      )) as Array<{ programme_id: string; study_year: number }>;
      if (!student) problems.push({ field: 'studentId', message: 'must be a student of a programme you manage' });
      const companies = (await manager.query('SELECT 1 FROM companies WHERE id = $1', [dto.companyId])) as unknown[];
      if (companies.length === 0) problems.push({ field: 'companyId', message: 'no such company' });
      if (dto.offerId) {
        const offers = (await manager.query('SELECT 1 FROM offers WHERE id = $1 AND company_id = $2', [
          dto.offerId,
          dto.companyId,
        ])) as unknown[];
        if (offers.length === 0) problems.push({ field: 'offerId', message: 'must be an offer of that company' });
      }
      if (dto.endDate < dto.startDate) problems.push({ field: 'endDate', message: 'must not be before startDate' });
      if (dto.companyTutorId && !(await isActiveContact(manager, dto.companyTutorId, dto.companyId))) {
        problems.push({ field: 'companyTutorId', message: 'must be an active contact of the host company' });
      }
      if (problems.length > 0) throw InternshipsException.invalid(InternshipsError.InvalidInput, problems);
      const internship = await manager.save(
        manager.create(Internship, {
          offerId: dto.offerId ?? null,
          studentId: dto.studentId,
          companyId: dto.companyId,
          startDate: dto.startDate,
          endDate: dto.endDate,
          title: dto.title.trim(),
          description: dto.description ?? '',
          companyTutorId: dto.companyTutorId ?? null,
          programmeId: student.programme_id,
          studyYear: student.study_year,
          academicYear: academicYearOf(dto.startDate),
          status: InternshipStatus.Setup,
          createdBy: user.id,
        }),
      );
      await this.audit.record(manager, {
        internshipId: internship.id,
        action: 'created',
        source: 'api',
        actorId: user.id,
        details: { direct: true, offerId: internship.offerId },
      });
      return internship.id;
    });
  }

  async update(user: AuthUser, id: string, dto: UpdateInternshipDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { internship, parts, hostContact } = await this.access.lock(manager, user, id);
      const university = user.role === Role.Admin || parts.includes(InternshipParty.ProgrammeManager);
      const sent = SHEET_FIELDS.filter((field) => dto[field] !== undefined);
      if (!university) {
        if (!hostContact)
          throw new InternshipsException(
            InternshipsError.NotEditable,
            'The host company and the programme manager complete the sheet',
          );
        const theirs = sent.filter((field) => (UNIVERSITY_FIELDS as readonly string[]).includes(field));
        if (theirs.length > 0)
          throw new InternshipsException(
            InternshipsError.NotEditable,
            `The programme manager sets ${theirs.join(', ')}`,
          );
        if (internship.status !== InternshipStatus.Setup) {
          throw new InternshipsException(
            InternshipsError.NotEditable,
            'Once started, the programme manager (or an amendment) changes the sheet',
          );
        }
      }
      if (internship.status !== InternshipStatus.Setup && internship.status !== InternshipStatus.InProgress) {
        throw new InternshipsException(InternshipsError.WrongStatus, `The internship is ${internship.status}`);
      }
      if (internship.status !== InternshipStatus.Setup) {
        const removed = (Object.keys(TUTORS) as Array<keyof typeof TUTORS>).filter(
          (field) => dto[field] === null && internship[field] !== null,
        );
        if (removed.length > 0) {
          throw new InternshipsException(
            InternshipsError.TutorRequired,
            `The internship has started: ${removed.join(', ')} may be replaced but not removed`,
            removed.map((field) => ({
              field,
              message: 'may be replaced but not removed once the internship has started',
            })),
          );
        }
      }
      await this.checkSheet(manager, internship, dto);
      const changes: Record<string, { before: unknown; after: unknown }> = {};
      for (const field of sent) {
        const after =
          typeof dto[field] === 'string' && field !== 'description' ? String(dto[field]).trim() : dto[field];
        if (internship[field] !== after) changes[field] = { before: internship[field], after };
      }
      if (Object.keys(changes).length === 0) return;
      const patch = Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, change.after]));
      Object.assign(internship, patch);
      await manager.update(Internship, { id }, patch);
      await this.audit.record(manager, {
        internshipId: id,
        action: 'sheet_edited',
        source: 'api',
        actorId: user.id,
        details: { changes },
      });
      if (internship.templateId && ('startDate' in changes || 'endDate' in changes))
        await this.steps.redate(manager, internship);
      // A tutor assigned once their turn is open would otherwise never hear of it.
      const assigned = (Object.keys(TUTORS) as Array<keyof typeof TUTORS>).filter(
        (field) => field in changes && internship[field] !== null,
      );
      await this.steps.announceTo(
        manager,
        internship,
        assigned.map((field) => TUTORS[field]),
      );
    });
  }

  /** Cancels the internship (its programme manager, or an admin): no act nor reminder afterwards. */
  async cancel(user: AuthUser, id: string, dto: CancelInternshipDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { internship, parts } = await this.access.lock(manager, user, id);
      if (user.role !== Role.Admin && !parts.includes(InternshipParty.ProgrammeManager)) {
        throw new InternshipsException(InternshipsError.NotEditable, 'The programme manager cancels the internship');
      }
      if (!CANCELLABLE.includes(internship.status)) {
        throw new InternshipsException(InternshipsError.WrongStatus, `The internship is already ${internship.status}`);
      }
      const from = internship.status;
      const reason = dto.reason.trim();
      internship.status = InternshipStatus.Cancelled;
      await manager.update(Internship, { id }, { status: internship.status });
      await this.audit.record(manager, {
        internshipId: id,
        action: 'cancelled',
        source: 'api',
        actorId: user.id,
        details: { from, reason },
      });
      await this.mails.cancelled(manager, internship, reason);
    });
  }

  /** Starts the workflow: the programme's newest template version (else the default's), steps and due dates. */
  async start(user: AuthUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { internship, parts } = await this.access.lock(manager, user, id);
      if (user.role !== Role.Admin && !parts.includes(InternshipParty.ProgrammeManager)) {
        throw new InternshipsException(InternshipsError.NotEditable, 'The programme manager starts the internship');
      }
      if (internship.status !== InternshipStatus.Setup) {
        throw new InternshipsException(InternshipsError.WrongStatus, `The internship is already ${internship.status}`);
      }
      const missing = NEEDED_TO_START.filter((field) => internship[field] === null || internship[field] === '');
      if (missing.length > 0) {
        throw new InternshipsException(
          InternshipsError.SheetIncomplete,
          `Complete the sheet first: ${missing.join(', ')}`,
          undefined,
          { missing },
        );
      }
      const template = await this.templates.latestFor(manager, internship.programmeId);
      Object.assign(internship, {
        status: InternshipStatus.InProgress,
        templateId: template.id,
        startedAt: new Date(),
      });
      await manager.update(
        Internship,
        { id },
        { status: internship.status, templateId: template.id, startedAt: internship.startedAt },
      );
      await this.audit.record(manager, {
        internshipId: id,
        action: 'started',
        source: 'api',
        actorId: user.id,
        details: {
          templateId: template.id,
          templateVersion: template.version,
          programmeTemplate: template.programmeId !== null,
        },
      });
      await this.steps.instantiate(manager, internship, template);
    });
  }

  /** 400 naming each field that does not fit the internship. */
  private async checkSheet(manager: EntityManager, internship: Internship, dto: UpdateInternshipDto): Promise<void> {
    const problems: InvalidParam[] = [];
    const start = dto.startDate ?? internship.startDate;
    const end = dto.endDate ?? internship.endDate;
    if (start && end && end < start)
      problems.push({
        field: dto.endDate ? 'endDate' : 'startDate',
        message: 'the internship must not end before it starts',
      });
    if (dto.companyTutorId && !(await isActiveContact(manager, dto.companyTutorId, internship.companyId))) {
      problems.push({ field: 'companyTutorId', message: 'must be an active contact of the host company' });
    }
    if (dto.academicTutorId) {
      const rows = (await manager.query(
        `SELECT 1 FROM users t JOIN users s ON s.id = $2
          WHERE t.id = $1 AND t.role = 'academic_tutor' AND t.disabled_at IS NULL AND t.university_id = s.university_id`,
        [dto.academicTutorId, internship.studentId],
      )) as unknown[];
      if (rows.length === 0)
        problems.push({ field: 'academicTutorId', message: 'must be an academic tutor of the student’s university' });
    }
    if (dto.programmeId) {
      const rows = (await manager.query(
        'SELECT 1 FROM programmes p JOIN users s ON s.id = $2 WHERE p.id = $1 AND p.university_id = s.university_id',
        [dto.programmeId, internship.studentId],
      )) as unknown[];
      if (rows.length === 0)
        problems.push({ field: 'programmeId', message: 'must be a programme of the student’s university' });
    }
    if (problems.length > 0) throw InternshipsException.invalid(InternshipsError.InvalidInput, problems);
  }
}

async function isActiveContact(manager: EntityManager, userId: string, companyId: string): Promise<boolean> {
  const rows = (await manager.query(
    `SELECT 1 FROM company_memberships m JOIN users u ON u.id = m.user_id
      WHERE m.user_id = $1 AND m.company_id = $2 AND m.status = 'active' AND u.disabled_at IS NULL`,
    [userId, companyId],
  )) as unknown[];
  return rows.length > 0;
}
