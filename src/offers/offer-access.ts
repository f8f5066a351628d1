import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '../common/auth/role.enum';
import { AuthUser } from '../common/auth/auth-user';
import { Offer } from './offer.entity';
import { OfferChangeRecorder } from './offer-change-recorder';
import { OfferVisibility } from './offer-visibility';
import { OffersError, OffersException } from './offers.exception';

/**
 * Finds an offer the way a caller may reach it; anything outside their reach is "not found", so nobody learns
 * that an offer they may not see exists. Students: published offers that target them. Company contacts: their
 * own company's offers, in any status. Admins: all.
 */
@Injectable()
export class OfferAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly recorder: OfferChangeRecorder,
  ) {}

  async findReadable(user: AuthUser, id: string): Promise<Offer> {
    const builder = this.dataSource.createQueryBuilder(Offer, 'o').where('o.id = :id', { id });
    if (user.role === Role.Student)
      builder.andWhere(OfferVisibility.visibleToStudent('o', ':userId'), { userId: user.id });
    else if (user.role !== Role.Admin)
      builder.andWhere(activeMemberOfOfferCompany('o', ':userId'), { userId: user.id });
    const offer = await builder.getOne();
    if (!offer) throw new OffersException(OffersError.NotFound);
    return offer;
  }

  /** Locks an offer of the caller's company for a change, inside `manager`'s transaction. */
  async lockOwned(manager: EntityManager, user: AuthUser, id: string): Promise<Offer> {
    const offer = await this.recorder.lock(manager, id);
    if (!offer || !(await this.isActiveMember(manager, user, offer.companyId))) {
      throw new OffersException(OffersError.NotFound);
    }
    return offer;
  }

  /** Publishing and reading candidates wait for the company's approval by the platform (admins excepted). */
  async assertCompanyApproved(manager: EntityManager | DataSource, user: AuthUser, companyId: string): Promise<void> {
    if (user.role === Role.Admin) return;
    const [row] = (await manager.query('SELECT approval_status FROM companies WHERE id = $1', [companyId])) as Array<{
      approval_status: string;
    }>;
    if (row?.approval_status !== 'approved') throw new OffersException(OffersError.CompanyNotApproved);
  }

  private async isActiveMember(manager: EntityManager, user: AuthUser, companyId: string): Promise<boolean> {
    if (user.role === Role.Admin) return true;
    const [{ member }] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM company_memberships
                       WHERE user_id = $1 AND company_id = $2 AND status = 'active') AS member`,
      [user.id, companyId],
    );
    return member as boolean;
  }
}

/** The user (a parameter placeholder) is an active contact of the offer's (by alias) company. */
function activeMemberOfOfferCompany(alias: string, userParam: string): string {
  return `EXISTS (SELECT 1 FROM company_memberships m
                   WHERE m.user_id = ${userParam} AND m.company_id = ${alias}.company_id AND m.status = 'active')`;
}
