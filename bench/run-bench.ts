import 'reflect-metadata';
import { Client } from '@elastic/elasticsearch';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { PROFILES_INDEX } from '../indexer/profiles/profile-document';
import { loadConfig } from '../src/config/load-config';
import { InternshipRequest } from '../src/requests/internship-request.entity';
import { RequestHistoryEntry } from '../src/requests/request-history.entity';
import { IndexNames } from '../src/elasticsearch/index-names';
import { dropDatabase, migrate, openDataSource, recreateDatabase, withDatabase } from './bench-database';
import { BenchOptions, parseOptions, UsageError } from './bench-options';
import type { BenchResults } from './bench-results';
import { benchEnvironment, createAccounts, removeIndicesAndQueues, startApi, startServices } from './bench-stack';
import { generateData } from './generate-data';
import { MATCHING_OFFERS, measureMatching } from './measure-matching';
import { ExtractionMeasure, extractionMarkdown, measureExtraction } from './measure-extraction';
import { measureRebuild, rebuildContextOf, runRebuildJob } from './measure-rebuild';
import { apiSearchRequests, measureSearch } from './measure-search';
import { measureSyncLag } from './measure-sync-lag';
import { buildBaseline, dropBaseline } from './postgres-baseline';
import { MemorySampler } from './process-memory';
import { removePartial, toMarkdown, writePartial, writeResults } from './report';
import { queryMix, resolveDeepPages } from './search-queries';
import { freePort, ServiceProcess } from '../test/support/service-process';
import { round } from './stats';
import { evaluateTargets } from './targets';

/**
 * `npm run bench -- --size 100k`: a database of its own, generated data, the API and the worker from dist/ as
 * child processes, then each measure in turn; results in bench/results/bench-<size>.{json,md}.
 */
