import { Controller, Delete, Get, Header, HttpCode, Param, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Role } from '../accounts/role.enum';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/auth.decorators';
import { ProblemDetails } from '../common/errors/problem-details';
import { REQUEST_READERS } from '../requests/request-read-scope';
import { uuidParam } from '../requests/uuid-param.pipe';
import { DocumentReadsService } from './document-reads.service';
import { DocumentUploadsService } from './document-uploads.service';
import { DocumentView } from './dto/document.dto';
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
      'Its student and their staff; a company contact only the CV or letter of a request published and visible ' +
      'to companies (or of a student who applied to one of its offers).',
  })
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async file(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<StreamableFile> {
    const { data, fileName, contentType } = await this.reads.file(user, id);
    return new StreamableFile(data, { type: contentType, length: data.length, disposition: contentDisposition(fileName) });
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(Role.Student)
  @ApiOperation({ summary: 'Delete one of my documents' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ProblemDetails, description: 'The CV of a published request, or an archived request' })
  remove(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.uploads.remove(user, id);
  }
}
