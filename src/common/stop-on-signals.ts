import { INestApplicationContext, Logger } from '@nestjs/common';
import { markStopping } from './run-main';

const SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/**
 * Closes the application on SIGTERM or SIGINT (Ctrl-C), then exits 0: queues, pools and sockets are closed by the
 * modules' shutdown hooks. Nest's own hooks re-raise the signal after closing, which a supervisor reads as a crash.
 * Later signals during the close are only noted (a terminal's Ctrl-C reaches every process of the group, and the
 * start script then sends SIGTERM too); a close that hangs is cut after `graceMs`, with exit code 1.
 */
export function stopOnSignals(app: INestApplicationContext, name: string, graceMs = 20_000): void {
  const logger = new Logger(name);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.log(`${signal} received, already stopping`);
      return;
    }
    stopping = true;
    markStopping();
    logger.log(`${signal} received, stopping`);
    const timer = setTimeout(() => {
      logger.error(`did not stop within ${graceMs / 1000} s; exiting`);
      process.exit(1);
    }, graceMs);
    timer.unref();
    app.close().then(
      () => {
        logger.log('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error(`stopping failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  for (const signal of SIGNALS) process.on(signal, stop);
}
