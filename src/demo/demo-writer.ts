import { EntityManager } from 'typeorm';
import { Role } from '../common/auth/role.enum';
import { StudentProfile } from '../users/student-profile.entity';
import { User } from '../users/user.entity';
import { DocumentKind, TextStatus } from '../documents/document-kind';
import { StudentDocument } from '../documents/student-document.entity';
import { Company } from '../organisations/company.entity';
import { CompanyMembership, MembershipStatus } from '../organisations/company-membership.entity';
import { Programme } from '../organisations/programme.entity';
import { ProgrammeYearManager } from '../organisations/programme-year-manager.entity';
import { searchableName } from '../organisations/searchable-name';
import { University } from '../organisations/university.entity';
import { InternshipRequest } from '../requests/internship-request.entity';
import { RequestChangeRecorder } from '../requests/request-change-recorder';
import { RequestAction, RequestStatus } from '../requests/request-status';
import { DemoPerson } from './demo-people';
import { DemoFollowUp } from './demo-follow-up';
import { DemoIds, DemoRecruitment, DemoRecruitmentServices } from './demo-recruitment';
import { DemoStudent } from './demo-students';
import { DemoCompany, DemoUniversity, DemoWorld } from './demo-world';

/** A PDF already in the document storage, waiting for its row. */
export interface StoredDemoFile {
  key: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
}

export type StoredDemoFiles = Map<DemoStudent, { cv: StoredDemoFile; letter: StoredDemoFile }>;

const DAY_MS = 24 * 3600 * 1000;

/**
 * Writes the demo world inside the caller's transaction. Requests and their documents go through the
 * RequestChangeRecorder, as the API's own changes do: each gets its history, its version and its search outbox
 * rows, so the worker indexes the published ones like any other.
 */
export class DemoWriter {
  private readonly now = new Date();

  constructor(
    private readonly manager: EntityManager,
    private readonly recorder: RequestChangeRecorder,
    /** argon2id hash of the demo password, by e-mail. */
    private readonly passwordHashes: Map<string, string>,
    private readonly recruitment: DemoRecruitmentServices,
  ) {}

  /** Ids by demo key or e-mail, for the offers and applications that refer to them. */
  private readonly ids: DemoIds = {
    universities: new Map(),
    programmes: new Map(),
    companies: new Map(),
    users: new Map(),
    requests: new Map(),
  };

  /** Writes everything; returns the ids of the documents whose text the worker must read. */
  async write(world: DemoWorld, files: StoredDemoFiles): Promise<string[]> {
    await this.user(world.admin, Role.Admin, null);
    const programmeIds = new Map<string, { universityId: string; programmeId: string }>();
    for (const university of world.universities) {
      const universityId = await this.insert(University, {
        name: university.name,
        countryCode: university.countryCode,
        city: university.city,
      });
      this.ids.universities.set(university.key, universityId);
      for (const [key, programmeId] of await this.staffedProgrammes(university, universityId)) {
        programmeIds.set(key, { universityId, programmeId });
        this.ids.programmes.set(key, programmeId);
      }
    }
    for (const company of world.companies) await this.company(company);
    const documentIds: string[] = [];
    for (const student of world.students) {
      const stored = files.get(student);
      if (!stored) throw new Error(`no stored documents for demo student ${student.email}`);
      documentIds.push(...(await this.student(student, programmeIds.get(student.programme.key)!, stored)));
    }
    const recruitment = new DemoRecruitment(this.manager, this.recruitment, this.now, this.ids);
    for (const offer of world.offers) await recruitment.offer(offer);
    for (const application of world.applications) await recruitment.application(application);
    await new DemoFollowUp(this.manager, this.ids, this.now).write(world.internships);
    return documentIds;
  }

  /** The programmes of a university (by key → id) and its staff. */
  private async staffedProgrammes(university: DemoUniversity, universityId: string): Promise<Map<string, string>> {
    const programmeIds = new Map<string, string>();
    for (const programme of university.programmes) {
      const managerId = await this.user(programme.manager, Role.ProgrammeManager, universityId);
      programmeIds.set(programme.key, await this.insert(Programme, { universityId, name: programme.name, managerId }));
    }
    for (const yearManager of university.yearManagers) {
      const userId = await this.user(yearManager, Role.YearManager, universityId);
      const rows = [...programmeIds.values()].flatMap((programmeId) =>
        yearManager.years.map((studyYear) => ({ programmeId, studyYear, userId })),
      );
      await this.manager.insert(ProgrammeYearManager, rows);
    }
    for (const tutor of university.academicTutors) await this.user(tutor, Role.AcademicTutor, universityId);
    return programmeIds;
  }

