import {
  Body,
  Controller,
  Get,
  Header,
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
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { Role } from '../../common/auth/role.enum';
import { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { ProblemDetails } from '../../common/errors/problem-details';
import { UploadedFile as StoredUpload } from '../../documents/document-uploads.service';
import { DocumentUploadInterceptor } from '../../documents/upload/document-upload.interceptor';
import { contentDisposition } from '../../documents/upload/file-name';
import { uuidParam } from '../../common/validation/uuid-param.pipe';
import { AgreementIssuerService } from './agreement-issuer.service';
import { AgreementReadsService } from './agreement-reads.service';
import { AgreementRemindersService } from './agreement-reminders.service';
import { AgreementScanService } from './agreement-scan.service';
import { AgreementView } from './dto/agreement.view';
import { AmendmentDto } from './dto/amendment.dto';
import { AgreementVersionQueryDto } from './dto/version-query.dto';

const MANAGERS = [Role.ProgrammeManager, Role.Admin];

@ApiTags('agreements')
@ApiBearerAuth()
@ApiForbiddenResponse({ type: ProblemDetails, description: 'The role or the part in the internship may not do this' })
@ApiNotFoundResponse({ type: ProblemDetails, description: 'No such internship or agreement among the caller’s' })
@Controller('internships/:id/agreement')
export class AgreementsController {
  constructor(
    private readonly issuer: AgreementIssuerService,
    private readonly reads: AgreementReadsService,
    private readonly scans: AgreementScanService,
    private readonly reminders: AgreementRemindersService,
  ) {}

  @Post()
  @Roles(...MANAGERS)
  @ApiOperation({
    summary: 'Issue the internship agreement ("convention de stage") and send each party its signature link',
    description:
      'The PDF is generated from the internship (student, programme, company, tutors, dates, allowance of the offer). ' +
      'The student, the company (its tutor, or an active contact) and the university (the programme manager) each ' +
      "receive a one-time link by e-mail; no account is needed to sign. This performs the workflow's `agreement` " +
      "step: the internship must have started and the step's prerequisites (in the default template the sheet and " +
      'the tutors) be validated; once every party signed, the step is validated.',
  })
  @ApiCreatedResponse({ type: AgreementView })
  @ApiConflictResponse({
    type: ProblemDetails,
    description:
      'Already issued; the internship has not started (agreement_internship_not_running); prerequisite steps not ' +
      'validated (agreement_prerequisites_missing, with `missing`: their keys); or the internship lacks what it needs',
  })
  issue(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<AgreementView> {
    return this.issuer.issue(user, id);
  }

  @Post('reminders')
  @Roles(...MANAGERS)
  @ApiOperation({
    summary: 'Re-send the signature links of the current version to the parties that have not signed',
    description:
      'Each such party receives a fresh one-time link valid AGREEMENT_SIGNATURE_TTL from now; its previous link ' +
      '(lost, expired or not) stops working. Audited.',
  })
  @ApiCreatedResponse({ type: AgreementView })
  @ApiConflictResponse({
    type: ProblemDetails,
    description: 'The current version is already signed (agreement_not_pending)',
  })
  remind(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<AgreementView> {
    return this.reminders.remind(user, id);
  }

  @Get()
  @ApiOperation({
    summary: 'The agreement of an internship: its versions and who signed when (the internship’s parties)',
  })
  @ApiOkResponse({ type: AgreementView })
  get(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<AgreementView> {
    return this.reads.get(user, id);
  }

  @Get('pdf')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'Download the PDF of a version (the latest by default); the internship’s parties only' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async pdf(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: AgreementVersionQueryDto,
  ): Promise<StreamableFile> {
    return pdfFile(await this.reads.pdf(user, id, query.version));
  }

  @Get('scan')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'Download the scanned signed copy of a version (the latest by default)' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async scan(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: AgreementVersionQueryDto,
  ): Promise<StreamableFile> {
    return pdfFile(await this.reads.scan(user, id, query.version));
  }

  @Post('scan')
  @Roles(...MANAGERS)
  @UseInterceptors(DocumentUploadInterceptor)
  @ApiOperation({
    summary: 'Upload the scanned signed copy of the current version: it stands for every signature',
    description:
      'A PDF (checked from its content), no larger than UPLOAD_MAX_BYTES. Unused signature links stop working.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiCreatedResponse({ type: AgreementView })
  @ApiPayloadTooLargeResponse({ type: ProblemDetails, description: 'Larger than UPLOAD_MAX_BYTES' })
  @ApiUnsupportedMediaTypeResponse({ type: ProblemDetails, description: 'Not a PDF' })
  @ApiConflictResponse({ type: ProblemDetails, description: 'The current version is already signed' })
  uploadScan(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam('id')) id: string,
    @UploadedFile() file?: StoredUpload,
  ): Promise<AgreementView> {
    return this.scans.upload(user, id, file);
  }

  @Post('amendments')
  @Roles(...MANAGERS)
  @ApiOperation({
    summary: 'Amend the agreement ("avenant"): new dates and/or tutors, signed the same way',
    description:
      'A new version referencing the previous one, with the changes listed in its PDF and new signature links. ' +
      'The internship itself changes only once the amendment is signed by every party (or its scan uploaded).',
  })
  @ApiCreatedResponse({ type: AgreementView })
  @ApiConflictResponse({ type: ProblemDetails, description: 'The current version still awaits signatures' })
  amend(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: AmendmentDto,
  ): Promise<AgreementView> {
    return this.issuer.amend(user, id, dto);
  }
}

function pdfFile({ data, fileName }: { data: Buffer; fileName: string }): StreamableFile {
  return new StreamableFile(data, {
    type: 'application/pdf',
    length: data.length,
    disposition: contentDisposition(fileName),
  });
}
