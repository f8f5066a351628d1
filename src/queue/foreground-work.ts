import { Injectable } from '@nestjs/common';

/** How many items of one kind of foreground work wait to be taken. */
export type WaitingCount = () => Promise<number>;

/**
 * Work that people wait for (a CV's text, before the request is searchable with it) goes before work nobody
 * watches (the matching behind tomorrow's digest). A module whose queue people wait on registers how many items
 * wait; background passes ask before each batch and give way while anything waits. On two cores a matching pass
 * takes most of one, and during a burst of uploads the readers fell behind it (bench/README.md).
 */
@Injectable()
export class ForegroundWork {
  private readonly queues = new Map<string, WaitingCount>();

  /** Returns what takes the queue off the list again. */
  register(name: string, waiting: WaitingCount): () => void {
    this.queues.set(name, waiting);
    return () => {
      if (this.queues.get(name) === waiting) this.queues.delete(name);
    };
  }

  /**
   * The name of a queue with work waiting, or null. A count that cannot be read (Redis away) counts as nothing
   * waiting: background work must not stop because a probe failed.
   */
  async waiting(): Promise<string | null> {
    for (const [name, count] of this.queues) {
      if ((await count().catch(() => 0)) > 0) return name;
    }
    return null;
  }
}
