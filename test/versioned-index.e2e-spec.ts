import { Client } from '@elastic/elasticsearch';
import { randomBytes } from 'node:crypto';
import { IndexState, SearchIndexDefinition } from '../indexer/core/index-definition';
import { VersionedIndex } from '../indexer/core/versioned-index';
import { IndexLayout } from '../src/elasticsearch/index-layout';
import { IndexNames } from '../src/elasticsearch/index-names';

/** A definition with just a name and a mapping: `ensure` reads nothing else. */
const definition: SearchIndexDefinition<IndexState> = {
  name: 'things',
  mappingVersion: 3,
  mapping: { settings: {}, mappings: { properties: { title: { type: 'text' } } } },
  rebuildLock: 0,
  idOf: () => 'unused',
  load: async () => [],
  loadIndexablePage: async () => [],
  countIndexable: async () => 0,
  indexableJson: 'SELECT 1',
};

/** The alias made on a first start, by processes that start together (the API and the worker). */
describe('VersionedIndex.ensure against Elasticsearch', () => {
  const url = process.env.ELASTICSEARCH_URL!;
  // Under this run's index prefix (removed by the global teardown too), and one of its own removed after.
  const prefix = `${process.env.ELASTICSEARCH_INDEX_PREFIX}ensure_${randomBytes(3).toString('hex')}_`;
  const admin = new Client({ node: url });
  const clients: Client[] = [];

  /** One `VersionedIndex` per "process", each with its own client (its own connections), under `round`'s prefix. */
  function processes(round: number, count: number): VersionedIndex[] {
    return Array.from({ length: count }, () => {
      const client = new Client({ node: url });
      clients.push(client);
      return new VersionedIndex(client, new IndexNames(`${prefix}${round}_`), definition, new IndexLayout(1, 0));
    });
  }

  async function behindAlias(alias: string): Promise<string[]> {
    return Object.keys(await admin.indices.getAlias({ name: alias })).sort();
  }

  async function versionedIndices(alias: string): Promise<string[]> {
    return Object.keys(await admin.indices.get({ index: `${alias}_v*`, expand_wildcards: 'all' })).sort();
  }

  afterAll(async () => {
    await admin.indices.delete({ index: `${prefix}*`, ignore_unavailable: true, allow_no_indices: true });
    await Promise.all(clients.map((client) => client.close()));
    await admin.close();
  });

  it('leaves exactly one index behind the alias when several processes ensure it at once', async () => {
    // Several rounds, each on a fresh alias: a race that one round may miss rarely escapes them all.
    for (let round = 0; round < 4; round += 1) {
      const indexes = processes(round, 6);
      const results = await Promise.all(indexes.map((index) => index.ensure()));

      const alias = indexes[0].alias;
      const [live] = await behindAlias(alias);
      expect(await behindAlias(alias)).toEqual([live]);
      expect(await versionedIndices(alias)).toEqual([live]);
      expect(results).toEqual(results.map(() => live));
      // Once the alias exists, ensure keeps it as it is.
      expect(await indexes[0].ensure()).toBe(live);
    }
  });

  it('adopts a first index left without its alias (a process stopped between the two steps)', async () => {
    const [index] = processes(99, 1);
    const orphan = new IndexNames(`${prefix}99_`).first(definition.name, definition.mappingVersion);
    await admin.indices.create({ index: orphan, mappings: definition.mapping.mappings });

    expect(await index.ensure()).toBe(orphan);
    expect(await behindAlias(index.alias)).toEqual([orphan]);
    expect(await versionedIndices(index.alias)).toEqual([orphan]);
  });
});
