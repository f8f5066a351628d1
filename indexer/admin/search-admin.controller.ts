import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '../../src/common/auth/role.enum';
import { Roles } from '../../src/common/auth/auth.decorators';
import { RebuildStartedDto, SearchStatusDto } from './search-status.dto';
import { SearchStatusService } from './search-status.service';

@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('admin/search')
export class SearchAdminController {
  constructor(private readonly status: SearchStatusService) {}

  @Get('status')
  @ApiOperation({ summary: 'Search sync backlog and errors, the live index, the last rebuild' })
  @ApiOkResponse({ type: SearchStatusDto })
  get() {
    return this.status.status();
  }

  @Post('rebuild')
  @HttpCode(202)
  @ApiOperation({ summary: 'Start a full rebuild of every index now (the worker runs them; 409 while one runs)' })
  @ApiAcceptedResponse({ type: RebuildStartedDto })
  rebuild() {
    return this.status.startRebuild();
  }
}
