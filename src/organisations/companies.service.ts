import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OffersOutbox } from '../../indexer/offers/offers-outbox';
import { AuthUser } from '../common/auth/auth-user';
import { Page } from '../common/paging/page';
import { escapeLike } from '../common/sql/escape-like';
import { isUniqueViolation } from '../common/sql/postgres-errors';
import { Role } from '../common/auth/role.enum';
import { RequestValidationException } from '../common/errors/request-validation.exception';
import { Company, CompanyApprovalStatus } from './company.entity';
import { CompanyMembership, MembershipStatus } from './company-membership.entity';
import {
  CompanyDto,
  CompanyLookupQueryDto,
  CompanySummaryDto,
  CreateCompanyDto,
  UpdateCompanyDto,
} from './dto/company.dto';
import { OrganisationsError, OrganisationsException } from './organisations.exception';
import { searchableName } from './searchable-name';

@Injectable()
export class CompaniesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly offersOutbox: OffersOutbox,
  ) {}

  /** "Is my company already registered?": by registration number, or by name ignoring case and accents. */
  async lookup(query: CompanyLookupQueryDto): Promise<Page<CompanySummaryDto>> {
    if (!query.name && !query.registrationNumber)
      return { items: [], total: 0, limit: query.limit, offset: query.offset };
    const builder = this.dataSource.getRepository(Company).createQueryBuilder('c');
    if (query.registrationNumber) {
      builder.where('upper(c.registration_number) = upper(:number)', { number: query.registrationNumber.trim() });
    }
    if (query.name) {
      const name = searchableName(query.name);
      const clause = '(c.name_search LIKE :contains OR similarity(c.name_search, :name) > 0.35)';
      builder[query.registrationNumber ? 'orWhere' : 'where'](clause, { contains: `%${escapeLike(name)}%`, name });
      builder.orderBy('similarity(c.name_search, :name)', 'DESC');
    }
    builder.addOrderBy('c.name', 'ASC').limit(query.limit).offset(query.offset);
    const [rows, total] = await builder.getManyAndCount();
    return { items: rows.map(toSummary), total, limit: query.limit, offset: query.offset };
  }

  async create(manager: EntityManager, input: CreateCompanyDto): Promise<Company> {
    if (input.registrationNumber) {
      const existing = await manager
        .getRepository(Company)
        .createQueryBuilder('c')
        .where('upper(c.registration_number) = upper(:number)', { number: input.registrationNumber.trim() })
        .getOne();
      if (existing)
        throw new OrganisationsException(OrganisationsError.CompanyAlreadyRegistered, { companyId: existing.id });
    }
    if (input.partnerUniversityId) {
      const [partner] = (await manager.query('SELECT 1 FROM universities WHERE id = $1', [
        input.partnerUniversityId,
      ])) as unknown[];
      if (!partner) {
        throw new RequestValidationException([
          {
            field: 'company.partnerUniversityId',
            code: 'isPlatformUniversity',
            message: 'must be a university of the platform',
          },
        ]);
      }
    }
    return manager.getRepository(Company).save({
      // Registered through the platform: waits for approval before reading profiles or publishing offers.
      approvalStatus: CompanyApprovalStatus.Pending,
      partnerUniversityId: input.partnerUniversityId ?? null,
      name: input.name.trim(),
      nameSearch: searchableName(input.name),
      registrationNumber: input.registrationNumber?.trim() ?? null,
      naceDivision: input.naceDivision ?? null,
      countryCode: input.countryCode,
      city: input.city.trim(),
      address: input.address ?? null,
      website: input.website ?? null,
    });
  }

  async get(user: AuthUser, companyId: string): Promise<CompanyDto> {
    return toCompanyDto(await this.findVisible(user, companyId));
  }

  async update(user: AuthUser, companyId: string, input: UpdateCompanyDto): Promise<CompanyDto> {
    const company = await this.findVisible(user, companyId);
    const renamed = input.name !== undefined && input.name.trim() !== company.name;
    Object.assign(company, {
      ...input,
      ...(input.name ? { name: input.name.trim(), nameSearch: searchableName(input.name) } : {}),
      ...(input.registrationNumber ? { registrationNumber: input.registrationNumber.trim() } : {}),
    });
    try {
      // Every offer document carries the company's name: a new one is re-indexed with the change.
      return await this.dataSource.transaction(async (manager) => {
        const saved = await manager.getRepository(Company).save(company);
        if (renamed) await this.offersOutbox.companiesChanged(manager, [companyId]);
        return toCompanyDto(saved);
      });
    } catch (error) {
      // Another company holds that number (compared without case, as at sign-up).
      if (isUniqueViolation(error)) throw new OrganisationsException(OrganisationsError.CompanyAlreadyRegistered);
      throw error;
    }
  }

  /** An active contact of the company, or an administrator; anyone else is told it does not exist. */
  async assertActiveContact(user: AuthUser, companyId: string): Promise<void> {
    if (user.role === Role.Admin) return;
    const membership = await this.dataSource
      .getRepository(CompanyMembership)
      .findOneBy({ userId: user.id, companyId, status: MembershipStatus.Active });
    if (!membership) throw new OrganisationsException(OrganisationsError.CompanyNotFound);
  }

  private async findVisible(user: AuthUser, companyId: string): Promise<Company> {
    await this.assertActiveContact(user, companyId);
    const company = await this.dataSource.getRepository(Company).findOneBy({ id: companyId });
    if (!company) throw new OrganisationsException(OrganisationsError.CompanyNotFound);
    return company;
  }
}

function toSummary(company: Company): CompanySummaryDto {
  return { id: company.id, name: company.name, city: company.city, countryCode: company.countryCode };
}

export function toCompanyDto(company: Company): CompanyDto {
  return {
    ...toSummary(company),
    registrationNumber: company.registrationNumber,
    naceDivision: company.naceDivision,
    address: company.address,
    website: company.website,
    createdAt: company.createdAt,
    approvalStatus: company.approvalStatus,
  };
}
