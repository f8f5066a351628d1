import 'reflect-metadata';
import { Client } from '@elastic/elasticsearch';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROFILES_INDEX } from '../indexer/profiles/profile-document';
import { loadConfig } from '../src/config/load-config';
import { IndexNames } from '../src/elasticsearch/index-names';
import { InternshipRequest } from '../src/requests/internship-request.entity';
import { freePort } from '../test/support/service-process';
import { openDataSource } from './bench-database';
import { parseOptions } from './bench-options';
import { benchEnvironment, createAccounts, startServices } from './bench-stack';
import { runLoad } from './load-test';
import { apiSearchRequests, FOCUS_CONNECTIONS, FOCUS_KIND } from './measure-search';
import { rebuildContextOf, runRebuildJob } from './measure-rebuild';
import { MemorySampler, readMemory } from './process-memory';
import { queryMix, resolveDeepPages } from './search-queries';

/**
 * The bench's two memory phases alone, on data a run kept (`--generate-only --keep`), so a change can be measured in
 * a minute instead of a full run: the worker and the API from dist/ with the bench's environment, their RSS at rest,
 * then the rebuild job and the API under the bench's search load (warm-up, the mix at 1, 8 and 32 connections, the
 * keywords + 2 facets queries at 1 and 8), each phase
 * sampled by the bench's own MemorySampler. Prints one JSON object. Same options as the bench (`--database`,
 * `--index-prefix`, `--queue-prefix`, `--duration`; `--keep` keeps the processes' logs); BENCH_API_NODE_ARGS / BENCH_WORKER_NODE_ARGS reach the processes.
 */
async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const workDir = await mkdtemp(join(tmpdir(), 'semsem-memory-'));
  const env = benchEnvironment(options, await freePort(), workDir);
  const config = loadConfig(env);
  const apiUrl = env.PUBLIC_URL;
  const client = new Client({ nodes: options.elasticsearchNodes, requestTimeout: 120_000 });
  const dataSource = await openDataSource(config, [InternshipRequest]);
  // The accounts of an earlier probe on the same data.
  await dataSource.query(`DELETE FROM users WHERE email IN ('bench.contact@example.test', 'bench.admin@example.test')`);
  const { api, worker } = await startServices(env, workDir);
  try {
    const processes = { api: api.pid, worker: worker.pid };
    const tokens = await createAccounts(dataSource, apiUrl);
    const atRest = Object.fromEntries(
      Object.entries(processes).map(([name, pid]) => [name, Math.round(readMemory(pid).rssKb / 102.4) / 10]),
    );
    const rebuildSampler = new MemorySampler(processes).start();
    const job = await runRebuildJob(
      rebuildContextOf(options, config, { apiUrl, adminToken: tokens.admin, client, dataSource, workDir, processes }),
    );
    const rebuild = rebuildSampler.stop();

    const queries = queryMix();
    await resolveDeepPages(client, new IndexNames(options.indexPrefix).alias(PROFILES_INDEX), queries);
    const target = { name: 'api', url: apiUrl, requests: apiSearchRequests(queries, tokens.contact) };
    const searchSampler = new MemorySampler(processes).start();
    await runLoad(target, 4, Math.min(3, options.loadSeconds));
    const load: Array<{ connections: number; focus?: boolean; qps: number; p95: number; errors: number }> = [];
    for (const connections of options.connections) {
      const point = await runLoad(target, connections, options.loadSeconds);
      load.push({ connections, qps: point.qps, p95: point.latency.p95, errors: point.errors });
    }
    // Then the keywords + 2 facets queries alone, as the bench's search phase ends.
    const focused = { ...target, requests: target.requests.filter((request) => request.kind === FOCUS_KIND) };
    for (const connections of FOCUS_CONNECTIONS) {
      const point = await runLoad(focused, connections, options.loadSeconds);
      load.push({ connections, focus: true, qps: point.qps, p95: point.latency.p95, errors: point.errors });
    }
    const search = searchSampler.stop();
    api.assertAlive();
    worker.assertAlive();
    const mb = (peaks: typeof rebuild) => Object.fromEntries(Object.entries(peaks).map(([n, p]) => [n, p.peakRssMb]));
    process.stdout.write(
      `${JSON.stringify(
        {
          loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
          atRestMb: atRest,
          rebuild: { peakRssMb: mb(rebuild), docsPerSecond: job.docsPerSecond, bulk: job.bulk },
          search: { peakRssMb: mb(search), load },
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    await Promise.all([api.stop(), worker.stop()]);
    await dataSource.destroy();
    await client.close();
    if (options.keep) process.stderr.write(`logs of the API and the worker kept in ${workDir}\n`);
    else await rm(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
