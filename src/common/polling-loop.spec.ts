import { Logger } from '@nestjs/common';
import { PollingLoop, PollingLoopOptions } from './polling-loop';

function fakeLogger() {
  return { log: jest.fn(), warn: jest.fn(), error: jest.fn() };
}

/** A loop whose passes follow `outcomes` in turn (a number or nothing: succeed with it; an Error: fail), recording when each starts. */
function loopOf(outcomes: (number | void | Error)[], options: Partial<PollingLoopOptions> = {}) {
  const logger = fakeLogger();
  const starts: number[] = [];
  const t0 = Date.now();
  let i = 0;
  const loop = new PollingLoop(
    async () => {
      starts.push(Date.now() - t0);
      const outcome = outcomes[Math.min(i++, outcomes.length - 1)];
      if (outcome instanceof Error) throw outcome;
      return outcome;
    },
    {
      everyMs: 100,
      maxBackoffMs: 1000,
      logger: logger as unknown as Logger,
      failed: (reason, retryInMs) => `failed (retry in ${retryInMs} ms): ${reason}`,
      ...options,
    },
  );
  return { loop, logger, starts };
}

describe('PollingLoop', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs the first pass at once, then waits everyMs or the pause a pass returns', async () => {
    const { loop, starts } = loopOf([undefined, 0, 250, undefined]);
    loop.start();
    await jest.advanceTimersByTimeAsync(450);
    await loop.stop();
    // a pause of 0 is a timer of 1 ms (Node's smallest), as with real timers
    expect(starts).toEqual([0, 100, 101, 351]);
  });

  it('doubles the pause after each failure in a row, up to maxBackoffMs, and starts again from everyMs', async () => {
    const down = new Error('down');
    const { loop, starts } = loopOf([down, down, down, down, undefined, down, undefined]);
    loop.start();
    await jest.advanceTimersByTimeAsync(3000);
    await loop.stop();
    // pauses: 200, 400, 800, 1000 (capped), then 100 after the success, 200 after the next failure
    expect(starts.slice(0, 7)).toEqual([0, 200, 600, 1400, 2400, 2500, 2700]);
  });

  it('logs a failure as a warning, each one by default, and the recovery once', async () => {
    const { loop, logger } = loopOf([new Error('down'), new Error('still down'), 5, 5], { recovered: 'back' });
    loop.start();
    await jest.advanceTimersByTimeAsync(700);
    await loop.stop();
    expect(logger.warn.mock.calls).toEqual([
      ['failed (retry in 200 ms): down'],
      ['failed (retry in 400 ms): still down'],
    ]);
    expect(logger.log.mock.calls).toEqual([['back']]);
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('logs only the first and every n-th failure of a run when asked, as errors with the stack when asked', async () => {
    const down = new Error('down');
    const { loop, logger } = loopOf([down], { logEveryNthFailure: 3, failureIsError: true, maxBackoffMs: 100 });
    loop.start();
    await jest.advanceTimersByTimeAsync(650); // passes at 0, 100, ..., 600: seven failures
    await loop.stop();
    expect(logger.error.mock.calls.map(([message]) => message)).toEqual([
      'failed (retry in 100 ms): down',
      'failed (retry in 100 ms): down',
      'failed (retry in 100 ms): down',
    ]);
    expect(logger.error.mock.calls[0][1]).toBe(down.stack);
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('stop() waits for the running pass and no pass starts after it; passes never overlap', async () => {
    const logger = fakeLogger();
    let release: () => void = () => undefined;
    let running = 0;
    let most = 0;
    let passes = 0;
    const loop = new PollingLoop(
      async () => {
        passes++;
        running++;
        most = Math.max(most, running);
        await new Promise<void>((done) => (release = done));
        running--;
      },
      { everyMs: 10, maxBackoffMs: 10, logger: logger as unknown as Logger, failed: (reason) => reason },
    );
    loop.start();
    await jest.advanceTimersByTimeAsync(100); // the first pass hangs: no other starts
    expect(passes).toBe(1);
    let stopped = false;
    const stopping = loop.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(100);
    expect(stopped).toBe(false);
    release();
    await stopping;
    await jest.advanceTimersByTimeAsync(100);
    expect({ passes, most, running }).toEqual({ passes: 1, most: 1, running: 0 });
  });

  it('stop() before the next pass is due cancels it', async () => {
    const { loop, starts } = loopOf([undefined]);
    loop.start();
    await jest.advanceTimersByTimeAsync(50);
    await loop.stop();
    await jest.advanceTimersByTimeAsync(500);
    expect(starts).toEqual([0]);
  });
});
