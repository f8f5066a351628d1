import { Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DocumentTextQueue, ExtractTextPayload, MAX_WAITING_ADDS } from './document-text.queue';

/** Redis away: adds wait in the client's offline queue. The queue of uploads waiting for it must stay bounded. */
describe('DocumentTextQueue with Redis away', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('stops adding past MAX_WAITING_ADDS, and adds again once Redis answers', async () => {
    const pending: Array<() => void> = [];
    const add = jest.fn(() => new Promise<void>((resolve) => pending.push(resolve)));
    const queue = new DocumentTextQueue({ add } as unknown as Queue<ExtractTextPayload>);

    const outcomes = Array.from({ length: MAX_WAITING_ADDS + 20 }, (_, i) => queue.enqueue(`doc-${i}`));
    jest.advanceTimersByTime(2_000);
    expect(await Promise.all(outcomes)).toEqual(Array(MAX_WAITING_ADDS + 20).fill(false));
    expect(add).toHaveBeenCalledTimes(MAX_WAITING_ADDS);

    // Redis is back: the waiting adds go through and free their places.
    pending.forEach((resolve) => resolve());
    await Promise.resolve();
    await Promise.resolve();
    const next = queue.enqueue('doc-after');
    pending.at(-1)!();
    expect(await next).toBe(true);
    expect(add).toHaveBeenCalledTimes(MAX_WAITING_ADDS + 1);
  });
});
