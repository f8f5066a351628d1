import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
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
import { CreateRequestDto, UpdateRequestDto } from './dto/request-fields.dto';
import { RequestHistoryView, RequestView } from './dto/request.view';
import { HISTORY_READERS, REQUEST_READERS } from './request-read-scope';
import { RequestsService } from './requests.service';
import { uuidParam } from '../common/validation/uuid-param.pipe';

@ApiTags('requests')
@ApiBearerAuth()
@ApiForbiddenResponse({ type: ProblemDetails, description: 'The role may not call this route' })
@Controller('requests')
export class RequestsController {
  constructor(private readonly requests: RequestsService) {}

  @Post()
  @Roles(Role.Student)
  @ApiOperation({ summary: 'Start a draft internship request' })
  @ApiCreatedResponse({ type: RequestView })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateRequestDto): Promise<RequestView> {
    return this.requests.create(user, dto);
  }

  @Get('mine')
  @Roles(Role.Student)
  @ApiOperation({ summary: 'My requests, newest first' })
  @ApiOkResponse({ type: PageOf(RequestView) })
  listMine(@CurrentUser() user: AuthUser, @Query() page: PageQueryDto): Promise<Page<RequestView>> {
    return this.requests.listMine(user, page);
  }

  @Get(':id')
  @Roles(...REQUEST_READERS)
  @ApiOperation({ summary: 'One request: its student, their staff, or companies once published and visible' })
  @ApiOkResponse({ type: RequestView })
  @ApiNotFoundResponse({ type: ProblemDetails })
  get(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<RequestView> {
    return this.requests.get(user, id);
  }

  @Patch(':id')
  @Roles(Role.Student)
  @ApiOperation({ summary: 'Edit my request (every change is kept in its history)' })
  @ApiOkResponse({ type: RequestView })
  @ApiNotFoundResponse({ type: ProblemDetails })
  @ApiConflictResponse({ type: ProblemDetails, description: 'The request is archived' })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdateRequestDto,
  ): Promise<RequestView> {
    return this.requests.update(user, id, dto);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles(Role.Student)
  @ApiOperation({ summary: 'Publish my draft request (needs a CV)' })
  @ApiOkResponse({ type: RequestView })
  @ApiConflictResponse({ type: ProblemDetails, description: 'Not a draft, or no CV uploaded' })
  publish(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<RequestView> {
    return this.requests.publish(user, id);
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  @Roles(Role.Student)
  @ApiOperation({ summary: 'Take my published request back to draft' })
  @ApiOkResponse({ type: RequestView })
  @ApiConflictResponse({ type: ProblemDetails, description: 'The request is not published' })
  unpublish(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<RequestView> {
    return this.requests.unpublish(user, id);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles(Role.Student)
  @ApiOperation({ summary: 'Archive my request (final)' })
  @ApiOkResponse({ type: RequestView })
  @ApiConflictResponse({ type: ProblemDetails, description: 'Already archived' })
  archive(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<RequestView> {
    return this.requests.archive(user, id);
  }

  @Get(':id/history')
  @Roles(...HISTORY_READERS)
  @ApiOperation({ summary: 'Changes of a request, newest first' })
  @ApiOkResponse({ type: PageOf(RequestHistoryView) })
  @ApiNotFoundResponse({ type: ProblemDetails })
  history(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam('id')) id: string,
    @Query() page: PageQueryDto,
  ): Promise<Page<RequestHistoryView>> {
    return this.requests.history(user, id, page);
  }
}
