import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Role } from '../common/auth/role.enum';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/auth.decorators';
import { ProblemDetails } from '../common/errors/problem-details';
import { Locale, RequestLocale } from '../common/i18n/locale';
import { PageQueryDto } from '../common/paging/page-query.dto';
import { Page, PageOf } from '../common/paging/page';
import { uuidParam } from '../common/validation/uuid-param.pipe';
import { UpdateOfferDto } from './dto/offer-fields.dto';
import { OfferSearchQueryDto } from './dto/offer-query.dto';
import { OfferHistoryView, OfferView, SavedOfferView } from './dto/offer.view';
import { OfferListingsService } from './offer-listings.service';
import { OffersService } from './offers.service';

const COMPANY_SIDE = [Role.CompanyContact, Role.Admin];

@ApiTags('offers')
@ApiBearerAuth()
@ApiForbiddenResponse({ type: ProblemDetails, description: 'The role may not call this route' })
@Controller('offers')
export class OffersController {
  constructor(
    private readonly offers: OffersService,
    private readonly listings: OfferListingsService,
  ) {}

  @Get()
  @Roles(Role.Student)
  @ApiOperation({ summary: 'Published offers open to me or targeted at my country, university or programme' })
  @ApiOkResponse({ type: PageOf(OfferView) })
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: OfferSearchQueryDto,
    @RequestLocale() locale: Locale,
  ): Promise<Page<OfferView>> {
    return this.listings.forStudent(user, query, locale);
  }

  @Get(':id')
  @Roles(Role.Student, ...COMPANY_SIDE)
  @ApiOperation({ summary: 'One offer: students if published and aimed at them; its company in any status' })
  @ApiOkResponse({ type: OfferView })
  @ApiNotFoundResponse({ type: ProblemDetails })
  get(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @RequestLocale() locale: Locale) {
    return this.offers.get(user, id, locale);
  }

  @Patch(':id')
  @Roles(...COMPANY_SIDE)
  @ApiOperation({ summary: 'Edit an offer of my company (every change is kept in its history)' })
  @ApiOkResponse({ type: SavedOfferView, description: 'Saved; `warnings` lists the skills no published request shows' })
  @ApiNotFoundResponse({ type: ProblemDetails })
  @ApiConflictResponse({ type: ProblemDetails, description: 'The offer is filled or expired' })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdateOfferDto,
    @RequestLocale() locale: Locale,
  ): Promise<SavedOfferView> {
    return this.offers.update(user, id, dto, locale);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles(...COMPANY_SIDE)
  @ApiOperation({ summary: 'Publish a draft, or publish again an unpublished offer whose deadline is ahead' })
  @ApiOkResponse({ type: OfferView })
  @ApiConflictResponse({ type: ProblemDetails, description: 'Not draft or unpublished, or the deadline has passed' })
  publish(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @RequestLocale() locale: Locale) {
    return this.offers.publish(user, id, locale);
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  @Roles(...COMPANY_SIDE)
  @ApiOperation({ summary: '"Dépublier": hide a published offer from students' })
  @ApiOkResponse({ type: OfferView })
  @ApiConflictResponse({ type: ProblemDetails, description: 'The offer is not published' })
  unpublish(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @RequestLocale() locale: Locale) {
    return this.offers.unpublish(user, id, locale);
  }

  @Post(':id/fill')
  @HttpCode(200)
  @Roles(...COMPANY_SIDE)
  @ApiOperation({ summary: '"Pourvue": the offer is filled (final)' })
  @ApiOkResponse({ type: OfferView })
  @ApiConflictResponse({ type: ProblemDetails, description: 'The offer is draft, filled or expired' })
  fill(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string, @RequestLocale() locale: Locale) {
    return this.offers.fill(user, id, locale);
  }

  @Get(':id/history')
  @Roles(...COMPANY_SIDE)
  @ApiOperation({ summary: 'Changes of an offer of my company, newest first' })
  @ApiOkResponse({ type: PageOf(OfferHistoryView) })
  @ApiNotFoundResponse({ type: ProblemDetails })
  history(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam('id')) id: string,
    @Query() page: PageQueryDto,
  ): Promise<Page<OfferHistoryView>> {
    return this.offers.history(user, id, page);
  }
}
