import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { AuthUser } from '../common/auth/auth-user';
import { Locale } from '../common/i18n/locale';
import { Page } from '../common/paging/page';
import { CompaniesService } from '../organisations/companies.service';
import { CompanyOfferQueryDto, OfferSearchQueryDto } from './dto/offer-query.dto';
import { OfferSummaryView, OfferView } from './dto/offer.view';
import { Offer } from './offer.entity';
import { OfferViews } from './offer-views';
import { OfferVisibility } from './offer-visibility';

/** The lists of offers: what a student may see, and a company's own ("Diffuser mes offres"). */
@Injectable()
export class OfferListingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompaniesService,
    private readonly views: OfferViews,
  ) {}

  /** Published offers that target the student, most recently published first. */
  async forStudent(user: AuthUser, query: OfferSearchQueryDto, locale: Locale): Promise<Page<OfferView>> {
    const builder = this.dataSource
      .createQueryBuilder(Offer, 'o')
      .where(OfferVisibility.visibleToStudent('o', ':studentId'), { studentId: user.id })
      .orderBy('o.published_at', 'DESC')
      .addOrderBy('o.id', 'ASC');
    const [offers, total] = await page(withTitle(builder, query.title), query).getManyAndCount();
    return { items: await this.views.full(offers, locale), total, limit: query.limit, offset: query.offset };
  }

  /** Every offer of the company, newest first; its active contacts and admins only (others: 404). */
  async forCompany(
    user: AuthUser,
    companyId: string,
    query: CompanyOfferQueryDto,
    locale: Locale,
  ): Promise<Page<OfferSummaryView>> {
    await this.companies.assertActiveContact(user, companyId);
    const builder = this.dataSource
      .createQueryBuilder(Offer, 'o')
      .where('o.company_id = :companyId', { companyId })
      .orderBy('o.created_at', 'DESC')
      .addOrderBy('o.id', 'ASC');
    if (query.status) builder.andWhere('o.status = :status', { status: query.status });
    const [offers, total] = await page(withTitle(builder, query.title), query).getManyAndCount();
    return { items: await this.views.summaries(offers, locale), total, limit: query.limit, offset: query.offset };
  }
}

/** Part of the title, ignoring case and accents. */
function withTitle(builder: SelectQueryBuilder<Offer>, title: string | undefined): SelectQueryBuilder<Offer> {
  const text = title?.trim();
  if (!text) return builder;
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return builder.andWhere('unaccent(lower(o.title)) LIKE unaccent(lower(:titlePattern))', { titlePattern: pattern });
}

function page(builder: SelectQueryBuilder<Offer>, query: { limit: number; offset: number }): SelectQueryBuilder<Offer> {
  return builder.skip(query.offset).take(query.limit);
}