  /** The company and its contacts: the first one registered it, the next active ones were accepted by them. */
  private async company(company: DemoCompany): Promise<void> {
    const { contacts, ...fields } = company;
    const companyId = await this.insert(Company, { ...fields, nameSearch: searchableName(company.name) });
    this.ids.companies.set(company.name, companyId);
    let founderId: string | null = null;
    for (const contact of contacts) {
      const userId = await this.user(contact, Role.CompanyContact, null);
      const active = contact.status === 'active';
      await this.manager.insert(CompanyMembership, {
        userId,
        companyId,
        status: active ? MembershipStatus.Active : MembershipStatus.Pending,
        jobTitle: contact.jobTitle,
        phone: null,
        decidedAt: active ? this.now : null,
        decidedBy: active ? founderId : null,
      });
      founderId ??= userId;
    }
  }

  /** The student, their request with its CV and letter, and the request's life up to its demo state. */
  private async student(
    student: DemoStudent,
    { universityId, programmeId }: { universityId: string; programmeId: string },
    files: { cv: StoredDemoFile; letter: StoredDemoFile },
  ): Promise<string[]> {
    const userId = await this.user(student, Role.Student, universityId);
    // As from the university's own records: the demo's students are confirmed in their programme.
    await this.manager.insert(StudentProfile, {
      userId,
      programmeId,
      studyYear: student.studyYear,
      programmeConfirmedAt: new Date(),
    });
    let request = await this.recorder.create(this.manager, userId, student.request, userId);
    const documentIds: string[] = [];
    for (const [kind, file] of [
      [DocumentKind.Cv, files.cv],
      [DocumentKind.Letter, files.letter],
    ] as const) {
      const id = await this.insert(StudentDocument, {
        ownerId: userId,
        requestId: request.id,
        kind,
        fileName: file.fileName,
        storageKey: file.key,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        contentType: 'application/pdf',
        textStatus: TextStatus.Pending,
      });
      documentIds.push(id);
      request = await this.recorder.record(this.manager, request, {
        action: RequestAction.DocumentAdded,
        actorId: userId,
        attached: { [`documents.${kind}`]: { before: null, after: { id, fileName: file.fileName } } },
      });
    }
    this.ids.requests.set(student.email, { requestId: request.id, cvId: documentIds[0], letterId: documentIds[1] });
    if (student.state !== 'draft') request = await this.publish(request, userId, student.publishedDaysAgo);
    if (student.state === 'archived') {
      await this.recorder.record(this.manager, request, {
        action: RequestAction.Archived,
        actorId: userId,
        set: { status: RequestStatus.Archived },
      });
    }
    return documentIds;
  }

  private publish(request: InternshipRequest, userId: string, daysAgo: number): Promise<InternshipRequest> {
    return this.recorder.record(this.manager, request, {
      action: RequestAction.Published,
      actorId: userId,
      set: { status: RequestStatus.Published, publishedAt: new Date(this.now.getTime() - daysAgo * DAY_MS) },
    });
  }

  /** A verified account with the demo password. */
  private async user(person: DemoPerson, role: Role, universityId: string | null): Promise<string> {
    const passwordHash = this.passwordHashes.get(person.email);
    if (!passwordHash) throw new Error(`no password hash for demo account ${person.email}`);
    const id = await this.insert(User, {
      email: person.email,
      passwordHash,
      role,
      civility: person.civility,
      firstName: person.firstName,
      lastName: person.lastName,
      locale: 'fr',
      universityId,
      emailVerifiedAt: this.now,
      disabledAt: null,
    });
    this.ids.users.set(person.email, id);
    return id;
  }

  private async insert<T extends { id: string }>(entity: new () => T, values: Partial<T>): Promise<string> {
    const { identifiers } = await this.manager.insert(entity, values as never);
    return identifiers[0].id as string;
  }
}

/** Every demo account, for hashing the password ahead of the transaction. */
export function demoAccounts(world: DemoWorld): DemoPerson[] {
  return [
    world.admin,
    ...world.universities.flatMap((u) => [
      ...u.programmes.map((p) => p.manager),
      ...u.yearManagers,
      ...u.academicTutors,
    ]),
    ...world.companies.flatMap((c) => c.contacts),
    ...world.students,
  ];
}
