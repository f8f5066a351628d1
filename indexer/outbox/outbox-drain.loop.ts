import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../src/config/app-config';
import { OutboxDrainerService } from './outbox-drainer.service';

/**
 * Drains the search outbox continuously in the worker. A plain timer, not a BullMQ job: it must keep
 * working (and keep changes waiting safely) while Redis is down. Backs off while Elasticsearch is down.
 */
@Injectable()
export class OutboxDrainLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxDrainLoop.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private failures = 0;
  private lastPurge = 0;

  constructor(
    private readonly drainer: OutboxDrainerService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.pass().then((next) => this.schedule(next));
    }, delayMs);
  }

  /** One pass; returns how long to wait before the next one. */
  private async pass(): Promise<number> {
    const { batchSize, idleMs } = this.config.searchSync;
    try {
      const result = await this.drainer.drainOnce(batchSize);
      if (this.failures > 0) this.logger.log('search outbox drains again');
      this.failures = 0;
      if (result.failed > 0) this.logger.warn(`search outbox: ${result.failed} item(s) refused, retried later`);
      if (Date.now() - this.lastPurge > 3600_000) {
        this.lastPurge = Date.now();
        await this.drainer.purgeProcessed();
      }
      return result.claimed >= batchSize ? 0 : idleMs;
    } catch (error) {
      this.failures += 1;
      const wait = Math.min(30_000, idleMs * 2 ** this.failures);
      if (this.failures === 1 || this.failures % 20 === 0) {
        this.logger.warn(
          `search outbox: cannot drain (${(error as Error).message}); changes wait, retry in ${wait} ms`,
        );
      }
      return wait;
    }
  }
}
