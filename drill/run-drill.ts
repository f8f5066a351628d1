import { Client } from '@elastic/elasticsearch';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { dropDatabase, withDatabase } from '../bench/bench-database';
import { REPO_ROOT } from '../bench/bench-options';
import { cvPdf, letterPdf } from '../test/support/pdf-fixtures';
import { SmtpReceiver } from '../test/support/smtp-receiver';
import { Comparison, compare } from './compare';
import { DrillOptions, parseDrillOptions } from './drill-options';
import { createActors, drillEnvironment, prepareDatabase, startApi, startWorker } from './drill-stack';
import { EditStream } from './edit-stream';
import { CutProxy, ElasticsearchControl, OwnCluster, OwnNode } from './elasticsearch-fault';
import { OwnRedis } from './own-redis';
import { waitForBulkInFlight } from './worker-kill';

/**
 * `npm run drill`: the local stack under a steady stream of edits while Elasticsearch, Redis and the worker fail in
 * turn; then it waits for catch-up and compares Elasticsearch and the mailbox with Postgres. Exit code 0 only if
 * nothing differs.
 */
const started = Date.now();
const log = (message: string) =>
  process.stderr.write(`[drill +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export interface Fault {
  what: string;
  /** How long the component was away, from the stop to the moment it answered again. */
  outageMs: number;
  atEdit: number;
  note?: string;
}

export interface DrillResult {
  label: string;
  /** What stood for Elasticsearch: its own node, a proxy, or its own three-node cluster. */
  elasticsearch: DrillOptions['elasticsearch'];
  at: string;
  edits: number;
  editsByKind: Record<string, number>;
  refused: Record<string, number>;
  refusalSamples: Record<string, string>;
  failures: Record<string, number>;
  failureSamples: string[];
  faults: Fault[];
  streamSeconds: number;
  catchUpSeconds: number | null;
  comparison: Comparison;
  /** `--es cluster`: its health after catch-up (green with 3 nodes required). */
  cluster?: { status: string; nodes: number };
}

async function main(options: DrillOptions): Promise<number> {
  const workDir = await mkdtemp(join(tmpdir(), 'semsem-drill-'));
  const cleanups: Array<() => Promise<unknown>> = [];
  let succeeded = false;
  try {
    const smtp = await SmtpReceiver.start();
    cleanups.push(() => smtp.close());
    const redis = new OwnRedis(options.redisPort);
    await redis.start();
    cleanups.push(() => redis.stop());
    const cluster =
      options.elasticsearch === 'cluster'
        ? new OwnCluster(REPO_ROOT, options.elasticsearchPort, options.stopNodeAtEnd)
        : null;
    const elasticsearch: ElasticsearchControl =
      cluster ??
      (options.elasticsearch === 'node'
        ? new OwnNode(REPO_ROOT, options.elasticsearchPort, options.stopNodeAtEnd)
        : new CutProxy(options.proxyPort, options.elasticsearchPort));
    log(
      `Elasticsearch: ${
        {
          node: `own node on port ${options.elasticsearchPort}`,
          proxy: `proxy ${options.proxyPort} → ${options.elasticsearchPort}`,
          cluster: `own three-node cluster on ports ${elasticsearch.directUrls.map((url) => new URL(url).port).join(', ')}`,
        }[options.elasticsearch]
      }`,
    );
    // before prepare: a cluster that failed to gather is still stopped
    cleanups.push(() => elasticsearch.release());
    await elasticsearch.prepare();
    const directEs = new Client({ nodes: elasticsearch.directUrls, requestTimeout: 60_000, maxRetries: 3 });
    cleanups.push(async () => {
      if (!options.keep)
        await directEs.indices
          .delete({
            index: `${options.indexPrefix}*`,
            ignore_unavailable: true,
            allow_no_indices: true,
            expand_wildcards: 'all',
          })
          .catch(() => undefined);
      await directEs.close();
    });

    const apiPort = Number(process.env.DRILL_API_PORT ?? 3181);
    const env = drillEnvironment(
      options,
      { api: apiPort, redis: redis.url, elasticsearch: elasticsearch.url, smtp: smtp.url },
      workDir,
    );
    const config = await prepareDatabase(options, env);
    cleanups.push(() =>
      options.keep ? Promise.resolve() : dropDatabase(withDatabase(options.postgresUrl, 'postgres'), options.database),
    );
    const dataSource = await new DataSource({ type: 'postgres', url: config.database.url }).initialize();
    cleanups.push(() => dataSource.destroy());

    let worker = await startWorker(env, workDir, 1);
    cleanups.push(() => worker.stop());
    const api = await startApi(env, workDir);
    cleanups.push(() => api.stop());
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    const actors = await createActors(dataSource, apiUrl, { students: 24, contacts: 4 });
    log(
      `${options.label} drill: ${options.edits} edits, Elasticsearch down ${options.elasticsearchDownMs / 1000} s, Redis down ${options.redisDownMs / 1000} s, worker killed mid-batch`,
    );

    const stream = new EditStream(apiUrl, actors.students, actors.contacts, await cvPdf(), await letterPdf());
    const faults: Fault[] = [];
    let faultsDone = false;
    const untilEdits = async (share: number) => {
      while (stream.tally.edits < options.edits * share) await sleep(50);
    };
    const injectFaults = async () => {
      await untilEdits(0.1);
      let atEdit = stream.tally.edits;
      let t = Date.now();
      log(`fault: Elasticsearch ${cluster ? 'node killed' : 'down'} at edit ${atEdit}`);
      await elasticsearch.down();
      await sleep(options.elasticsearchDownMs);
      await elasticsearch.up();
      faults.push({
        what: cluster
          ? `Elasticsearch node ${cluster.killedPort} of 3 killed (SIGKILL, cluster)`
          : `Elasticsearch stopped (${options.elasticsearch})`,
        outageMs: Date.now() - t,
        atEdit,
        note: cluster ? 'until it rejoined the cluster' : undefined,
      });
      log(`Elasticsearch back after ${((Date.now() - t) / 1000).toFixed(1)} s`);

      await untilEdits(0.4);
      atEdit = stream.tally.edits;
      t = Date.now();
      log(`fault: Redis down at edit ${atEdit}`);
      await redis.stop();
      await sleep(options.redisDownMs);
      await redis.start();
      faults.push({ what: 'Redis stopped (restarted empty)', outageMs: Date.now() - t, atEdit });
      log(`Redis back after ${((Date.now() - t) / 1000).toFixed(1)} s`);

      await untilEdits(0.7);
      const caught = await waitForBulkInFlight(dataSource, 30_000);
      atEdit = stream.tally.edits;
      t = Date.now();
      const killed = await worker.stopWith('SIGKILL');
      log(
        `fault: worker killed (${killed.signal}) at edit ${atEdit}${caught ? ' in the middle of a bulk batch' : ' (no batch in flight caught within 30 s)'}`,
      );
      worker = await startWorker(env, workDir, 2);
      faults.push({
        what: `worker SIGKILL${caught ? ' mid-batch' : ''}`,
        outageMs: Date.now() - t,
        atEdit,
        note: caught ? 'drain transaction open, waiting on the bulk' : 'no batch caught',
      });
      log(`worker back after ${((Date.now() - t) / 1000).toFixed(1)} s`);
      faultsDone = true;
    };
    const streamStart = Date.now();
    const [, faultOutcome] = await Promise.allSettled([
      stream.run(options.concurrency, () => (stream.tally.edits < options.edits || !faultsDone) && !faultError),
      injectFaults().catch((error: Error) => {
        faultError = error;
        throw error;
      }),
    ]);
    if (faultOutcome.status === 'rejected') throw faultOutcome.reason;
    const streamSeconds = (Date.now() - streamStart) / 1000;
    log(`stream done: ${stream.tally.edits} edits in ${streamSeconds.toFixed(1)} s; waiting for catch-up`);

    const catchUpStart = Date.now();
    let comparison: Comparison;
    let catchUpSeconds: number | null = null;
    let lastReport = 0;
    for (;;) {
      worker.assertAlive();
      comparison = await compare(dataSource, directEs, options.indexPrefix, smtp.messages);
      const { searchOutbox, mailOutbox, documentText } = comparison.pending;
      if (comparison.differences.length === 0 && searchOutbox + mailOutbox + documentText === 0) {
        catchUpSeconds = (Date.now() - catchUpStart) / 1000;
        break;
      }
      if (Date.now() - catchUpStart > options.catchUpTimeoutMs) break;
      if (Date.now() - lastReport > 10_000) {
        lastReport = Date.now();
        log(`catching up: ${comparison.differences.length} differences, pending ${JSON.stringify(comparison.pending)}`);
      }
      await sleep(1000);
    }

    // the killed node has rejoined; green means every replica is placed again
    const clusterHealth = cluster ? await cluster.health(options.catchUpTimeoutMs) : undefined;

    const result: DrillResult = {
      label: options.label,
      elasticsearch: options.elasticsearch,
      at: new Date().toISOString(),
      edits: stream.tally.edits,
      editsByKind: stream.tally.byKind,
      refused: stream.tally.refused,
      refusalSamples: stream.tally.refusalSamples,
      failures: stream.tally.failures,
      failureSamples: stream.tally.failureSamples,
      faults,
      streamSeconds,
      catchUpSeconds,
      comparison,
      cluster: clusterHealth,
    };
    await report(result);
    const clean =
      comparison.differences.length === 0 &&
      catchUpSeconds !== null &&
      (!clusterHealth || (clusterHealth.status === 'green' && clusterHealth.nodes === 3));
    // A 5xx is not a lost change (the caller was told), but it is a finding: keep the logs to read it.
    succeeded = clean && Object.keys(stream.tally.failures).length === 0;
    return clean ? 0 : 1;
  } finally {
    for (const cleanup of cleanups.reverse())
      await cleanup().catch((error: Error) => log(`clean-up: ${error.message}`));
    if (succeeded && !options.keep) await rm(workDir, { recursive: true, force: true });
    else log(`logs of the API and the worker kept in ${workDir}`);
  }
}

let faultError: Error | undefined;

async function report(result: DrillResult): Promise<void> {
  const c = result.comparison;
  const lines = [
    `drill (${result.label}) at ${result.at}`,
    `edits: ${result.edits} in ${result.streamSeconds.toFixed(1)} s (${Object.entries(result.editsByKind)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')})`,
    `refused (4xx): ${JSON.stringify(result.refused)}`,
    ...Object.entries(result.refusalSamples).map(([label, body]) => `  ${label}: ${body}`),
    `failures (5xx, timeouts): ${JSON.stringify(result.failures)}`,
    ...result.failureSamples.map((sample) => `  ${sample}`),
    `faults injected: ${result.faults.length}`,
    ...result.faults.map(
      (f) => `  ${f.what} at edit ${f.atEdit}, away ${(f.outageMs / 1000).toFixed(1)} s${f.note ? ` (${f.note})` : ''}`,
    ),
    `catch-up: ${result.catchUpSeconds === null ? 'NOT REACHED' : `${result.catchUpSeconds.toFixed(1)} s`}`,
    `compared: ${c.profiles} requests, ${c.offers} offers, ${c.mails} mails (${c.duplicateMails} delivered twice); pending ${JSON.stringify(c.pending)}`,
    `differences: ${c.differences.length}`,
    ...c.differences.slice(0, 30).map((d) => `  ${d.where} ${d.id}: ${d.what}`),
    ...(result.cluster ? [`cluster: ${result.cluster.status} with ${result.cluster.nodes} nodes`] : []),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const outDir = resolve(REPO_ROOT, 'var', 'drill');
  await mkdir(outDir, { recursive: true });
  const form = result.elasticsearch === 'cluster' ? `cluster-${result.label}` : result.label;
  await writeFile(resolve(outDir, `drill-${form}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

if (require.main === module) {
  let options: DrillOptions;
  try {
    options = parseDrillOptions(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  main(options)
    .then((code) => process.exit(code))
    .catch((error: Error) => {
      log(`failed: ${error.stack ?? error.message}`);
      process.exit(1);
    });
}
