import { Body, Controller, Get, Header, HttpCode, Param, Post, StreamableFile } from '@nestjs/common';
import {
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '../../common/auth/auth.decorators';
import { ProblemDetails } from '../../common/errors/problem-details';
import { contentDisposition } from '../../documents/upload/file-name';
import { RateLimit } from '../../rate-limit/rate-limit.decorator';
import { AgreementSigningService } from './agreement-signing.service';
import { ClientInfo, CurrentClient } from './client-info.decorator';
import { SignatureRequestView } from './dto/agreement.view';
import { SignAgreementDto } from './dto/sign.dto';

@ApiTags('agreements')
@Public()
@RateLimit('signatureLinkPerIp')
@ApiNotFoundResponse({ type: ProblemDetails, description: 'No such link' })
@ApiGoneResponse({ type: ProblemDetails, description: 'The link was used or has expired' })
@Controller('agreement-signatures/:token')
export class AgreementSignaturesController {
  constructor(private readonly signing: AgreementSigningService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'What a one-time link signs: the agreement’s summary (no account needed)' })
  @ApiOkResponse({ type: SignatureRequestView })
  show(@Param('token') token: string): Promise<SignatureRequestView> {
    return this.signing.show(token);
  }

  @Get('pdf')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The PDF to read before signing, while the link is usable' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async pdf(@Param('token') token: string): Promise<StreamableFile> {
    const { data, fileName } = await this.signing.pdf(token);
    return new StreamableFile(data, {
      type: 'application/pdf',
      length: data.length,
      disposition: contentDisposition(fileName),
    });
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign with the typed name; the link is then spent',
    description: 'The name, time, IP address and user agent are kept in the internship’s audit.',
  })
  @ApiOkResponse({ type: SignatureRequestView })
  sign(
    @Param('token') token: string,
    @Body() dto: SignAgreementDto,
    @CurrentClient() client: ClientInfo,
  ): Promise<SignatureRequestView> {
    return this.signing.sign(token, dto, client);
  }
}
