import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ComponentHealth, ElasticsearchHealth, HealthReport, NodeHealth } from './component-health';

class ComponentHealthDto implements ComponentHealth {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty({ example: 3 }) latencyMs!: number;
  @ApiPropertyOptional({ example: 'connect ECONNREFUSED 127.0.0.1:9200' }) detail?: string;
}

class NodeHealthDto extends ComponentHealthDto implements NodeHealth {
  @ApiProperty({ example: 'http://127.0.0.1:9210' }) url!: string;
}

class ElasticsearchHealthDto extends ComponentHealthDto implements ElasticsearchHealth {
  @ApiProperty({ type: [NodeHealthDto], description: 'Each node of ELASTICSEARCH_URL, probed on its own' })
  nodes!: NodeHealthDto[];
}

class ComponentsDto {
  @ApiProperty() postgres!: ComponentHealthDto;
  @ApiProperty() redis!: ComponentHealthDto;
  @ApiProperty() elasticsearch!: ElasticsearchHealthDto;
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
