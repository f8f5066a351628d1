import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
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
import {
  CreateWorkflowTemplateDto,
  WorkflowTemplateDetailView,
  WorkflowTemplateQueryDto,
  WorkflowTemplateView,
} from './dto/workflow-template.dto';
import { WorkflowTemplatesService } from './workflow-templates.service';

const STAFF = [Role.ProgrammeManager, Role.YearManager, Role.AcademicTutor, Role.Admin];

@ApiTags('internships')
@ApiBearerAuth()
@ApiForbiddenResponse({ type: ProblemDetails, description: 'The role may not call this route' })
@Controller()
export class WorkflowTemplatesController {
  constructor(private readonly templates: WorkflowTemplatesService) {}

  @Get('workflow-templates')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Workflow template versions: the platform default and the programmes’ own' })
  @ApiOkResponse({ type: PageOf(WorkflowTemplateView) })
  list(@Query() query: WorkflowTemplateQueryDto): Promise<Page<WorkflowTemplateView>> {
    return this.templates.list(query);
  }

  @Get('workflow-templates/:id')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'One template version with its steps' })
  @ApiOkResponse({ type: WorkflowTemplateDetailView })
  @ApiNotFoundResponse({ type: ProblemDetails })
  get(@Param('id', uuidParam('id')) id: string): Promise<WorkflowTemplateDetailView> {
    return this.templates.get(id);
  }

  @Post('programmes/:programmeId/workflow-templates')
  @Roles(Role.ProgrammeManager, Role.Admin)
  @ApiOperation({
    summary: 'Write the next version of my programme’s workflow template (the full step list)',
    description: 'Running internships keep the version they started with; internships started later take this one.',
  })
  @ApiCreatedResponse({ type: WorkflowTemplateDetailView })
  @ApiBadRequestResponse({
    type: ProblemDetails,
    description: 'Keys, prerequisites, cycles, parties: each problem names its field',
  })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'Not a programme I manage' })
  create(
    @CurrentUser() user: AuthUser,
    @Param('programmeId', uuidParam('programmeId')) programmeId: string,
    @Body() dto: CreateWorkflowTemplateDto,
  ): Promise<WorkflowTemplateDetailView> {
    return this.templates.createVersion(user, programmeId, dto);
  }
}
