import { Logger } from '@nestjs/common';

/** One pass of a loop; resolves to the pause before the next pass (ms), or to nothing for the loop's `everyMs`. */
export type PollingPass = () => Promise<number | void>;

export interface PollingLoopOptions {
  /** Pause after a pass that does not choose its own, and the base of the back-off. */
  everyMs: number;
  /** Longest pause after failing passes: the pause doubles with each failure in a row up to this. */
  maxBackoffMs: number;
  logger: Logger;
  /** The line logged when a pass fails; `retryInMs` is the pause before the next try. */
  failed: (reason: string, retryInMs: number) => string;
  /** Logs a failure as an error with its stack rather than as a warning. */
  failureIsError?: boolean;
  /** In a run of failures, logs the first and then every n-th only (default 1: every one). */
  logEveryNthFailure?: number;
  /** The line logged when a pass succeeds after failures, if any. */
  recovered?: string;
}

/**
 * A pass repeated on a plain timer (not a BullMQ job: the loops that use it must keep running while Redis is away).
 * Passes never overlap; after a failing pass the pause doubles; `stop()` lets a running pass finish.
 */
export class PollingLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private failures = 0;

  constructor(
    private readonly pass: PollingPass,
    private readonly options: PollingLoopOptions,
  ) {}

  /** Runs the first pass at once, then each after the previous one's pause. */
  start(): void {
    this.schedule(0);
  }

  /** No pass starts any more; resolves once the running one (if any) has finished. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runPass().then((next) => this.schedule(next));
    }, delayMs);
  }

  /** One pass, never rejecting; the pause before the next. */
  private async runPass(): Promise<number> {
    const { everyMs, maxBackoffMs, logger, recovered } = this.options;
    try {
      const next = await this.pass();
      if (this.failures > 0 && recovered) logger.log(recovered);
      this.failures = 0;
      return next ?? everyMs;
    } catch (error) {
      this.failures += 1;
      const wait = Math.min(maxBackoffMs, everyMs * 2 ** this.failures);
      if (this.failures === 1 || this.failures % (this.options.logEveryNthFailure ?? 1) === 0) {
        const message = this.options.failed(error instanceof Error ? error.message : String(error), wait);
        if (this.options.failureIsError) logger.error(message, error instanceof Error ? error.stack : undefined);
        else logger.warn(message);
      }
      return wait;
    }
  }
}
