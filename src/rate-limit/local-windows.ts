import { CounterHit } from './rate-limiter';
import { WindowCount } from './rate-window';

/**
 * Fixed-window counters in this process's memory: the limiter's fallback while Redis is away, so the limits still
 * hold (per process: with several API processes each counts on its own). Bounded: expired windows are dropped as
 * they are met, and past `maxKeys` the oldest windows go first.
 */
export class LocalWindows {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  constructor(
    private readonly maxKeys = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  count(hits: CounterHit[]): WindowCount[] {
    const now = this.now();
    return hits.map(({ key, windowSeconds }) => {
      let window = this.windows.get(key);
      if (!window || window.endsAt <= now) {
        this.windows.delete(key);
        window = { count: 0, endsAt: now + windowSeconds * 1000 };
        this.windows.set(key, window);
        this.evict();
      }
      window.count += 1;
      return { count: window.count, ttlMs: window.endsAt - now };
    });
  }

  get size(): number {
    return this.windows.size;
  }

  /** Past `maxKeys`, the oldest windows go (a Map iterates in insertion order; an expired one is dropped when met). */
  private evict(): void {
    for (const key of this.windows.keys()) {
      if (this.windows.size <= this.maxKeys) return;
      this.windows.delete(key);
    }
  }
}
