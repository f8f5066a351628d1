import { RateLimit } from '../rate-limit/rate-limit.decorator';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
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
import { PageQueryDto } from '../common/paging/page-query.dto';
import { Page, PageOf } from '../common/paging/page';
import { uuidParam } from '../common/validation/uuid-param.pipe';
import { ApplicationMessagesService } from './application-messages.service';
import { ApplicationReviewService } from './application-review.service';
import { ApplicationMessageDto, ApplicationQueryDto, ChangeApplicationStatusDto } from './dto/application-review.dto';
import { ApplicationEventView, ApplicationView } from './dto/application.view';

const COMPANY_SIDE = [Role.CompanyContact, Role.Admin];

@ApiTags('applications')
@ApiBearerAuth()
@ApiForbiddenResponse({ type: ProblemDetails, description: 'The role may not call this route' })
@Controller()
export class ApplicationsController {
  constructor(
    private readonly review: ApplicationReviewService,
    private readonly messages: ApplicationMessagesService,
  ) {}

  @Get('me/applications')
  @Roles(Role.Student)
  @ApiOperation({ summary: 'My applications, newest first, with where each stands' })
  @ApiOkResponse({ type: PageOf(ApplicationView) })
  mine(@CurrentUser() user: AuthUser, @Query() query: ApplicationQueryDto): Promise<Page<ApplicationView>> {
    return this.review.listMine(user, query);
  }

  @Get('applications/:id')
  @Roles(Role.Student, ...COMPANY_SIDE)
  @ApiOperation({ summary: 'One application: its student, or a contact of the offer’s company' })
  @ApiOkResponse({ type: ApplicationView })
  @ApiNotFoundResponse({ type: ProblemDetails })
  get(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<ApplicationView> {
    return this.review.get(user, id);
  }

  @Post('applications/:id/status')
  @HttpCode(200)
  @Roles(...COMPANY_SIDE)
  @ApiOperation({
    summary: 'Set the status of an application to my company’s offer; the student is e-mailed',
    description:
      'received → read → shortlisted ⇄ interview → rejected | selected (final). Selecting creates the internship.',
  })
  @ApiOkResponse({ type: ApplicationView })
  @ApiNotFoundResponse({ type: ProblemDetails })
  @ApiConflictResponse({ type: ProblemDetails, description: 'Not a move allowed from the current status' })
  changeStatus(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: ChangeApplicationStatusDto,
  ): Promise<ApplicationView> {
    return this.review.changeStatus(user, id, dto);
  }

  @Post('applications/:id/messages')
  @Roles(Role.Student, ...COMPANY_SIDE)
  @RateLimit('applicationMessagesPerUser')
  @ApiOperation({
    summary: '"Contacter l’étudiant": a message relayed by e-mail (the student may answer once contacted)',
    description:
      'No address is shown in the API. The e-mail carries the sender’s address as Reply-To, so the student’s ' +
      'address reaches the company only when the student answers.',
  })
  @ApiCreatedResponse({ type: ApplicationEventView })
  @ApiNotFoundResponse({ type: ProblemDetails })
  @ApiConflictResponse({ type: ProblemDetails, description: 'A student writing before the company did' })
  sendMessage(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: ApplicationMessageDto,
  ): Promise<ApplicationEventView> {
    return this.messages.send(user, id, dto);
  }

  @Get('applications/:id/events')
  @Roles(Role.Student, ...COMPANY_SIDE)
  @ApiOperation({ summary: 'The timeline of an application: submission, statuses, messages, oldest first' })
  @ApiOkResponse({ type: PageOf(ApplicationEventView) })
  @ApiNotFoundResponse({ type: ProblemDetails })
  timeline(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam('id')) id: string,
    @Query() page: PageQueryDto,
  ): Promise<Page<ApplicationEventView>> {
    return this.messages.timeline(user, id, page);
  }
}
