import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ComponentHealth, HealthReport } from './component-health';

class ComponentHealthDto implements ComponentHealth {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty({ example: 3 }) latencyMs!: number;
  @ApiPropertyOptional({ example: 'connect ECONNREFUSED 127.0.0.1:9200' }) detail?: string;
}

class ComponentsDto {
  @ApiProperty() postgres!: ComponentHealthDto;
  @ApiProperty() redis!: ComponentHealthDto;
  @ApiProperty() elasticsearch!: ComponentHealthDto;
}

class WorkerStateDto {
  @ApiProperty({ nullable: true, type: String, description: 'Last heartbeat written by a worker process' })
  lastHeartbeatAt!: string | null;
}

export class HealthReportDto implements HealthReport {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status!: 'ok' | 'degraded';
  @ApiProperty() components!: ComponentsDto;
  @ApiProperty() worker!: WorkerStateDto;
}
