import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
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
import { Page, PageOf } from '../common/paging/page';
import { uuidParam } from '../common/validation/uuid-param.pipe';
import { CreateOfferDto } from './dto/offer-fields.dto';
import { CompanyOfferQueryDto } from './dto/offer-query.dto';
import { OfferSummaryView, SavedOfferView } from './dto/offer.view';
import { OfferListingsService } from './offer-listings.service';
import { OffersService } from './offers.service';

/** "Diffuser mes offres": a company's offers, under the company. */
@ApiTags('offers')
@ApiBearerAuth()
@ApiForbiddenResponse({ type: ProblemDetails, description: 'The role may not call this route' })
@ApiNotFoundResponse({ type: ProblemDetails, description: 'Not an active contact of this company' })
@Controller('companies/:companyId/offers')
export class CompanyOffersController {
  constructor(
    private readonly offers: OffersService,
    private readonly listings: OfferListingsService,
  ) {}

  @Post()
  @Roles(Role.CompanyContact)
  @ApiOperation({ summary: '"Diffuser une offre": write a draft offer for my company' })
  @ApiCreatedResponse({
    type: SavedOfferView,
    description: 'Saved; `warnings` lists the skills no published request shows',
  })
  create(
    @CurrentUser() user: AuthUser,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Body() dto: CreateOfferDto,
    @RequestLocale() locale: Locale,
  ): Promise<SavedOfferView> {
    return this.offers.create(user, companyId, dto, locale);
  }

  @Get()
  @Roles(Role.CompanyContact, Role.Admin)
  @ApiOperation({ summary: 'My company’s offers, newest first, filtered by title and status' })
  @ApiOkResponse({ type: PageOf(OfferSummaryView) })
  list(
    @CurrentUser() user: AuthUser,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Query() query: CompanyOfferQueryDto,
    @RequestLocale() locale: Locale,
  ): Promise<Page<OfferSummaryView>> {
    return this.listings.forCompany(user, companyId, query, locale);
  }
}
