import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '../common/auth/role.enum';
import { User } from '../users/user.entity';
import { AuthUser } from '../common/auth/auth-user';
import { Page } from '../common/paging/page';
import { AppConfig } from '../config/app-config';
import { MailOutboxService } from '../notifications/mail-outbox.service';
import { toCompanyDto } from './companies.service';
import { Company, CompanyApprovalStatus } from './company.entity';
import { CompanyApprovalDecisionDto, CompanyApprovalDto, CompanyApprovalQueryDto } from './dto/company.dto';
import { OrganisationsError, OrganisationsException } from './organisations.exception';

/**
 * The approval of companies registered through the platform: until approved, their contacts may prepare draft
 * offers but neither read student profiles and CVs nor publish. Admins decide for every company; a programme
 * manager for the companies that name their university as partner. Anyone else is told the company does not exist.
 */
@Injectable()
export class CompanyApprovalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailOutboxService,
    private readonly config: AppConfig,
  ) {}

  async list(user: AuthUser, query: CompanyApprovalQueryDto): Promise<Page<CompanyApprovalDto>> {
    const status = query.status ?? CompanyApprovalStatus.Pending;
    const builder = this.dataSource
      .getRepository(Company)
      .createQueryBuilder('c')
      .where('c.approval_status = :status', { status })
      .orderBy('c.created_at', status === CompanyApprovalStatus.Pending ? 'ASC' : 'DESC')
      .addOrderBy('c.id', 'ASC')
      .take(query.limit)
      .skip(query.offset);
    const universityId = await this.reviewerUniversity(this.dataSource.manager, user);
    if (universityId) builder.andWhere('c.partner_university_id = :universityId', { universityId });
    const [rows, total] = await builder.getManyAndCount();
    return { items: await this.views(this.dataSource.manager, rows), total, limit: query.limit, offset: query.offset };
  }

  async decide(user: AuthUser, companyId: string, dto: CompanyApprovalDecisionDto): Promise<CompanyApprovalDto> {
    return this.dataSource.transaction(async (manager) => {
      const company = await manager.findOne(Company, { where: { id: companyId }, lock: { mode: 'pessimistic_write' } });
      const universityId = await this.reviewerUniversity(manager, user);
      if (!company || (universityId && company.partnerUniversityId !== universityId)) {
        throw new OrganisationsException(OrganisationsError.CompanyNotFound);
      }
      if (company.approvalStatus !== CompanyApprovalStatus.Pending)
        throw new OrganisationsException(OrganisationsError.ApprovalNotPending);
      Object.assign(company, {
        approvalStatus: dto.decision === 'approved' ? CompanyApprovalStatus.Approved : CompanyApprovalStatus.Rejected,
        approvalDecidedAt: new Date(),
        approvalDecidedBy: user.id,
        approvalReason: dto.reason?.trim() ?? null,
      });
      await manager.update(
        Company,
        { id: company.id },
        {
          approvalStatus: company.approvalStatus,
          approvalDecidedAt: company.approvalDecidedAt,
          approvalDecidedBy: company.approvalDecidedBy,
          approvalReason: company.approvalReason,
        },
      );
      const [view] = await this.views(manager, [company]);
      for (const contact of await this.activeContacts(manager, company.id)) {
        await this.mail.enqueue(manager, {
          to: contact.email,
          template: 'company_approval_decision',
          locale: contact.locale,
          params: {
            firstName: contact.firstName,
            companyName: company.name,
            decision: dto.decision,
            reason: company.approvalReason ?? '',
            link: `${this.config.publicUrl}/`,
          },
        });
      }
      return view;
    });
  }

  /** Null for an admin (every company); the university of a programme manager (its partner companies). */
  private async reviewerUniversity(manager: EntityManager, user: AuthUser): Promise<string | null> {
    if (user.role === Role.Admin) return null;
    const reviewer = await manager.findOneBy(User, { id: user.id });
    if (user.role !== Role.ProgrammeManager || !reviewer?.universityId)
      throw new OrganisationsException(OrganisationsError.CompanyNotFound);
    return reviewer.universityId;
  }

  private activeContacts(
    manager: EntityManager,
    companyId: string,
  ): Promise<Array<Pick<User, 'email' | 'firstName' | 'locale'>>> {
    return manager.query(
      `SELECT u.email, u.first_name AS "firstName", u.locale FROM company_memberships m JOIN users u ON u.id = m.user_id
        WHERE m.company_id = $1 AND m.status = 'active' AND u.disabled_at IS NULL ORDER BY m.created_at`,
      [companyId],
    );
  }

  private async views(manager: EntityManager, companies: Company[]): Promise<CompanyApprovalDto[]> {
    if (companies.length === 0) return [];
    const ids = companies.map((c) => c.id);
    const contacts = (await manager.query(
      `SELECT m.company_id, u.first_name, u.last_name, u.email, m.job_title FROM company_memberships m
         JOIN users u ON u.id = m.user_id WHERE m.company_id = ANY($1) AND m.status = 'active' ORDER BY m.created_at`,
      [ids],
    )) as Array<{ company_id: string; first_name: string; last_name: string; email: string; job_title: string | null }>;
    const partners = (await manager.query('SELECT id, name FROM universities WHERE id = ANY($1)', [
      companies.map((c) => c.partnerUniversityId).filter(Boolean),
    ])) as Array<{ id: string; name: string }>;
    const partnerName = new Map(partners.map((p) => [p.id, p.name]));
    return companies.map((company) => ({
      ...toCompanyDto(company),
      partnerUniversityId: company.partnerUniversityId,
      partnerUniversityName: company.partnerUniversityId
        ? (partnerName.get(company.partnerUniversityId) ?? null)
        : null,
      contacts: contacts
        .filter((c) => c.company_id === company.id)
        .map((c) => ({ firstName: c.first_name, lastName: c.last_name, email: c.email, jobTitle: c.job_title })),
      decidedAt: company.approvalDecidedAt,
      reason: company.approvalReason,
    }));
  }
}
