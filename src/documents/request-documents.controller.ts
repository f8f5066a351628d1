import { Body, Controller, Get, Param, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { Role } from '../common/auth/role.enum';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/auth.decorators';
import { ProblemDetails } from '../common/errors/problem-details';
import { PageQueryDto } from '../common/paging/page-query.dto';
import { Page, PageOf } from '../common/paging/page';
import { REQUEST_READERS } from '../requests/request-read-scope';
import { uuidParam } from '../common/validation/uuid-param.pipe';
import { DocumentReadsService } from './document-reads.service';
import { DocumentUploadsService, UploadedFile as StoredUpload } from './document-uploads.service';
import { DocumentView, UploadDocumentDto, UploadDocumentForm } from './dto/document.dto';
import { DocumentUploadInterceptor } from './upload/document-upload.interceptor';

@ApiTags('documents')
@ApiBearerAuth()
@ApiForbiddenResponse({ type: ProblemDetails, description: 'The role may not call this route' })
@ApiNotFoundResponse({ type: ProblemDetails, description: 'No such request, or not one the caller may reach' })
@Controller('requests/:id/documents')
export class RequestDocumentsController {
  constructor(
    private readonly uploads: DocumentUploadsService,
    private readonly reads: DocumentReadsService,
  ) {}

  @Post()
  @Roles(Role.Student)
  @UseInterceptors(DocumentUploadInterceptor)
  @ApiOperation({
    summary: 'Upload a document to my request',
    description: 'A new CV or letter replaces the current one. The text of a PDF is read afterwards (see textStatus).',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadDocumentForm })
  @ApiCreatedResponse({ type: DocumentView })
  @ApiPayloadTooLargeResponse({ type: ProblemDetails, description: 'Larger than UPLOAD_MAX_BYTES' })
  @ApiUnsupportedMediaTypeResponse({ type: ProblemDetails, description: 'The content is not of an accepted type' })
  @ApiConflictResponse({ type: ProblemDetails, description: 'The request is archived, or holds too many documents' })
  upload(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam('id')) requestId: string,
    @Body() dto: UploadDocumentDto,
    @UploadedFile() file?: StoredUpload,
  ): Promise<DocumentView> {
    return this.uploads.upload(user, requestId, dto.kind, file);
  }

  @Get()
  @Roles(...REQUEST_READERS)
  @ApiOperation({ summary: 'The documents of a request (companies see its CV and letter only)' })
  @ApiOkResponse({ type: PageOf(DocumentView) })
  list(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam('id')) requestId: string,
    @Query() page: PageQueryDto,
  ): Promise<Page<DocumentView>> {
    return this.reads.listForRequest(user, requestId, page);
  }
}
