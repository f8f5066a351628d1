import { Client } from '@elastic/elasticsearch';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { redisOptionsFromUrl } from '../queue/redis-connection';
import { WorkerHeartbeat } from '../system/worker-heartbeat';
import { mask } from '../config/load-config';
import { ElasticsearchHealth, HealthReport, NodeHealth, probe } from './component-health';

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
    const { nodes } = this.config.elasticsearch;
    const [postgres, redis, cluster, nodeHealths] = await Promise.all([
      probe(timeout, async () => {
        await this.dataSource.query('SELECT 1');
      }),
      probe(timeout, async () => {
        await this.redis.ping();
      }),
      probe(timeout, async () => {
        // This distribution has no `GET /`; cluster health is the liveness signal. Any node may answer for the
        // cluster (the client moves on from a dead one), hence one try per node.
        const health = await this.elasticsearch.cluster.health(
          {},
          { requestTimeout: timeout, maxRetries: nodes.length - 1 },
        );
        if (health.status === 'red') throw new Error('cluster status red');
        return `cluster status ${health.status}`;
      }),
      Promise.all(nodes.map((url) => this.probeNode(url, timeout))),
    ]);
    const elasticsearch: ElasticsearchHealth = { ...cluster, nodes: nodeHealths };
    const lastHeartbeatAt =
      redis.status === 'up' ? await new WorkerHeartbeat(this.redis, this.config.queue.prefix).read() : null;
    const allUp = [postgres, redis, elasticsearch].every((c) => c.status === 'up');
    return {
      status: allUp ? 'ok' : 'degraded',
      components: { postgres, redis, elasticsearch },
      worker: { lastHeartbeatAt },
    };
  }

  /** One node on its own, straight over HTTP: the shared client would hide a dead node behind a live one. */
  private async probeNode(url: string, timeout: number): Promise<NodeHealth> {
    const health = await probe(timeout, async () => {
      const { target, headers } = withoutCredentials(`${url}/_cluster/health?local=true`);
      const response = await fetch(target, { signal: AbortSignal.timeout(timeout), headers });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = (await response.json()) as { status?: string };
      return `cluster status ${body.status}`;
    });
    return { url: mask(url), ...health };
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}

/** fetch() refuses URLs with credentials: they move to a Basic authorization header. */
function withoutCredentials(url: string): { target: string; headers: Record<string, string> } {
  const parsed = new URL(url);
  if (!parsed.username && !parsed.password) return { target: url, headers: {} };
  const credentials = `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`;
  parsed.username = '';
  parsed.password = '';
  return {
    target: parsed.toString(),
    headers: { authorization: `Basic ${Buffer.from(credentials).toString('base64')}` },
  };
}
