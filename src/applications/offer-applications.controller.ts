import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
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
import { Page, PageOf } from '../common/paging/page';
import { uuidParam } from '../common/validation/uuid-param.pipe';
import { ApplicationReviewService } from './application-review.service';
import { ApplicationSubmissionService } from './application-submission.service';
import { ApplyDto } from './dto/apply.dto';
import { ApplicationQueryDto, CompanyApplicationQueryDto } from './dto/application-review.dto';
import { ApplicationView } from './dto/application.view';

const COMPANY_SIDE = [Role.CompanyContact, Role.Admin];

/** Applications seen from an offer (apply, its answers) and from a company ("Consulter les réponses à mes offres"). */
@ApiTags('applications')
@ApiBearerAuth()
@ApiForbiddenResponse({ type: ProblemDetails, description: 'The role may not call this route' })
@ApiNotFoundResponse({ type: ProblemDetails, description: 'No such offer or company, or not one the caller may reach' })
@Controller()
export class OfferApplicationsController {
  constructor(
    private readonly submission: ApplicationSubmissionService,
    private readonly review: ApplicationReviewService,
  ) {}

  @Post('offers/:offerId/applications')
  @Roles(Role.Student)
  @ApiOperation({
    summary: 'Apply to a published offer aimed at me, with a message, a CV and a letter, and other documents',
    description: 'The CV and letter of `requestId` unless given by id; new files first with POST /documents.',
  })
  @ApiCreatedResponse({ type: ApplicationView })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'Missing or foreign documents, named by field' })
  @ApiConflictResponse({ type: ProblemDetails, description: 'Already applied, or the offer closed' })
  apply(
    @CurrentUser() user: AuthUser,
    @Param('offerId', uuidParam('offerId')) offerId: string,
    @Body() dto: ApplyDto,
  ): Promise<ApplicationView> {
    return this.submission.apply(user, offerId, dto);
  }

  @Get('offers/:offerId/applications')
  @Roles(...COMPANY_SIDE)
  @ApiOperation({ summary: 'The answers to one offer of my company, newest first' })
  @ApiOkResponse({ type: PageOf(ApplicationView) })
  forOffer(
    @CurrentUser() user: AuthUser,
    @Param('offerId', uuidParam('offerId')) offerId: string,
    @Query() query: ApplicationQueryDto,
  ): Promise<Page<ApplicationView>> {
    return this.review.listForOffer(user, offerId, query);
  }

  @Get('companies/:companyId/applications')
  @Roles(...COMPANY_SIDE)
  @ApiOperation({ summary: '"Consulter les réponses à mes offres": answers to all my company’s offers, newest first' })
  @ApiOkResponse({ type: PageOf(ApplicationView) })
  forCompany(
    @CurrentUser() user: AuthUser,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Query() query: CompanyApplicationQueryDto,
  ): Promise<Page<ApplicationView>> {
    return this.review.listForCompany(user, companyId, query);
  }
}
