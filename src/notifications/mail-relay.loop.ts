import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { PollingLoop } from '../common/polling-loop';
import { MAIL_RELAY } from './mail-queue';
import { MailRelayService } from './mail-relay.service';

/**
 * Runs the relay every 500 ms inside the worker. A timer rather than a BullMQ job scheduler: the relay's
 * job is to cope with Redis being away, so it must not depend on Redis to fire; and a job every 500 ms
 * would flood the queues with bookkeeping. Passes never overlap; after a failing pass the pause doubles.
 */
@Injectable()
export class MailRelayLoop implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MailRelayLoop.name);
  private redisReady = true;
  private readonly loop = new PollingLoop(() => this.runPass(), {
    everyMs: MAIL_RELAY.everyMs,
    maxBackoffMs: MAIL_RELAY.maxBackoffMs,
    logger: this.logger,
    failed: (reason, retryInMs) => `mail relay pass failed (next try in ${retryInMs} ms): ${reason}`,
    failureIsError: true,
  });

  constructor(private readonly relay: MailRelayService) {}

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  /** Before the queue and the database close: stop the timer and let a running pass finish. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  private async runPass(): Promise<void> {
    const pass = await this.relay.relay();
    if (pass.redisReady !== this.redisReady) {
      this.redisReady = pass.redisReady;
      if (pass.redisReady) this.logger.log('Redis is back: relaying pending mails');
      else this.logger.warn('Redis is unreachable: mails stay pending in the outbox until it is back');
    }
    if (pass.requeued > 0) {
      this.logger.warn(`${pass.requeued} mail(s) queued too long without being sent: relaying again`);
    }
  }
}
