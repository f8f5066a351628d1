import { ForegroundWork } from './foreground-work';

describe('ForegroundWork', () => {
  it('names a queue with work waiting, and none once nothing waits or the queue is taken off', async () => {
    const work = new ForegroundWork();
    let pdfs = 0;
    work.register('mail', () => Promise.resolve(0));
    const off = work.register('text extraction', () => Promise.resolve(pdfs));
    expect(await work.waiting()).toBeNull();
    pdfs = 3;
    expect(await work.waiting()).toBe('text extraction');
    off();
    expect(await work.waiting()).toBeNull();
  });

  it('counts a queue it cannot read as having nothing waiting', async () => {
    const work = new ForegroundWork();
    work.register('text extraction', () => Promise.reject(new Error('no answer from Redis within 500 ms')));
    expect(await work.waiting()).toBeNull();
  });
});
