import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Runs inside the drain transaction once these entities' documents reached the index (written or deleted). */
export type IndexSyncHook = (manager: EntityManager, entityIds: string[]) => Promise<void>;

/**
 * Lets other modules follow what the drain has just indexed, durably: a hook writes its own rows in the same
 * transaction that marks the outbox rows processed, so a follow-up is recorded if and only if the sync is.
 */
@Injectable()
export class IndexSyncHooks {
  private readonly hooks = new Map<string, IndexSyncHook[]>();

  /** `index`: the name of a registered projection (`SearchIndexDefinition.name`). */
  register(index: string, hook: IndexSyncHook): void {
    this.hooks.set(index, [...(this.hooks.get(index) ?? []), hook]);
  }

  async run(manager: EntityManager, index: string, entityIds: string[]): Promise<void> {
    if (entityIds.length === 0) return;
    for (const hook of this.hooks.get(index) ?? []) await hook(manager, entityIds);
  }
}
