import { Body, Controller, Delete, Get, HttpCode, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/auth.decorators';
import { RateLimit } from '../rate-limit/rate-limit.decorator';
import { AccountDeletionService } from './deletion/account-deletion.service';
import { AccountDeletedDto, DeleteAccountDto } from './dto/delete-account.dto';
import { DataExportService } from './export/data-export.service';

/** The caller's own data, any role: take it away, or delete the account. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class PersonalDataController {
  constructor(
    private readonly exports: DataExportService,
    private readonly deletion: AccountDeletionService,
  ) {}

  @Get('export')
  @ApiOperation({
    summary:
      'Everything the platform holds about the caller, as a zip streamed (manifest.json first, JSON, then their files)',
    description:
      'X-Export-Documents and X-Export-Document-Bytes announce the files to come (their total raw size: the zip is a little larger).',
  })
  @ApiProduces('application/zip')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async export(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const prepared = await this.exports.prepare(user);
    res.setHeader('X-Export-Documents', String(prepared.documentCount));
    res.setHeader('X-Export-Document-Bytes', String(prepared.documentBytes));
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(prepared.archive, {
      type: 'application/zip',
      disposition: `attachment; filename="${prepared.fileName}"`,
    });
  }

  @Delete()
  @HttpCode(200)
  // A password check: counted with the log-ins from the same address, so a stolen session cannot guess it at will.
  @RateLimit('loginPerIp')
  @ApiOperation({
    summary:
      'Deletes the caller’s account and their data, confirmed by their password; granted labels stay verifiable without the name',
  })
  @ApiOkResponse({ type: AccountDeletedDto })
  delete(@CurrentUser() user: AuthUser, @Body() body: DeleteAccountDto): Promise<AccountDeletedDto> {
    return this.deletion.delete(user, body.password);
  }
}
