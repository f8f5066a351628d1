import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
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
import { uuidParam } from '../../common/validation/uuid-param.pipe';
import { ReturnStepDto, SubmitStepDto, ValidateStepDto } from '../internships/dto/internship.dto';
import { InternshipView } from '../internships/dto/internship.view';
import { InternshipDashboardService } from '../internships/internship-dashboard.service';
import { InternshipStepsService } from './internship-steps.service';

const STEP_KEY = /^[a-z][a-z0-9_]{0,39}$/;

@ApiTags('internships')
@ApiBearerAuth()
@ApiForbiddenResponse({ type: ProblemDetails, description: 'Not the party that performs or validates this step' })
@ApiNotFoundResponse({ type: ProblemDetails, description: 'Not an internship I follow, or no such step' })
@ApiConflictResponse({
  type: ProblemDetails,
  description: 'Prerequisites missing, or the step or internship is not at that stage',
})
@Controller('internships/:id/steps/:key')
export class InternshipStepsController {
  constructor(
    private readonly steps: InternshipStepsService,
    private readonly dashboard: InternshipDashboardService,
  ) {}

  @Post('submit')
  @HttpCode(200)
  @Roles(...Object.values(Role))
  @ApiOperation({
    summary: 'Hand in a step (its performer): a form, a document, a grade; the label decision (grant or refuse)',
    description: 'Whoever validates next, or performs the steps that open, is e-mailed.',
  })
  @ApiOkResponse({ type: InternshipView })
  @ApiBadRequestResponse({ type: ProblemDetails })
  async submit(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam('id')) id: string,
    @Param('key') key: string,
    @Body() dto: SubmitStepDto,
  ): Promise<InternshipView> {
    await this.steps.submit(user, id, stepKey(key), dto);
    return this.dashboard.get(user, id);
  }

  @Post('validate')
  @HttpCode(200)
  @Roles(...Object.values(Role))
  @ApiOperation({ summary: 'Validate a submitted step (each validator party); validated once all have' })
  @ApiOkResponse({ type: InternshipView })
  async validate(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam('id')) id: string,
    @Param('key') key: string,
    @Body() dto: ValidateStepDto,
  ): Promise<InternshipView> {
    await this.steps.validate(user, id, stepKey(key), dto);
    return this.dashboard.get(user, id);
  }

  @Post('return')
  @HttpCode(200)
  @Roles(...Object.values(Role))
  @ApiOperation({
    summary: 'Send a submitted step back to its performer (a validator of the step), with a comment',
    description: 'The step is to do again and its validations are cleared; the performer is e-mailed the comment.',
  })
  @ApiOkResponse({ type: InternshipView })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'No comment given' })
  async sendBack(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam('id')) id: string,
    @Param('key') key: string,
    @Body() dto: ReturnStepDto,
  ): Promise<InternshipView> {
    await this.steps.returnStep(user, id, stepKey(key), dto);
    return this.dashboard.get(user, id);
  }
}

/** A key that cannot name a step is simply not found. */
function stepKey(key: string): string {
  return STEP_KEY.test(key) ? key : '-';
}
