import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../common/auth/auth-user';
import { Locale } from '../common/i18n/locale';
import { PageQueryDto } from '../common/paging/page-query.dto';
import { Page } from '../common/paging/page';
import { CompaniesService } from '../organisations/companies.service';
import { CreateOfferDto, UpdateOfferDto } from './dto/offer-fields.dto';
import { OfferHistoryView, OfferView, OfferWarningView, SavedOfferView } from './dto/offer.view';
import { SkillCoverage } from '../matching/skill-coverage';
import { assertTargetExists, offerFieldsOf } from './offer-input';
import { Offer, OfferFields } from './offer.entity';
import { OfferAccess } from './offer-access';
import { OfferChangeRecorder } from './offer-change-recorder';
import { OfferHistoryEntry } from './offer-history.entity';
import { canTransition, isFinal, OfferAction, OfferStatus } from './offer-status';
import { OfferViews } from './offer-views';
import { OffersError, OffersException } from './offers.exception';

/** A company's offers: writing, editing, the publish / unpublish / filled lifecycle, and history. */
@Injectable()
export class OffersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompaniesService,
    private readonly access: OfferAccess,
    private readonly recorder: OfferChangeRecorder,
    private readonly views: OfferViews,
    private readonly coverage: SkillCoverage,
  ) {}

  /** A draft offer of the company; only its active contacts write offers. */
  async create(user: AuthUser, companyId: string, dto: CreateOfferDto, locale: Locale): Promise<SavedOfferView> {
    await this.companies.assertActiveContact(user, companyId);
    const fields = offerFieldsOf(dto);
    const offer = await this.dataSource.transaction(async (manager) => {
      await assertTargetExists(manager, fields);
      return this.recorder.create(manager, { companyId, authorId: user.id }, fields);
    });
    return this.withWarnings(await this.view(offer, locale), locale);
  }

  async get(user: AuthUser, id: string, locale: Locale): Promise<OfferView> {
    return this.view(await this.access.findReadable(user, id), locale);
  }

  async update(user: AuthUser, id: string, dto: UpdateOfferDto, locale: Locale): Promise<SavedOfferView> {
    const fields = offerFieldsOf(dto);
    const view = await this.change(user, id, locale, async (offer, manager) => {
      if (isFinal(offer.status)) throw new OffersException(OffersError.Closed);
      await assertTargetExists(manager, fields);
      return this.recorder.record(manager, offer, { action: OfferAction.Updated, actorId: user.id, set: fields });
    });
    return this.withWarnings(view, locale);
  }

  /** Warns (never refuses) about each skill that no published request shows, as the matching reads them. */
  private async withWarnings(view: OfferView, locale: Locale): Promise<SavedOfferView> {
    const warnings: OfferWarningView[] = (await this.coverage.unmatched(view.skills)).map((skill) => ({
      code: 'skill_matches_no_request',
      field: 'skills',
      value: skill,
      message:
        locale === 'fr'
          ? `Aucune demande publiée ne mentionne « ${skill} » : les étudiants l'écrivent peut-être autrement.`
          : `No published request mentions "${skill}": students may write it differently.`,
    }));
    return { ...view, warnings };
  }

  /** From draft, or back from unpublished: students see it again, as long as applications are still open. */
  publish(user: AuthUser, id: string, locale: Locale): Promise<OfferView> {
    return this.change(user, id, locale, async (offer, manager) => {
      requireTransition(offer, OfferStatus.Published);
      await this.access.assertCompanyApproved(manager, user, offer.companyId);
      if (offer.applicationDeadline.getTime() <= Date.now()) throw new OffersException(OffersError.DeadlinePassed);
      const set: Partial<OfferFields> = { status: OfferStatus.Published, publishedAt: offer.publishedAt ?? new Date() };
      return this.recorder.record(manager, offer, { action: OfferAction.Published, actorId: user.id, set });
    });
  }

  /** "Dépublier": students stop seeing it; the company may publish it again. */
  unpublish(user: AuthUser, id: string, locale: Locale): Promise<OfferView> {
    return this.transition(user, id, locale, OfferStatus.Unpublished, OfferAction.Unpublished);
  }

  /** "Pourvue": the places are taken; final. */
  fill(user: AuthUser, id: string, locale: Locale): Promise<OfferView> {
    return this.transition(user, id, locale, OfferStatus.Filled, OfferAction.Filled);
  }

  async history(user: AuthUser, id: string, page: PageQueryDto): Promise<Page<OfferHistoryView>> {
    const offer = await this.access.findReadable(user, id);
    const [entries, total] = await this.dataSource.getRepository(OfferHistoryEntry).findAndCount({
      where: { offerId: offer.id },
      order: { id: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
    const items = entries.map(({ id: entryId, at, actorId, action, version, changes }) => ({
      id: entryId,
      at,
      actorId,
      action,
      version,
      changes,
    }));
    return { items, total, limit: page.limit, offset: page.offset };
  }

  private transition(
    user: AuthUser,
    id: string,
    locale: Locale,
    to: OfferStatus,
    action: OfferAction,
  ): Promise<OfferView> {
    return this.change(user, id, locale, (offer, manager) => {
      requireTransition(offer, to);
      return this.recorder.record(manager, offer, { action, actorId: user.id, set: { status: to } });
    });
  }

  private async change(
    user: AuthUser,
    id: string,
    locale: Locale,
    apply: (offer: Offer, manager: EntityManager) => Promise<Offer>,
  ): Promise<OfferView> {
    const offer = await this.dataSource.transaction(async (manager) =>
      apply(await this.access.lockOwned(manager, user, id), manager),
    );
    return this.view(offer, locale);
  }

  private async view(offer: Offer, locale: Locale): Promise<OfferView> {
    return (await this.views.full([offer], locale))[0];
  }
}

function requireTransition(offer: Offer, to: OfferStatus): void {
  if (!canTransition(offer.status, to)) {
    throw new OffersException(OffersError.InvalidTransition, `This offer is ${offer.status}; it cannot become ${to}`);
  }
}
