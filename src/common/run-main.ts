let stopping = false;

/**
 * Runs an entry point and turns a start-up failure into one line on stderr and exit code 1:
 * an operator reads what is wrong (which variable, which component) without a stack trace.
 * Set DEBUG_STARTUP=1 to see the stack as well.
 */
export function runMain(name: string, main: () => Promise<unknown>): void {
  process.on('unhandledRejection', (reason: unknown) => {
    // BullMQ 5 rejects a queue connection's start-up when the queue is closed before Redis was ready, after it has
    // removed every listener: harmless once the process is stopping (a CLI closing at once on a busy machine).
    if (stopping && reason instanceof Error && reason.message === 'Connection is closed.') return;
    process.stderr.write(
      `${name}: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}\n`,
    );
    process.exit(1);
  });
  main().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${name}: ${message.split('\n')[0]}\n`);
    if (process.env.DEBUG_STARTUP) console.error(error);
    process.exit(1);
  });
}

/** The process is closing its application: connections closed mid-start are expected from now on. */
export function markStopping(): void {
  stopping = true;
}
