import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Role } from '../../common/auth/role.enum';
import { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Public, Roles } from '../../common/auth/auth.decorators';
import { ProblemDetails } from '../../common/errors/problem-details';
import { contentDisposition } from '../../documents/upload/file-name';
import { RateLimit } from '../../rate-limit/rate-limit.decorator';
import { uuidParam } from '../../common/validation/uuid-param.pipe';
import { LabelCertificateView } from './dto/label.view';
import { LabelsService } from './labels.service';

@ApiTags('labels')
@Controller()
export class LabelsController {
  constructor(private readonly labels: LabelsService) {}

  @Get('internships/:id/label/certificate')
  @ApiBearerAuth()
  @Roles(Role.Student, Role.CompanyContact, Role.AcademicTutor, Role.YearManager, Role.ProgrammeManager)
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary: 'The SEMSEM-stages label certificate of an internship (PDF)',
    description:
      'Its student, the contacts of the host company and the internship’s staff (academic tutor, year and ' +
      'programme managers). It carries the verification code and the address of the public verification page.',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiForbiddenResponse({ type: ProblemDetails, description: 'The role may not call this route' })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'No such internship among those the caller may see' })
  @ApiConflictResponse({ type: ProblemDetails, description: 'The internship does not hold the label' })
  async certificate(@CurrentUser() user: AuthUser, @Param('id', uuidParam('id')) id: string): Promise<StreamableFile> {
    const { data, fileName } = await this.labels.certificate(user, id);
    return new StreamableFile(data, {
      type: 'application/pdf',
      length: data.length,
      disposition: contentDisposition(fileName),
    });
  }

  @Get('labels/:code')
  @Public()
  @RateLimit('labelLookupPerIp')
  @Header('Cache-Control', 'no-store')
  @Header('X-Robots-Tag', 'noindex')
  @ApiOperation({
    summary: 'Public verification of a label certificate by its code',
    description:
      'Shows only what the certificate shows. Codes are random; unknown and malformed codes get the same 404.',
  })
  @ApiOkResponse({ type: LabelCertificateView })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'No label has this code' })
  verify(@Param('code') code: string): Promise<LabelCertificateView> {
    return this.labels.verify(code);
  }
}
