import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { Role } from '../common/auth/role.enum';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/auth.decorators';
import { ProblemDetails } from '../common/errors/problem-details';
import { REQUEST_READERS } from '../requests/request-read-scope';
import { uuidParam } from '../common/validation/uuid-param.pipe';
import { DocumentReadsService } from './document-reads.service';
import { PageQueryDto } from '../common/paging/page-query.dto';
import { Page, PageOf } from '../common/paging/page';
import { DocumentUploadsService, UploadedFile as StoredUpload } from './document-uploads.service';
import { DocumentView, UploadDocumentDto, UploadDocumentForm } from './dto/document.dto';
import { DocumentUploadInterceptor } from './upload/document-upload.interceptor';
import { contentDisposition } from './upload/file-name';

@ApiTags('documents')
@ApiBearerAuth()
@ApiForbiddenResponse({ type: ProblemDetails, description: 'The role may not call this route' })
@ApiNotFoundResponse({ type: ProblemDetails, description: 'No such document, or not one the caller may read' })
@Controller('documents')
export class DocumentsController {
  constructor(
    private readonly reads: DocumentReadsService,
    private readonly uploads: DocumentUploadsService,
  ) {}

  @Post()
  @Roles(Role.Student)
  @UseInterceptors(DocumentUploadInterceptor)
  @ApiOperation({
    summary: 'Upload a new file outside my requests, to send with an application',
    description: 'Then give its id when applying (cvDocumentId, letterDocumentId or otherDocumentIds).',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadDocumentForm })
  @ApiCreatedResponse({ type: DocumentView })
  @ApiPayloadTooLargeResponse({ type: ProblemDetails, description: 'Larger than UPLOAD_MAX_BYTES' })
  @ApiUnsupportedMediaTypeResponse({ type: ProblemDetails, description: 'The content is not of an accepted type' })
  @ApiConflictResponse({ type: ProblemDetails, description: 'Too many unsent documents outside requests' })
  upload(@CurrentUser() user: AuthUser, @Body() dto: UploadDocumentDto, @UploadedFile() file?: StoredUpload) {
    return this.uploads.uploadLoose(user, dto.kind, file);
  }

  @Get()
  @Roles(Role.Student)
  @ApiOperation({ summary: 'My documents outside any request (files for applications), newest first' })
  @ApiOkResponse({ type: PageOf(DocumentView) })
  listLoose(@CurrentUser() user: AuthUser, @Query() page: PageQueryDto): Promise<Page<DocumentView>> {
    return this.reads.listLoose(user, page);
  }

  @Get(':id')
  @Roles(...REQUEST_READERS)
  @ApiOperation({ summary: 'A document’s metadata, including whether its text could be read' })
  @ApiOkResponse({ type: DocumentView })
  get(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<DocumentView> {
    return this.reads.get(user, id);
  }

  @Get(':id/file')
  @Roles(...REQUEST_READERS)
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary: 'Download a document',
    description:
      'Its student and their staff; a company contact the documents a student sent with an application to one of ' +
      'its offers, and the CV or letter of a request published and visible to companies.',
  })
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async file(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<StreamableFile> {
    const { data, fileName, contentType } = await this.reads.file(user, id);
    return new StreamableFile(data, {
      type: contentType,
      length: data.length,
      disposition: contentDisposition(fileName),
    });
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(Role.Student)
  @ApiOperation({ summary: 'Delete one of my documents' })
  @ApiNoContentResponse()
  @ApiConflictResponse({
    type: ProblemDetails,
    description: 'The CV of a published request, an archived request, or a file sent with an application',
  })
  remove(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.uploads.remove(user, id);
  }
}
