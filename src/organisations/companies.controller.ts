import { RateLimit } from '../rate-limit/rate-limit.decorator';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Role } from '../common/auth/role.enum';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Public, Roles } from '../common/auth/auth.decorators';
import { PageOf } from '../common/paging/page';
import { PageQueryDto } from '../common/paging/page-query.dto';
import { ProblemDetails } from '../common/errors/problem-details';
import { CompaniesService } from './companies.service';
import { CompanyApprovalsService } from './company-approvals.service';
import { CompanyMembershipsService } from './company-memberships.service';
import {
  CompanyApprovalDecisionDto,
  CompanyApprovalDto,
  CompanyApprovalQueryDto,
  CompanyDto,
  CompanyLookupQueryDto,
  CompanySummaryDto,
  UpdateCompanyDto,
} from './dto/company.dto';
import { JoinDecisionDto, JoinRequestDto } from './dto/membership.dto';

@ApiTags('companies')
@Controller('companies')
export class CompaniesController {
  constructor(
    private readonly companies: CompaniesService,
    private readonly memberships: CompanyMembershipsService,
    private readonly approvalsService: CompanyApprovalsService,
  ) {}

  @Public()
  @RateLimit('companyLookupPerIp')
  @Get('lookup')
  @ApiOperation({
    summary: '"Is my company already registered?" by name (case and accents ignored) or registration number',
  })
  @ApiOkResponse({ type: PageOf(CompanySummaryDto) })
  lookup(@Query() query: CompanyLookupQueryDto) {
    return this.companies.lookup(query);
  }

  @Get('approvals')
  @ApiBearerAuth()
  @Roles(Role.Admin, Role.ProgrammeManager)
  @ApiOperation({
    summary:
      'Registered companies by approval status (pending first-come first): all for an admin, partners of their university for a programme manager',
  })
  @ApiOkResponse({ type: PageOf(CompanyApprovalDto) })
  approvals(@CurrentUser() user: AuthUser, @Query() query: CompanyApprovalQueryDto) {
    return this.approvalsService.list(user, query);
  }

  @Post(':id/approval')
  @HttpCode(200)
  @ApiBearerAuth()
  @Roles(Role.Admin, Role.ProgrammeManager)
  @ApiOperation({
    summary: 'Approve or reject a pending company; its contacts are e-mailed the decision and the reason',
  })
  @ApiOkResponse({ type: CompanyApprovalDto })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'No such company in the caller’s approval queue' })
  @ApiConflictResponse({
    type: ProblemDetails,
    description: 'The company is not pending (code company_approval_not_pending)',
  })
  approve(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CompanyApprovalDecisionDto,
  ) {
    return this.approvalsService.decide(user, id, body);
  }

  @Get(':id')
  @ApiBearerAuth()
  @Roles(Role.CompanyContact, Role.Admin)
  @ApiOperation({ summary: 'The company of the caller ("Mon entreprise")' })
  @ApiOkResponse({ type: CompanyDto })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.companies.get(user, id);
  }

  @Patch(':id')
  @ApiBearerAuth()
  @Roles(Role.CompanyContact, Role.Admin)
  @ApiOkResponse({ type: CompanyDto })
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateCompanyDto) {
    return this.companies.update(user, id, body);
  }

  @Get(':id/join-requests')
  @ApiBearerAuth()
  @Roles(Role.CompanyContact, Role.Admin)
  @ApiOperation({ summary: 'People asking to join the company as contacts' })
  @ApiOkResponse({ type: PageOf(JoinRequestDto) })
  joinRequests(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() page: PageQueryDto) {
    return this.memberships.listRequests(user, id, page);
  }

  @Post(':id/join-requests/:userId/decision')
  @HttpCode(204)
  @ApiBearerAuth()
  @Roles(Role.CompanyContact, Role.Admin)
  @ApiOperation({ summary: 'Approve or reject a request to join; the person is e-mailed' })
  decide(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() body: JoinDecisionDto,
  ) {
    return this.memberships.decide(user, id, userId, body.decision);
  }
}
