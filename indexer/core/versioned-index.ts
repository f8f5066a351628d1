import { Client, errors } from '@elastic/elasticsearch';
import { Logger } from '@nestjs/common';
import { IndexLayout } from '../../src/elasticsearch/index-layout';
import { IndexNames } from '../../src/elasticsearch/index-names';
import { IndexState, SearchIndexDefinition } from './index-definition';

/** One alias and its versioned indices: creation, the atomic swap, and clean-up of old ones. */
export class VersionedIndex<S extends IndexState = IndexState> {
  private readonly logger = new Logger(VersionedIndex.name);

  constructor(
    protected readonly client: Client,
    protected readonly names: IndexNames,
    readonly definition: SearchIndexDefinition<S>,
    protected readonly layout: IndexLayout,
  ) {}

  get alias(): string {
    return this.names.alias(this.definition.name);
  }

  /** The concrete index the alias points at, or null when there is none yet. */
  async current(): Promise<string | null> {
    try {
      const response = await this.client.indices.getAlias({ name: this.alias });
      return Object.keys(response)[0] ?? null;
    } catch (error) {
      if (error instanceof errors.ResponseError && error.statusCode === 404) return null;
      throw error;
    }
  }

  /**
   * Makes sure the alias exists (a first start, a new test database): an empty index behind it. Safe when several
   * processes run it at once (the API and the worker start together): all of them create the same first index, the
   * others get "already exists", and all add that one index to the alias, which is idempotent.
   */
  async ensure(): Promise<string> {
    const existing = await this.current();
    if (existing) return existing;
    const index = this.names.first(this.definition.name, this.definition.mappingVersion);
    const created = await this.createNamed(index, { bulkLoad: false }).then(
      () => true,
      (error: unknown) => {
        if (isAlreadyExists(error)) return false;
        throw error;
      },
    );
    // The process that created it waited for its primaries; another one must too before writing to it (yellow: every
    // primary placed).
    if (!created) await this.client.cluster.health({ index, wait_for_status: 'yellow', timeout: '30s' });
    await this.client.indices.updateAliases({ actions: [{ add: { index, alias: this.alias } }] });
    if (created) this.logger.log(`created ${index} behind alias ${this.alias}`);
    return index;
  }

  /** A new versioned index. For a bulk load: no refresh and no replicas until `finishLoad`. */
  async create(options: { bulkLoad: boolean }): Promise<string> {
    const index = this.names.versioned(this.definition.name, this.definition.mappingVersion);
    await this.createNamed(index, options);
    return index;
  }

  private async createNamed(index: string, options: { bulkLoad: boolean }): Promise<void> {
    const { mappings } = this.definition.mapping;
    const settings = this.settings();
    await this.client.indices.create({
      index,
      settings: options.bulkLoad ? { ...settings, refresh_interval: '-1', number_of_replicas: 0 } : settings,
      mappings,
      // on a cluster, the index is usable only once its primaries are placed
      wait_for_active_shards: 1,
    });
  }

  /** Restores the mapping's refresh interval and replicas after a bulk load, and makes the documents visible. */
  async finishLoad(index: string): Promise<void> {
    const settings = this.settings();
    await this.client.indices.putSettings({
      index,
      settings: {
        refresh_interval: settings.refresh_interval as string,
        number_of_replicas: settings.number_of_replicas as number,
      },
    });
    await this.client.indices.refresh({ index });
    if (this.layout.replicas > 0) {
      // On a cluster, give the replicas a moment to be copied before the alias points here, so that losing a node
      // right after a rebuild loses no shard. A timeout is no error (a node may be down): the copies follow later.
      await this.client.cluster.health({ index, wait_for_status: 'green', timeout: '30s' });
    }
  }

  /** The mapping file's settings with the configured shards and replicas. */
  private settings(): Record<string, unknown> {
    return this.layout.apply(this.definition.mapping.settings);
  }

  /** Points the alias at `index` in one atomic request. Errors propagate: a failed swap must be seen. */
  async swap(index: string, previous: string | null): Promise<void> {
    const actions: Array<Record<string, { index: string; alias: string }>> = [{ add: { index, alias: this.alias } }];
    if (previous) actions.unshift({ remove: { index: previous, alias: this.alias } });
    await this.client.indices.updateAliases({ actions });
  }

  /** Deletes every versioned index of this alias but `keep` (the live one and the previous one, for rollback). */
  async deleteAllBut(keep: string[]): Promise<string[]> {
    const response = await this.client.indices.get({ index: `${this.alias}_v*`, expand_wildcards: 'open' });
    const doomed = Object.keys(response).filter((name) => !keep.includes(name));
    for (const index of doomed) await this.client.indices.delete({ index });
    return doomed;
  }

  async remove(index: string): Promise<void> {
    await this.client.indices.delete({ index }, { ignore: [404] });
  }

  async refresh(index: string): Promise<void> {
    await this.client.indices.refresh({ index });
  }

  async count(index: string): Promise<number> {
    return (await this.client.count({ index })).count;
  }
}

function isAlreadyExists(error: unknown): boolean {
  return error instanceof errors.ResponseError && error.body?.error?.type === 'resource_already_exists_exception';
}
