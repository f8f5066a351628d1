/**
 * Runs an entry point and turns a start-up failure into one line on stderr and exit code 1:
 * an operator reads what is wrong (which variable, which component) without a stack trace.
 * Set DEBUG_STARTUP=1 to see the stack as well.
 */
export function runMain(name: string, main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${name}: ${message.split('\n')[0]}\n`);
    if (process.env.DEBUG_STARTUP) console.error(error);
    process.exit(1);
  });
}
