import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
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
  private timer?: NodeJS.Timeout;
  private pass?: Promise<void>;
  private stopped = false;
  private failures = 0;
  private redisReady = true;

  constructor(private readonly relay: MailRelayService) {}

  onApplicationBootstrap(): void {
    this.next(0);
  }

  /** Before the queue and the database close: stop the timer and let a running pass finish. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.pass;
  }

  private next(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.pass = this.runPass().finally(() => {
        this.pass = undefined;
        this.next(this.pauseMs());
      });
    }, delayMs);
  }

  private async runPass(): Promise<void> {
    try {
      const pass = await this.relay.relay();
      this.failures = 0;
      if (pass.redisReady !== this.redisReady) {
        this.redisReady = pass.redisReady;
        if (pass.redisReady) this.logger.log('Redis is back: relaying pending mails');
        else this.logger.warn('Redis is unreachable: mails stay pending in the outbox until it is back');
      }
      if (pass.requeued > 0) {
        this.logger.warn(`${pass.requeued} mail(s) queued too long without being sent: relaying again`);
      }
    } catch (error) {
      this.failures++;
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.error(
        `mail relay pass failed (next try in ${this.pauseMs()} ms): ${reason}`,
        error instanceof Error ? error.stack : undefined,
      );
    }
  }

  private pauseMs(): number {
    return Math.min(MAIL_RELAY.everyMs * 2 ** this.failures, MAIL_RELAY.maxBackoffMs);
  }
}
