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
import { Role } from '../../common/auth/role.enum';
import { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { ProblemDetails } from '../../common/errors/problem-details';
import { Page, PageOf } from '../../common/paging/page';
import { uuidParam } from '../../common/validation/uuid-param.pipe';
import { CreateJournalCommentDto, CreateJournalEntryDto, JournalQueryDto } from './dto/journal.dto';
import { JournalCommentView, JournalEntryView } from './dto/journal.view';
import { JournalsService } from './journals.service';

/** Anyone who may play a part in an internship; the service checks the part. */
const PARTY_ROLES = [Role.Student, Role.CompanyContact, Role.AcademicTutor, Role.YearManager, Role.ProgrammeManager];
/** Tutors are company contacts or university staff. */
const TUTOR_ROLES = [Role.CompanyContact, Role.AcademicTutor, Role.YearManager, Role.ProgrammeManager];

@ApiTags('journals')
@ApiBearerAuth()
@ApiForbiddenResponse({ type: ProblemDetails, description: 'The role may not call this route' })
@ApiNotFoundResponse({ type: ProblemDetails, description: 'No such internship among those the caller takes part in' })
@Controller('internships/:id/journal')
export class JournalsController {
  constructor(private readonly journals: JournalsService) {}

  @Get()
  @Roles(...PARTY_ROLES)
  @ApiOperation({
    summary: '"Journaux de stage": the internship journal, newest day first, with the tutors’ comments',
    description:
      'Its student, its company tutor (no other company contact), its academic tutor, its year and programme managers.',
  })
  @ApiOkResponse({ type: PageOf(JournalEntryView) })
  list(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: JournalQueryDto,
  ): Promise<Page<JournalEntryView>> {
    return this.journals.list(user, id, query);
  }

  @Post()
  @Roles(Role.Student)
  @ApiOperation({
    summary: 'The student writes a dated entry: tasks, difficulties, hours',
    description: 'An entry reporting a difficulty is flagged and e-mailed to both tutors.',
  })
  @ApiCreatedResponse({ type: JournalEntryView })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'Invalid fields, or a date outside the internship' })
  @ApiConflictResponse({ type: ProblemDetails, description: 'The internship is not in progress' })
  add(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: CreateJournalEntryDto,
  ): Promise<JournalEntryView> {
    return this.journals.addEntry(user, id, dto);
  }

  @Post(':entryId/comments')
  @Roles(...TUTOR_ROLES)
  @ApiOperation({ summary: 'A tutor (company or academic) comments on a journal entry' })
  @ApiCreatedResponse({ type: JournalCommentView })
  @ApiConflictResponse({ type: ProblemDetails, description: 'The internship is neither in progress nor completed' })
  comment(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam('id')) id: string,
    @Param('entryId', uuidParam('entryId')) entryId: string,
    @Body() dto: CreateJournalCommentDto,
  ): Promise<JournalCommentView> {
    return this.journals.comment(user, id, entryId, dto);
  }
}
