import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PollingLoop } from '../../src/common/polling-loop';
import { AppConfig } from '../../src/config/app-config';
import { OutboxDrainerService } from './outbox-drainer.service';

/**
 * Drains the search outbox continuously in the worker. A plain timer, not a BullMQ job: it must keep
 * working (and keep changes waiting safely) while Redis is down. Backs off while Elasticsearch is down.
 */
@Injectable()
export class OutboxDrainLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxDrainLoop.name);
  private lastPurge = 0;
  private readonly loop: PollingLoop;

  constructor(
    private readonly drainer: OutboxDrainerService,
    private readonly config: AppConfig,
  ) {
    this.loop = new PollingLoop(() => this.pass(), {
      everyMs: config.searchSync.idleMs,
      maxBackoffMs: 30_000,
      logger: this.logger,
      failed: (reason, retryInMs) => `search outbox: cannot drain (${reason}); changes wait, retry in ${retryInMs} ms`,
      logEveryNthFailure: 20,
      recovered: 'search outbox drains again',
    });
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** One pass; returns how long to wait before the next one (at once while a full batch came back). */
  private async pass(): Promise<number> {
    const { batchSize, idleMs } = this.config.searchSync;
    const result = await this.drainer.drainOnce(batchSize);
    if (result.failed > 0) this.logger.warn(`search outbox: ${result.failed} item(s) refused, retried later`);
    if (Date.now() - this.lastPurge > 3600_000) {
      this.lastPurge = Date.now();
      await this.drainer.purgeProcessed();
    }
    return result.claimed >= batchSize ? 0 : idleMs;
  }
}
