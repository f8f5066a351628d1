import { Client } from '@elastic/elasticsearch';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { redisOptionsFromUrl } from '../queue/redis-connection';
import { WorkerHeartbeat } from '../system/worker-heartbeat';
import { HealthReport, probe } from './component-health';

@Injectable()
export class HealthService implements OnModuleDestroy {
  // Its own connection that fails fast: BullMQ's connection retries commands forever while Redis is away.
  // A command sent while disconnected waits for the next reconnection attempt and fails with it.
  private readonly redis: Redis;

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly elasticsearch: Client,
  ) {
    this.redis = new Redis({
      ...redisOptionsFromUrl(config.redis.url),
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => 1000,
    });
    this.redis.on('error', () => undefined); // reported by /health, not as unhandled events
    this.redis.connect().catch(() => undefined);
  }

  async check(): Promise<HealthReport> {
    const timeout = this.config.health.timeoutMs;
    const [postgres, redis, elasticsearch] = await Promise.all([
      probe(timeout, async () => {
        await this.dataSource.query('SELECT 1');
      }),
      probe(timeout, async () => {
        await this.redis.ping();
      }),
      probe(timeout, async () => {
        // This distribution has no `GET /`; cluster health is the liveness signal.
        const health = await this.elasticsearch.cluster.health({}, { requestTimeout: timeout, maxRetries: 0 });
        if (health.status === 'red') throw new Error('cluster status red');
        return `cluster status ${health.status}`;
      }),
    ]);
    const lastHeartbeatAt =
      redis.status === 'up' ? await new WorkerHeartbeat(this.redis, this.config.queue.prefix).read() : null;
    const allUp = [postgres, redis, elasticsearch].every((c) => c.status === 'up');
    return {
      status: allUp ? 'ok' : 'degraded',
      components: { postgres, redis, elasticsearch },
      worker: { lastHeartbeatAt },
    };
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