const started = Date.now();
const loadAtStart = loadavg()[0];
const log = (message: string) =>
  process.stderr.write(`[bench +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
const cleanups: Array<() => Promise<unknown>> = [];

async function main(options: BenchOptions): Promise<void> {
  const workDir = await mkdtemp(join(tmpdir(), 'semsem-bench-'));
  const adminUrl = withDatabase(options.postgresUrl, 'postgres');
  const apiPort = await freePort();
  const env = benchEnvironment(options, apiPort, workDir);
  const config = loadConfig(env);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const client = new Client({ nodes: options.elasticsearchNodes, requestTimeout: 120_000 });
  cleanups.push(() => client.close());
  let succeeded = false;
  cleanups.push(async () => {
    if (!options.keep) {
      await removeIndicesAndQueues(options).catch((error: Error) =>
        log(`clean-up of indices/queues failed: ${error.message}`),
      );
      await dropDatabase(adminUrl, options.database).catch((error: Error) =>
        log(`drop of ${options.database} failed: ${error.message}`),
      );
    }
    if (succeeded) await rm(workDir, { recursive: true, force: true });
    else log(`logs of the API and the worker kept in ${workDir}`);
  });

  log(
    `${options.size.label} (${options.size.requests} requests) into database ${options.database}, indices ${options.indexPrefix}*`,
  );
  await removeIndicesAndQueues(options); // what a crashed earlier run may have left
  await recreateDatabase(adminUrl, options.database);
  await migrate(config);
  const generatorMemory = new MemorySampler({ bench: process.pid }).start();
  let lastTenth = 0;
  const generated = await generateData({
    databaseUrl: config.database.url,
    requests: options.size.requests,
    seed: options.seed,
    onProgress: (written, total) => {
      const tenth = Math.floor((written / total) * 10);
      if (tenth > lastTenth) log(`generated ${written}/${total} requests`);
      lastTenth = tenth;
    },
  });
  const data = { ...generated, generatorRssMb: generatorMemory.stop().bench.peakRssMb };
  log(
    `generated in ${(data.durationMs / 1000).toFixed(1)} s: ${data.searchable} searchable of ${data.requests}; generator RSS ${data.generatorRssMb} MB`,
  );
  if (options.generateOnly) {
    process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
    succeeded = true;
    return;
  }

  const partial: Record<string, unknown> = { size: options.size, startedAt: new Date(started).toISOString(), data };
  const keep = async (section: string, value: unknown) => {
    partial[section] = value;
    partial.loadAverage = { start: round(loadAtStart), now: round(loadavg()[0]) };
    await writePartial(options.outDir, options.size.label, partial);
  };

  const dataSource = await openDataSource(config, [InternshipRequest, RequestHistoryEntry]);
  cleanups.unshift(() => dataSource.destroy());
  const { api, worker } = await startServices(env, workDir);
  cleanups.unshift(() => Promise.all([api.stop(), worker.stop()]));
  const processes = { api: api.pid, worker: worker.pid };
  const tokens = await createAccounts(dataSource, apiUrl);
  const alias = new IndexNames(options.indexPrefix).alias(PROFILES_INDEX);
  const versions = await serviceVersions(client, dataSource, options);
  const extractionContext = {
    dataSource,
    client,
    alias,
    apiUrl,
    jwtSecret: config.auth.jwtSecret,
    pdfs: options.pdfs,
    seed: options.seed,
    processes,
  };

  if (options.only === 'extraction') {
    log('index: the rebuild job, to start from every profile searchable');
    await runRebuildJob(
      rebuildContextOf(options, config, { apiUrl, adminToken: tokens.admin, client, dataSource, workDir, processes }),
    );
    log(`extraction: a burst of ${options.pdfs} CV uploads`);
    const extraction = await measureExtraction(extractionContext);
    api.assertAlive();
    worker.assertAlive();
    await writeExtraction(options, versions, extraction);
    succeeded = true;
    return;
  }

  log('rebuild: the real job, then the raw engine load');
  const rebuild = await measureRebuild(
    rebuildContextOf(options, config, { apiUrl, adminToken: tokens.admin, client, dataSource, workDir, processes }),
  );
  log(
    `rebuild ${rebuild.job.docsPerSecond} docs/s, raw ${rebuild.raw.docsPerSecond} docs/s (${(rebuild.ratio * 100).toFixed(1)} %)`,
  );
  await keep('rebuild', rebuild);

  log('baseline: building the Postgres full-text table');
  const baseline = await buildBaseline(dataSource);
  cleanups.unshift(() => dropBaseline(dataSource));
  const baselinePort = await freePort();
  const baselineServer = await ServiceProcess.start({
    name: 'postgres baseline',
    script: resolve(__dirname, 'postgres-baseline-server.js'),
    env: { PATH: env.PATH, BASELINE_DATABASE_URL: config.database.url, PORT: String(baselinePort) },
    cwd: workDir,
    logFile: resolve(workDir, 'baseline.log'),
    ready: /listening/,
  });
  cleanups.unshift(() => baselineServer.stop());
  log(`baseline built in ${(baseline.buildMs / 1000).toFixed(1)} s; search load: ${options.loadSeconds} s per point`);
  const queries = queryMix();
  await resolveDeepPages(client, alias, queries);
  const search = await measureSearch({
    queries,
    apiUrl,
    contactToken: tokens.contact,
    engineUrl: options.elasticsearchNodes[0],
    alias,
    client,
    postgresUrl: `http://127.0.0.1:${baselinePort}`,
    connections: options.connections,
    loadSeconds: options.loadSeconds,
    processes,
  });
  await baselineServer.stop();
  await dropBaseline(dataSource);
  await keep('baseline', baseline);
  await keep('search', search);

  log(`sync lag: ${options.editsPerSecond} edits/s for ${options.syncSeconds} s`);
  const syncLag = await measureSyncLag({
    dataSource,
    client,
    alias,
    seed: options.seed,
    editsPerSecond: options.editsPerSecond,
    seconds: options.syncSeconds,
    processes,
  });
  await keep('syncLag', syncLag);
  log(
    `matching: ${options.quick ? 1000 : MATCHING_OFFERS} offers, candidates under load, one request against all offers`,
  );
  const matching = await measureMatching({
    dataSource,
    client,
    indexPrefix: options.indexPrefix,
    apiUrl,
    contactToken: tokens.contact,
    seed: options.seed,
    loadSeconds: options.loadSeconds,
    offers: options.quick ? 1000 : MATCHING_OFFERS,
    searchRequests: apiSearchRequests(queries, tokens.contact),
    config,
    apiWithWindow: async (window) => {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const wider = await startApi(
        { ...env, PORT: String(port), PUBLIC_URL: url, MATCHING_WINDOW: String(window) },
        workDir,
        'api-wider-window',
      );
      return { url, stop: () => wider.stop() };
    },
  });
  await keep('matching', matching);
  log(`extraction: a burst of ${options.pdfs} CV uploads`);
  const extraction = await measureExtraction(extractionContext);
  log(`extraction ${extraction.pdfsPerSecond} PDFs/s, searchable p95 ${extraction.searchableMs.p95} ms`);
  api.assertAlive();
  worker.assertAlive();

  const cores = cpus();
  const measured: Omit<BenchResults, 'targets'> = {
    schema: 1,
    size: options.size,
    seed: options.seed,
    quick: options.quick,
    loadSeconds: options.loadSeconds,
    startedAt: new Date(started).toISOString(),
    finishedAt: new Date().toISOString(),
    totalSeconds: round((Date.now() - started) / 1000, 1),
    machine: {
      cpus: cores.length,
      cpuModel: cores[0]?.model.trim() ?? 'unknown',
      memoryGb: round(totalmem() / 2 ** 30, 1),
      kernel: release(),
      node: process.version,
      loadAverage: { start: round(loadAtStart), end: round(loadavg()[0]) },
    },
    versions,
    data,
    rebuild,
    baseline,
    search,
    syncLag,
    matching,
    extraction,
  };
  const results: BenchResults = { ...measured, targets: evaluateTargets(measured) };
  const files = await writeResults(options.outDir, results);
  process.stdout.write(`\n${toMarkdown(results)}\n`);
  await removePartial(options.outDir, options.size.label);
  log(`wrote ${files.json} and ${files.markdown}`);
  succeeded = true;
}

