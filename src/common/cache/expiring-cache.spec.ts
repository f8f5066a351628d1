import { ExpiringCache } from './expiring-cache';

describe('ExpiringCache', () => {
  it('answers until the entry expires, then loads again', async () => {
    let now = 1_000;
    const cache = new ExpiringCache<string, number>(500, 10, () => now);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.getOrLoad('a', load)).toBe(1);
    now += 499;
    expect(await cache.getOrLoad('a', load)).toBe(1);
    now += 1;
    expect(cache.get('a')).toBeUndefined();
    expect(await cache.getOrLoad('a', load)).toBe(2);
  });

  it('keeps at most maxEntries, dropping the oldest written', () => {
    const cache = new ExpiringCache<string, number>(60_000, 2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 3); // rewritten: now the newest
    cache.set('c', 4);
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.size]).toEqual([3, undefined, 4, 2]);
  });

  it('keeps nothing when the load fails', async () => {
    const cache = new ExpiringCache<string, number>(60_000, 2);
    await expect(cache.getOrLoad('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(cache.size).toBe(0);
  });
});
