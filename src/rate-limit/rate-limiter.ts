import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { redisOptionsFromUrl } from '../queue/redis-connection';
import { LocalWindows } from './local-windows';
import { WindowCount } from './rate-window';

export interface CounterHit {
  /** Key within the limiter's namespace, e.g. `loginPerIp:ip:127.0.0.1`. */
  key: string;
  windowSeconds: number;
}

/**
 * Fixed-window counters in Redis. One MULTI per request: `SET key 0 PX window NX` starts a window,
 * `INCR` counts (keeping the expiry), `PTTL` tells how long is left. No Lua, any Redis version.
 */
@Injectable()
export class RateLimiter implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('RateLimit');
  private readonly prefix: string;
  // Its own connection that fails fast: no offline queue, no retried commands, a short command timeout. The
  // shared connection would make a request wait for Redis to come back.
  private readonly redis: Redis;
  private unreachable = false;
  private lastConnectionError = '';
  private readonly local = new LocalWindows();

  constructor(config: AppConfig) {
    this.prefix = `${config.queue.prefix}:rate-limit:`;
    this.redis = new Redis({
      ...redisOptionsFromUrl(config.redis.url),
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 2000,
      commandTimeout: 500,
      retryStrategy: () => 1000,
    });
    // Reported once per outage by count(), not as an unhandled event per retry.
    this.redis.on('error', (error: Error) => (this.lastConnectionError = error.message));
  }

  async onModuleInit(): Promise<void> {
    // Connected before the first request when Redis is up; when it is not, ioredis keeps retrying.
    await this.redis.connect().catch(() => undefined);
  }

  /**
   * Counts one request in each window, in Redis. When Redis cannot answer, in this process's memory instead: the
   * limits still hold (per process) and the API never waits for Redis, nor opens its doors while it is away.
   */
  async count(hits: CounterHit[]): Promise<WindowCount[]> {
    if (hits.length === 0) return [];
    try {
      const multi = this.redis.multi();
      for (const hit of hits) {
        const key = this.prefix + hit.key;
        multi
          .set(key, 0, 'PX', hit.windowSeconds * 1000, 'NX')
          .incr(key)
          .pttl(key);
      }
      const replies = await multi.exec();
      if (!replies) throw new Error('transaction aborted');
      const failed = replies.find(([error]) => error);
      if (failed) throw failed[0];
      const counts = hits.map((_, i) => ({
        count: Number(replies[3 * i + 1][1]),
        ttlMs: Number(replies[3 * i + 2][1]),
      }));
      if (this.unreachable) {
        this.unreachable = false;
        this.logger.log('Redis reachable again: rate limits are counted in Redis');
      }
      return counts;
    } catch (error) {
      if (!this.unreachable) {
        this.unreachable = true;
        const reason =
          this.redis.status !== 'ready' && this.lastConnectionError
            ? this.lastConnectionError
            : error instanceof Error
              ? error.message
              : String(error);
        this.logger.warn(`Redis unreachable (${reason}): rate limits are counted in this process until it is back`);
      }
      return this.local.count(hits);
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
