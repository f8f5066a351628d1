import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { RequestValidationException } from '../common/errors/request-validation.exception';
import { CompaniesService } from '../organisations/companies.service';
import { CompanyMembershipsService } from '../organisations/company-memberships.service';
import { OrganisationsError, OrganisationsException } from '../organisations/organisations.exception';
import { Programme } from '../organisations/programme.entity';
import { isUniqueViolation } from '../common/sql/postgres-errors';
import { UniversitiesService } from '../organisations/universities.service';
import { AccountTokensService } from './account-tokens.service';
import { AccountsError, AccountsException } from './accounts.exception';
import {
  CreateStaffDto,
  PersonDto,
  RegisterCompanyContactDto,
  RegisteredDto,
  RegisterStudentDto,
} from './dto/registration.dto';
import { PasswordHasher } from './password-hasher';
import { Role } from '../common/auth/role.enum';
import { StudentProfile } from '../users/student-profile.entity';
import { User } from '../users/user.entity';

/** Sign-up of students and company contacts, and creation of staff accounts by an administrator. */
@Injectable()
export class RegistrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly tokens: AccountTokensService,
    private readonly companies: CompaniesService,
    private readonly memberships: CompanyMembershipsService,
    private readonly universities: UniversitiesService,
  ) {}

  async registerStudent(input: RegisterStudentDto): Promise<RegisteredDto> {
    const passwordHash = await this.hasher.hash(input.password);
    return this.inTransaction(async (manager) => {
      const programme = await manager.getRepository(Programme).findOneBy({ id: input.programmeId });
      if (!programme) throw new AccountsException(AccountsError.UnknownProgramme);
      const user = await this.createUser(manager, input, Role.Student, passwordHash, programme.universityId);
      await manager
        .getRepository(StudentProfile)
        .insert({ userId: user.id, programmeId: programme.id, studyYear: input.studyYear });
      await this.tokens.sendEmailVerification(manager, user);
      return { id: user.id, email: user.email, role: user.role, emailVerificationRequired: true };
    });
  }

  /** Either joins an already registered company (pending until a contact approves) or registers a new one. */
  async registerCompanyContact(input: RegisterCompanyContactDto): Promise<RegisteredDto> {
    if (Boolean(input.companyId) === Boolean(input.company)) {
      throw new RequestValidationException([
        {
          field: 'company',
          code: 'companyOrCompanyId',
          message: 'give either companyId (to join a registered company) or company (to register it)',
        },
      ]);
    }
    const passwordHash = await this.hasher.hash(input.password);
    return this.inTransaction(async (manager) => {
      const user = await this.createUser(manager, input, Role.CompanyContact, passwordHash, null);
      const details = { jobTitle: input.jobTitle ?? null, phone: input.phone ?? null };
      let company: RegisteredDto['company'];
      if (input.companyId) {
        await this.memberships.requestToJoin(manager, user, input.companyId, details);
        company = { id: input.companyId, membershipStatus: 'pending' };
      } else {
        const created = await this.companies.create(manager, input.company!);
        await this.memberships.addFounder(manager, user, created, details);
        company = { id: created.id, membershipStatus: 'active' };
      }
      await this.tokens.sendEmailVerification(manager, user);
      return { id: user.id, email: user.email, role: user.role, emailVerificationRequired: true, company };
    });
  }

  /** A staff account gets an unusable password and a link to choose one (the password-reset flow). */
  async createStaff(input: CreateStaffDto): Promise<RegisteredDto> {
    if (input.role !== Role.Admin && !input.universityId) {
      throw new RequestValidationException([
        { field: 'universityId', code: 'requiredForStaff', message: 'is required for university staff' },
      ]);
    }
    if (input.universityId) await this.universities.getUniversity(input.universityId);
    const passwordHash = await this.hasher.hash(randomBytes(32).toString('hex'));
    const user = await this.inTransaction((manager) =>
      this.createUser(manager, input, input.role, passwordHash, input.universityId ?? null),
    );
    await this.tokens.requestPasswordReset(user.email);
    return { id: user.id, email: user.email, role: user.role, emailVerificationRequired: false };
  }

  private async createUser(
    manager: EntityManager,
    person: Omit<PersonDto, 'password'>,
    role: Role,
    passwordHash: string,
    universityId: string | null,
  ): Promise<User> {
    return manager.getRepository(User).save({
      email: person.email,
      passwordHash,
      role,
      civility: person.civility ?? null,
      firstName: person.firstName.trim(),
      lastName: person.lastName.trim(),
      locale: person.locale ?? 'fr',
      universityId,
      emailVerifiedAt: null,
      disabledAt: null,
    });
  }

  /** Runs a sign-up in one transaction; an e-mail already taken (even by a concurrent sign-up) is a 409. */
  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error) && String((error as { constraint?: string }).constraint) === 'users_email_key') {
        throw new AccountsException(AccountsError.EmailTaken);
      }
      if (
        isUniqueViolation(error) &&
        String((error as { constraint?: string }).constraint) === 'companies_registration_key'
      ) {
        throw new OrganisationsException(OrganisationsError.CompanyAlreadyRegistered);
      }
      throw error;
    }
  }
}
