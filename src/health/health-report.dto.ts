import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One component; the ComponentHealth of component-health.ts with what only admins see made optional. */
class ComponentHealthDto {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiPropertyOptional({ example: 3, description: 'Admins only' }) latencyMs?: number;
  @ApiPropertyOptional({ example: 'connect ECONNREFUSED 127.0.0.1:9200', description: 'Admins only' }) detail?: string;
}

class NodeHealthDto extends ComponentHealthDto {
  @ApiProperty({ example: 'http://127.0.0.1:9210' }) url!: string;
}

class ElasticsearchHealthDto extends ComponentHealthDto {
  @ApiPropertyOptional({
    type: [NodeHealthDto],
    description: 'Each node of ELASTICSEARCH_URL, probed on its own (admins only)',
  })
  nodes?: NodeHealthDto[];
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

export class HealthReportDto {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status!: 'ok' | 'degraded';
  @ApiProperty() components!: ComponentsDto;
  @ApiProperty() worker!: WorkerStateDto;
}
