import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class OutboxErrorDto {
  @ApiProperty() entityId!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty() lastError!: string;
  @ApiProperty() nextAttemptAt!: Date;
}

class OutboxStateDto {
  @ApiProperty({ description: 'Changes not yet in Elasticsearch' }) pending!: number;
  @ApiProperty({ description: 'Of those, changes the engine refused at least once (retried with back-off)' })
  failing!: number;
  @ApiProperty({ nullable: true, type: Date }) oldestPendingAt!: Date | null;
  @ApiProperty({ type: [OutboxErrorDto] }) recentErrors!: OutboxErrorDto[];
}

class RebuildStateDto {
  @ApiProperty() running!: boolean;
  @ApiPropertyOptional({ description: 'Progress of the running rebuild', example: { loaded: 4000, total: 10000 } })
  progress?: { loaded: number; total: number };
  @ApiPropertyOptional({ description: 'Why the rebuild jobs could not be read (Redis unreachable)' })
  error?: string;
  @ApiPropertyOptional({ description: 'The last finished rebuild job' })
  last?: { finishedAt: Date; state: 'completed' | 'failed'; result?: unknown; error?: string };
}

class IndexStateDto {
  @ApiProperty() alias!: string;
  @ApiProperty({ nullable: true, type: String }) index!: string | null;
  @ApiProperty({ nullable: true, type: Number }) documents!: number | null;
  @ApiPropertyOptional({ description: 'Why the engine could not be read' }) error?: string;
  @ApiProperty({ description: 'The rebuild of this index' }) rebuild!: RebuildStateDto;
}

export class SearchStatusDto {
  @ApiProperty() outbox!: OutboxStateDto;
  @ApiProperty() profiles!: IndexStateDto;
  @ApiProperty({ description: 'Published offers, read by the matching of requests to offers' }) offers!: IndexStateDto;
  @ApiProperty({ description: 'The rebuild of the profiles index (same as profiles.rebuild)' })
  rebuild!: RebuildStateDto;
}

class RebuildJobsDto {
  @ApiProperty() profiles!: string;
  @ApiProperty() offers!: string;
}

export class RebuildStartedDto {
  @ApiProperty({ description: 'The job of the profiles index' }) jobId!: string;
  @ApiProperty({ description: 'The job of each index' }) jobIds!: RebuildJobsDto;
}
