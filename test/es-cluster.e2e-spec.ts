import { Client } from '@elastic/elasticsearch';
import { profilesIndex } from '../indexer/profiles/profiles.index';
import { Role } from '../src/common/auth/role.enum';
import { createCompanyContact, createStudent, createUserDirectly, TestAccount } from './support/accounts';
import { LocalCluster } from './support/es-cluster';
import { pendingWork, until } from './support/eventually';
import { TestPlatform } from './support/platform';
import { indexProfiles } from './support/profile-factory';
import { cvPdf } from './support/pdf-fixtures';
import { createRequest, draftBody, startDocumentsPlatform, upload } from './support/requests-helpers';

/**
 * The service on a local three-node cluster (engine/elasticsearch.sh, ES_NODES=3, ports 9210-9212) under a loop of
 * guided searches and edits while one node is killed with SIGKILL and started again. In the suite: one node that is
 * not the master. `SEMSEM_ES_CLUSTER_FULL=1`: then the master too. `SEMSEM_ES_CLUSTER_KEEP=1` leaves the cluster up.
 */
const FULL = process.env.SEMSEM_ES_CLUSTER_FULL === '1';
const STUDENTS = 4;

type Victim = 'a node that is not the master' | 'the master';

interface Traffic {
  searches: number;
  searchErrors: string[];
  edits: number;
  editErrors: string[];
  stop(): Promise<void>;
}

