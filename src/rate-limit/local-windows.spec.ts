import { LocalWindows } from './local-windows';

describe('LocalWindows', () => {
  it('counts within a window and starts a new one once it has ended', () => {
    let now = 1_000_000;
    const windows = new LocalWindows(10, () => now);
    const hit = { key: 'loginPerIp:ip:1.2.3.4', windowSeconds: 60 };
    expect(windows.count([hit, hit])).toEqual([
      { count: 1, ttlMs: 60_000 },
      { count: 2, ttlMs: 60_000 },
    ]);
    now += 59_000;
    expect(windows.count([hit])).toEqual([{ count: 3, ttlMs: 1_000 }]);
    now += 1_000;
    expect(windows.count([hit])).toEqual([{ count: 1, ttlMs: 60_000 }]);
  });

  it('keeps at most maxKeys windows, dropping the oldest first', () => {
    const windows = new LocalWindows(3, () => 0);
    for (const key of ['a', 'b', 'c', 'd', 'e']) windows.count([{ key, windowSeconds: 60 }]);
    expect(windows.size).toBe(3);
    // 'a' was dropped: it starts again at 1; 'e' is still counted.
    expect(
      windows
        .count([
          { key: 'a', windowSeconds: 60 },
          { key: 'e', windowSeconds: 60 },
        ])
        .map((w) => w.count),
    ).toEqual([1, 2]);
  });
});