/** `--only extraction`: bench-extraction-<pdfs>.{json,md}, beside the full runs' results. */
async function writeExtraction(
  options: BenchOptions,
  versions: BenchResults['versions'],
  extraction: ExtractionMeasure,
): Promise<void> {
  const cores = cpus();
  const header =
    `${cores.length} cores (${cores[0]?.model.trim() ?? 'unknown'}), ${round(totalmem() / 2 ** 30, 1)} GB RAM, Node ${process.version}; ` +
    `Elasticsearch ${versions.elasticsearch}, Postgres ${versions.postgres}; ${options.size.requests} requests generated; run ${new Date(started).toISOString()}.`;
  const markdown = [
    `# SEMSEM-stages bench — PDF text extraction, ${options.pdfs} CVs`,
    '',
    header,
    '',
    ...extractionMarkdown(extraction),
  ].join('\n');
  await mkdir(options.outDir, { recursive: true });
  const base = resolve(options.outDir, `bench-extraction-${options.pdfs}`);
  await writeFile(
    `${base}.json`,
    `${JSON.stringify({ startedAt: new Date(started).toISOString(), versions, extraction }, null, 2)}\n`,
  );
  await writeFile(`${base}.md`, `${markdown}\n`);
  process.stdout.write(`\n${markdown}\n`);
  log(`wrote ${base}.json and ${base}.md`);
}

async function serviceVersions(
  client: Client,
  dataSource: DataSource,
  options: BenchOptions,
): Promise<BenchResults['versions']> {
  const info = await client.nodes.info({ node_id: '_local', metric: 'jvm' });
  const node = Object.values(info.nodes)[0];
  const [{ server_version: postgres }] = await dataSource.query('SHOW server_version');
  return {
    elasticsearch: node?.version ?? 'unknown',
    elasticsearchHeapMb: Math.round((node?.jvm?.mem?.heap_max_in_bytes ?? 0) / 1048576),
    elasticsearchNodes: (await client.cat.nodes({ format: 'json' })).length,
    shards: options.shards,
    replicas: options.replicas,
    postgres: String(postgres).split(' ')[0],
  };
}

async function cleanUp(): Promise<void> {
  while (cleanups.length > 0) {
    await cleanups.shift()!().catch((error: Error) => log(`clean-up step failed: ${error.message}`));
  }
}

let options: BenchOptions;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the child processes`);
    void cleanUp().finally(() => process.exit(130));
  });
}
main(options)
  .then(async () => {
    await cleanUp();
    process.exit(0);
  })
  .catch(async (error: Error) => {
    process.stderr.write(`bench failed: ${error.stack ?? error.message}\n`);
    await cleanUp();
    process.exit(1);
  });