describe('a three-node Elasticsearch cluster', () => {
  const cluster = new LocalCluster();
  const prefix = `${process.env.ELASTICSEARCH_INDEX_PREFIX}cluster_`;
  let platform: TestPlatform;
  let company: TestAccount;
  let admin: TestAccount;
  let client: Client;
  const requests: Array<{ token: string; id: string; title: string }> = [];

  beforeAll(async () => {
    await cluster.start(); // reuses the cluster when it is up
    platform = await startDocumentsPlatform({
      ELASTICSEARCH_URL: cluster.urls.join(','),
      ELASTICSEARCH_INDEX_PREFIX: prefix,
      ELASTICSEARCH_SHARDS: '2',
      ELASTICSEARCH_REPLICAS: '1',
    });
    const cv = await cvPdf();
    client = new Client({ nodes: cluster.urls, maxRetries: 3 });
    company = await createCompanyContact(platform);
    admin = await createUserDirectly(platform, Role.Admin);
    for (let i = 0; i < STUDENTS; i++) {
      const student = await createStudent(platform);
      const title = `Stage grappe ${i} version 0`;
      const request = await createRequest(platform, student.accessToken, {
        ...draftBody,
        title,
        startDate: '2027-03-01',
      });
      await upload(platform, student.accessToken, request.id, 'cv', cv).expect(201); // publishing needs a CV
      await platform.http(student.accessToken).post(`/requests/${request.id}/publish`).expect(200);
      requests.push({ token: student.accessToken, id: request.id, title });
    }
    await indexProfiles(platform);
  }, 900_000);

  afterAll(async () => {
    await client?.indices
      .delete({ index: `${prefix}*`, ignore_unavailable: true, allow_no_indices: true })
      .catch(() => undefined);
    await client?.close();
    await platform?.close();
    // three JVMs must not outlive the run
    if (process.env.SEMSEM_ES_CLUSTER_KEEP !== '1') await cluster.stop();
  }, 180_000);

  it('builds the index with the configured shards and replicas, every copy placed', async () => {
    const index = Object.keys(await client.indices.getAlias({ name: `${prefix}profiles` }))[0];
    const settings = (await client.indices.getSettings({ index }))[index].settings!.index!;
    expect([settings.number_of_shards, settings.number_of_replicas]).toEqual(['2', '1']);
    const health = await client.cluster.health({ index, wait_for_status: 'green', timeout: '120s' });
    expect(health).toMatchObject({ status: 'green', active_primary_shards: 2, active_shards: 4, number_of_nodes: 3 });
    const shards = await client.cat.shards({ index, format: 'json' });
    // a primary and its replica never share a node
    for (const shard of ['0', '1']) {
      const nodes = shards.filter((s) => s.shard === shard).map((s) => s.node);
      expect(new Set(nodes).size).toBe(2);
    }
  });

  it('reports each node in /health', async () => {
    const response = await platform.http(admin.accessToken).get('/health').expect(200);
    expect(response.body.components.elasticsearch.status).toBe('up');
    expect(response.body.components.elasticsearch.nodes).toEqual(
      cluster.urls.map((url) => expect.objectContaining({ url, status: 'up' })),
    );
  });

  const victims: Victim[] = FULL ? ['a node that is not the master', 'the master'] : ['a node that is not the master'];
  it.each(victims)(
    'serves every search and loses no edit while %s is killed and started again',
    async (victim) => {
      const traffic = startTraffic();
      try {
        await sleep(2000);
        const port = victim === 'the master' ? await cluster.masterPort() : await cluster.nonMasterPort();
        expect(cluster.ports).toContain(port);
        await cluster.kill(port);
        await until(
          async () => (await cluster.health())?.number_of_nodes,
          (nodes) => nodes === 2,
          'the cluster to see the node gone',
          120_000,
        );
        const down = await platform.http(admin.accessToken).get('/health').expect(200);
        const dead = down.body.components.elasticsearch.nodes.find((n: { url: string }) => n.url.endsWith(`:${port}`));
        expect(dead.status).toBe('down');
        await sleep(3000); // searches and edits with the node gone

        await cluster.start(); // starts the missing node only
        await until(
          () => cluster.health(),
          (health) => health?.status === 'green' && health.number_of_nodes === 3,
          'the cluster to be green with three nodes again',
          300_000,
        );
        await sleep(1000);
      } finally {
        await traffic.stop(); // also when something above failed: no request may outlive the platform
      }

      expect(traffic.searches).toBeGreaterThan(10);
      expect(traffic.edits).toBeGreaterThan(3);
      expect(traffic.searchErrors).toEqual([]);
      expect(traffic.editErrors).toEqual([]);
      await expectIndexEqualsPostgres();
    },
    FULL ? 900_000 : 600_000,
  );

  /** Searches and edits in two loops, each request after the other, until stopped. */
  function startTraffic(): Traffic {
    let running = true;
    const traffic: Omit<Traffic, 'stop'> = { searches: 0, searchErrors: [], edits: 0, editErrors: [] };
    const searchLoop = (async () => {
      while (running) {
        const response = await platform.http(company.accessToken).get('/profiles/search?q=grappe');
        traffic.searches++;
        if (response.status !== 200) traffic.searchErrors.push(`${response.status} ${JSON.stringify(response.body)}`);
        await sleep(100);
      }
    })();
    const editLoop = (async () => {
      for (let n = 1; running; n++) {
        const request = requests[n % requests.length];
        const title = `Stage grappe ${n % requests.length} version ${n}`;
        const response = await platform.http(request.token).patch(`/requests/${request.id}`).send({ title });
        traffic.edits++;
        if (response.status === 200) request.title = title;
        else traffic.editErrors.push(`${response.status} ${JSON.stringify(response.body)}`);
        await sleep(250);
      }
    })();
    const stop = async () => {
      running = false;
      await Promise.all([searchLoop, editLoop]);
    };
    return Object.assign(traffic, { stop });
  }

  /** Once the outbox is drained: the same ids at the same versions in the index as in Postgres, and the last titles. */
  async function expectIndexEqualsPostgres(): Promise<void> {
    await until(
      () => pendingWork(platform.dataSource),
      (work) => work.search === 0,
      'the outbox to be drained',
      120_000,
    );
    const alias = `${prefix}profiles`;
    await client.indices.refresh({ index: alias });
    const states = await profilesIndex.loadIndexablePage(platform.dataSource.manager, null, 1000);
    const expected = states.map((state) => [profilesIndex.idOf(state), state.version]).sort();
    const response = await client.search({ index: alias, size: 1000, version: true, _source: ['title'] });
    const indexed = response.hits.hits.map((hit) => [hit._id, hit._version]).sort();
    expect(indexed).toEqual(expected);
    expect(indexed).toHaveLength(STUDENTS);
    const titles = Object.fromEntries(
      response.hits.hits.map((hit) => [hit._id, (hit._source as { title: string }).title]),
    );
    expect(titles).toEqual(Object.fromEntries(requests.map((r) => [r.id, r.title])));
  }
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
