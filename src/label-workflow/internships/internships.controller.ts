import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
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
import { Role } from '../../common/auth/role.enum';
import { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { ProblemDetails } from '../../common/errors/problem-details';
import { PageQueryDto } from '../../common/paging/page-query.dto';
import { Page, PageOf } from '../../common/paging/page';
import { uuidParam } from '../../common/validation/uuid-param.pipe';
import {
  CancelInternshipDto,
  CreateInternshipDto,
  InternshipQueryDto,
  UpdateInternshipDto,
} from './dto/internship.dto';
import { AuditEntryView, InternshipSummaryView, InternshipView } from './dto/internship.view';
import { InternshipDashboardService } from './internship-dashboard.service';
import { InternshipSheetService } from './internship-sheet.service';

const EVERYONE = Object.values(Role);

@ApiTags('internships')
@ApiBearerAuth()
@ApiForbiddenResponse({
  type: ProblemDetails,
  description: 'The role, or the part played in the internship, may not do this',
})
@Controller('internships')
export class InternshipsController {
  constructor(
    private readonly dashboard: InternshipDashboardService,
    private readonly sheet: InternshipSheetService,
  ) {}

  @Get()
  @Roles(...EVERYONE)
  @ApiOperation({
    summary: '"Suivi global des stagiaires": the internships I follow, with their progress',
    description:
      'Students: theirs; company contacts: their company’s; tutors: theirs; year managers: their programme and year; programme managers: their programmes; admins: all.',
  })
  @ApiOkResponse({ type: PageOf(InternshipSummaryView) })
  list(@CurrentUser() user: AuthUser, @Query() query: InternshipQueryDto): Promise<Page<InternshipSummaryView>> {
    return this.dashboard.list(user, query);
  }

  @Post()
  @Roles(Role.ProgrammeManager, Role.Admin)
  @ApiOperation({ summary: 'Record a direct agreement (without an offer) for a student of my programme' })
  @ApiCreatedResponse({ type: InternshipView })
  @ApiBadRequestResponse({ type: ProblemDetails })
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateInternshipDto): Promise<InternshipView> {
    return this.dashboard.get(user, await this.sheet.create(user, dto));
  }

  @Get(':id')
  @Roles(...EVERYONE)
  @ApiOperation({ summary: 'The dashboard of an internship: steps by phase, done / to do / overdue, and every detail' })
  @ApiOkResponse({ type: InternshipView })
  @ApiNotFoundResponse({ type: ProblemDetails })
  get(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<InternshipView> {
    return this.dashboard.get(user, id);
  }

  @Patch(':id')
  @Roles(Role.CompanyContact, Role.ProgrammeManager, Role.Admin)
  @ApiOperation({
    summary: 'Complete or edit the "fiche de stage" (audited with before and after)',
    description:
      'The host company’s contacts: dates, title, description, company tutor, before the start. The programme manager: everything, until completion. ' +
      'A tutor set to null is removed before the start only; afterwards replaced (409 naming the field). A tutor assigned once their turn is open is e-mailed.',
  })
  @ApiOkResponse({ type: InternshipView })
  @ApiBadRequestResponse({ type: ProblemDetails })
  @ApiNotFoundResponse({ type: ProblemDetails })
  @ApiConflictResponse({ type: ProblemDetails })
  async update(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdateInternshipDto,
  ): Promise<InternshipView> {
    await this.sheet.update(user, id, dto);
    return this.dashboard.get(user, id);
  }

  @Post(':id/start')
  @HttpCode(200)
  @Roles(Role.ProgrammeManager, Role.Admin)
  @ApiOperation({
    summary: 'Start the label workflow on my programme’s newest template; whoever acts first is e-mailed',
  })
  @ApiOkResponse({ type: InternshipView })
  @ApiNotFoundResponse({ type: ProblemDetails })
  @ApiConflictResponse({ type: ProblemDetails, description: 'Already started, or the sheet is incomplete' })
  async start(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<InternshipView> {
    await this.sheet.start(user, id);
    return this.dashboard.get(user, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles(Role.ProgrammeManager, Role.Admin)
  @ApiOperation({
    summary: 'Cancel the internship (its programme manager, or an admin), with a reason',
    description:
      'From setup, in progress or completed. The student and the tutors are e-mailed; no step is submitted, validated or reminded afterwards.',
  })
  @ApiOkResponse({ type: InternshipView })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'No reason given' })
  @ApiNotFoundResponse({ type: ProblemDetails })
  @ApiConflictResponse({ type: ProblemDetails, description: 'Already labelled or cancelled' })
  async cancel(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: CancelInternshipDto,
  ): Promise<InternshipView> {
    await this.sheet.cancel(user, id, dto);
    return this.dashboard.get(user, id);
  }

  @Get(':id/audit')
  @Roles(Role.ProgrammeManager, Role.Admin)
  @ApiOperation({ summary: 'Every act on the internship: who, when, from what (oldest first)' })
  @ApiOkResponse({ type: PageOf(AuditEntryView) })
  @ApiNotFoundResponse({ type: ProblemDetails })
  audit(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam('id')) id: string,
    @Query() page: PageQueryDto,
  ): Promise<Page<AuditEntryView>> {
    return this.dashboard.audit(user, id, page);
  }
}
