import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { User } from '../users/user.entity';
import { AuthUser } from '../common/auth/auth-user';
import { Page } from '../common/paging/page';
import { PageQueryDto } from '../common/paging/page-query.dto';
import { AppConfig } from '../config/app-config';
import { MailOutboxService } from '../notifications/mail-outbox.service';
import { CompaniesService } from './companies.service';
import { Company } from './company.entity';
import { CompanyMembership, MembershipStatus } from './company-membership.entity';
import { JoinRequestDto } from './dto/membership.dto';
import { OrganisationsError, OrganisationsException } from './organisations.exception';

/** Company contacts: the first one creates the company, later ones ask to join and an active contact decides. */
@Injectable()
export class CompanyMembershipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompaniesService,
    private readonly mail: MailOutboxService,
    private readonly config: AppConfig,
  ) {}

  async addFounder(manager: EntityManager, user: User, company: Company, details: ContactDetails): Promise<void> {
    await manager.getRepository(CompanyMembership).insert({
      userId: user.id,
      companyId: company.id,
      status: MembershipStatus.Active,
      decidedAt: new Date(),
      ...details,
    });
  }

  /** A pending membership, and an e-mail to each active contact of the company, in the caller's transaction. */
  async requestToJoin(manager: EntityManager, user: User, companyId: string, details: ContactDetails): Promise<void> {
    const company = await manager.getRepository(Company).findOneBy({ id: companyId });
    if (!company) throw new OrganisationsException(OrganisationsError.CompanyNotFound);
    await manager
      .getRepository(CompanyMembership)
      .insert({ userId: user.id, companyId, status: MembershipStatus.Pending, ...details });
    const contacts = await this.activeContacts(manager, companyId);
    for (const contact of contacts) {
      await this.mail.enqueue(manager, {
        to: contact.email,
        template: 'company_join_request',
        locale: contact.locale,
        params: {
          requesterName: `${user.firstName} ${user.lastName}`,
          companyName: company.name,
          link: `${this.config.publicUrl}/companies/${companyId}/join-requests`,
        },
      });
    }
  }

  /** The company's contacts who may act for it now: active membership, account not disabled. */
  activeContacts(manager: EntityManager, companyId: string): Promise<User[]> {
    return manager
      .getRepository(User)
      .createQueryBuilder('u')
      .innerJoin(CompanyMembership, 'm', 'm.user_id = u.id')
      .where('m.company_id = :companyId AND m.status = :active AND u.disabled_at IS NULL', {
        companyId,
        active: MembershipStatus.Active,
      })
      .orderBy('u.created_at', 'ASC')
      .getMany();
  }

  async listRequests(user: AuthUser, companyId: string, page: PageQueryDto): Promise<Page<JoinRequestDto>> {
    await this.companies.assertActiveContact(user, companyId);
    const [rows, total] = await this.dataSource.getRepository(CompanyMembership).findAndCount({
      where: { companyId, status: MembershipStatus.Pending },
      order: { createdAt: 'ASC' },
      take: page.limit,
      skip: page.offset,
    });
    const users = await this.dataSource.getRepository(User).findBy(rows.map((row) => ({ id: row.userId })));
    const byId = new Map(users.map((u) => [u.id, u]));
    const items = rows.map((row) => {
      const person = byId.get(row.userId)!;
      return {
        userId: row.userId,
        firstName: person.firstName,
        lastName: person.lastName,
        email: person.email,
        jobTitle: row.jobTitle,
        requestedAt: row.createdAt,
      };
    });
    return { items, total, limit: page.limit, offset: page.offset };
  }

  async decide(
    user: AuthUser,
    companyId: string,
    applicantId: string,
    decision: 'approved' | 'rejected',
  ): Promise<void> {
    await this.companies.assertActiveContact(user, companyId);
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.getRepository(CompanyMembership).update(
        { userId: applicantId, companyId, status: MembershipStatus.Pending },
        {
          status: decision === 'approved' ? MembershipStatus.Active : MembershipStatus.Rejected,
          decidedAt: new Date(),
          decidedBy: user.id,
        },
      );
      if (!result.affected) throw new OrganisationsException(OrganisationsError.JoinRequestNotFound);
      const applicant = await manager.getRepository(User).findOneByOrFail({ id: applicantId });
      const company = await manager.getRepository(Company).findOneByOrFail({ id: companyId });
      await this.mail.enqueue(manager, {
        to: applicant.email,
        template: 'company_join_decision',
        locale: applicant.locale,
        params: { firstName: applicant.firstName, companyName: company.name, decision },
      });
    });
  }
}

export interface ContactDetails {
  jobTitle: string | null;
  phone: string | null;
}
