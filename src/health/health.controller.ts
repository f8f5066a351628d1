import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Role } from '../common/auth/role.enum';
import { OptionalUser, Public } from '../common/auth/auth.decorators';
import { AuthUser } from '../common/auth/auth-user';
import { summarise } from './component-health';
import { Response } from 'express';
import { HealthReportDto } from './health-report.dto';
import { HealthService } from './health.service';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({
    summary: 'State of Postgres, Redis and Elasticsearch',
    description: 'Anyone reads the states; latencies, error details and Elasticsearch nodes are shown to admins only.',
  })
  @ApiResponse({ status: 200, type: HealthReportDto, description: 'Every component is up' })
  @ApiResponse({ status: 503, type: HealthReportDto, description: 'At least one component is down' })
  async check(
    @OptionalUser() user: AuthUser | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<HealthReportDto> {
    const report = await this.health.check();
    res.status(report.status === 'ok' ? 200 : 503);
    // Connection errors and node addresses map the inside of the platform: not for anonymous callers.
    return user?.role === Role.Admin ? report : summarise(report);
  }
}
