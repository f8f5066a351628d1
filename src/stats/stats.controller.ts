import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/auth.decorators';
import { PlatformStatsDto } from './platform-stats.dto';
import { StatsService } from './stats.service';

@ApiTags('stats')
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Platform figures: students, universities, published CVs (counts only, nothing personal)' })
  @ApiOkResponse({ type: PlatformStatsDto })
  platform(): Promise<PlatformStatsDto> {
    return this.stats.platform();
  }
}
