import { Client, estypes } from '@elastic/elasticsearch';
import { Queue } from 'bullmq';
import { open, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { RebuildReport } from '../indexer/rebuild/index-rebuilder';
import { SEARCH_MAINTENANCE_QUEUE } from '../indexer/rebuild/search-maintenance-queue';
import { BulkLoadStats, ByteBulkLoader } from '../indexer/core/byte-bulk-loader';
import { profilesIndex } from '../indexer/profiles/profiles.index';
import { readIndexable } from '../indexer/rebuild/indexable-copy';
import profilesMapping from '../mappings/profiles.v2.json';
import { redisOptionsFromUrl } from '../src/queue/redis-connection';
import { IndexLayout } from '../src/elasticsearch/index-layout';
import { IndexNames } from '../src/elasticsearch/index-names';
import { AppConfig } from '../src/config/app-config';
import { BenchOptions } from './bench-options';
import { MemoryPeak, MemorySampler } from './process-memory';
import { round } from './stats';

export interface RebuildMeasure {
  job: {
    documents: number;
    replayed: number;
    durationMs: number;
    wallMs: number;
    docsPerSecond: number;
    bulk?: BulkLoadStats;
  };
  raw: {
    documents: number;
    batches: number;
    batchBytes: number;
    megabytes: number;
    serialiseMs: number;
    loadMs: number;
    docsPerSecond: number;
  };
  /** The job's rate over the raw engine rate. */
  ratio: number;
  memory: Record<string, MemoryPeak>;
  /** The rebuilt profiles index as the engine stores it (what shard sizing reads); absent in older results. */
  index?: IndexSize;
}

export interface IndexSize {
  documents: number;
  primaryShards: number;
  replicas: number;
  primaryMegabytes: number;
  totalMegabytes: number;
}

export interface RebuildContext {
  apiUrl: string;
  adminToken: string;
  redisUrl: string;
  queuePrefix: string;
  indexPrefix: string;
  client: Client;
  dataSource: DataSource;
  workDir: string;
  processes: Record<string, number>;
  /** Shards and replicas of the job's index: the raw load uses the same. */
  layout: IndexLayout;
  /** The worker's SEARCH_REBUILD_BULK_BYTES: the raw load sends requests cut the same way. */
  bulkBytes: number;
}

/** The rebuild's context: what the run started, with the bench's names, the index layout and the worker's bulk size. */
export function rebuildContextOf(
  options: BenchOptions,
  config: AppConfig,
  started: Pick<RebuildContext, 'apiUrl' | 'adminToken' | 'client' | 'dataSource' | 'workDir' | 'processes'>,
): RebuildContext {
  return {
    ...started,
    redisUrl: options.redisUrl,
    queuePrefix: options.queuePrefix,
    indexPrefix: options.indexPrefix,
    layout: new IndexLayout(options.shards, options.replicas),
    bulkBytes: config.searchRebuild.bulkBytes,
  };
}

/**
 * 1. The real rebuild job, started as an admin starts it (POST /admin/search/rebuild) and run by the worker:
 *    Postgres pages → documents → bulk into a new versioned index → checks → alias swap.
 * 2. The raw engine rate: the same documents, serialised beforehand exactly as the bulk writer sends them
 *    (external versions, requests cut by the same bytes, one at a time), bulk-loaded into a scratch index with the same
 *    mapping and the same bulk-load settings, then made searchable the same way.
 * The job runs first, so any warm-up of the engine favours the raw load: the ratio is not flattered.
 */
export async function measureRebuild(context: RebuildContext): Promise<RebuildMeasure> {
  await waitForIdleEngine(context.client);
  const sampler = new MemorySampler(context.processes).start();
  const job = await runRebuildJob(context);
  const memory = sampler.stop();
  const index = await indexSize(context.client, new IndexNames(context.indexPrefix).alias(profilesIndex.name));

  const file = resolve(context.workDir, 'profiles.ndjson');
  const serialised = await serialiseDocuments(context.dataSource, file, context.bulkBytes);
  await waitForIdleEngine(context.client);
  const raw = await rawLoad(
    context.client,
    `${context.indexPrefix}raw_scratch`,
    file,
    serialised.batches,
    context.layout,
  );
  if (raw.documents !== job.documents) {
    throw new Error(`the raw load indexed ${raw.documents} documents, the rebuild ${job.documents}: not the same work`);
  }
  const rawRate = raw.documents / (raw.loadMs / 1000);
  return {
    job,
    raw: {
      documents: raw.documents,
      batches: serialised.batches.length,
      batchBytes: context.bulkBytes,
      megabytes: round(serialised.bytes / 1048576, 1),
      serialiseMs: serialised.ms,
      loadMs: raw.loadMs,
      docsPerSecond: round(rawRate, 1),
    },
    ratio: round(job.docsPerSecond / rawRate, 3),
    memory,
    index,
  };
}

/** Documents and store size of the index behind an alias, as the rebuild left it (not force-merged). */
async function indexSize(client: Client, alias: string): Promise<IndexSize> {
  const stats = await client.indices.stats({ index: alias, metric: ['docs', 'store'] });
  const [name, entry] = Object.entries(stats.indices ?? {})[0];
  const settings = await client.indices.getSettings({ index: name });
  const own = settings[name]?.settings?.index;
  const mb = (bytes: number | undefined) => round((bytes ?? 0) / 1048576, 1);
  return {
    documents: entry.primaries?.docs?.count ?? 0,
    primaryShards: Number(own?.number_of_shards ?? 1),
    replicas: Number(own?.number_of_replicas ?? 0),
    primaryMegabytes: mb(entry.primaries?.store?.size_in_bytes),
    totalMegabytes: mb(entry.total?.store?.size_in_bytes),
  };
}

export async function runRebuildJob(context: RebuildContext): Promise<RebuildMeasure['job']> {
  const queue = new Queue(SEARCH_MAINTENANCE_QUEUE, {
    connection: redisOptionsFromUrl(context.redisUrl),
    prefix: context.queuePrefix,
  });
  try {
    const started = Date.now();
    const response = await fetch(`${context.apiUrl}/api/admin/search/rebuild`, {
      method: 'POST',
      headers: { authorization: `Bearer ${context.adminToken}` },
    });
    if (response.status !== 202)
      throw new Error(`POST /admin/search/rebuild answered ${response.status}: ${await response.text()}`);
    const { jobId } = (await response.json()) as { jobId: string };
    for (;;) {
      await sleep(100);
      const job = await queue.getJob(jobId);
      if (!job) throw new Error(`rebuild job ${jobId} disappeared`);
      if (job.failedReason) throw new Error(`rebuild job failed: ${job.failedReason}`);
      if (job.finishedOn) {
        const report = job.returnvalue as RebuildReport;
        return {
          documents: report.documents,
          replayed: report.replayed,
          durationMs: report.durationMs,
          wallMs: Date.now() - started,
          docsPerSecond: round(report.documents / (report.durationMs / 1000), 1),
          bulk: report.bulk,
        };
      }
      if (Date.now() - started > 60 * 60_000) throw new Error('rebuild job still running after an hour');
    }
  } finally {
    await queue.close();
  }
}

/**
 * Every searchable document, read and serialised by the rebuild's own path (binary COPY of the definition's JSON
 * query, bulk requests cut by bytes) into the file the raw load sends, request by request.
 */
async function serialiseDocuments(
  dataSource: DataSource,
  file: string,
  bulkBytes: number,
): Promise<{ batches: number[]; bytes: number; ms: number }> {
  const started = Date.now();
  const handle = await open(file, 'w');
  const batches: number[] = [];
  let bytes = 0;
  try {
    const loader = new ByteBulkLoader(bulkBytes, async (body) => {
      await handle.write(body);
      batches.push(body.length);
      bytes += body.length;
    });
    for await (const rows of readIndexable(dataSource, profilesIndex.indexableJson)) {
      for (const [id, version, document] of rows) await loader.add(id, version, document);
    }
    await loader.finish();
  } finally {
    await handle.close();
  }
  return { batches, bytes, ms: Date.now() - started };
}

async function rawLoad(
  client: Client,
  index: string,
  file: string,
  batches: number[],
  layout: IndexLayout,
): Promise<{ documents: number; loadMs: number }> {
  type IndexDefinition = { settings: Record<string, unknown>; mappings: estypes.MappingTypeMapping };
  const mapping = profilesMapping as unknown as IndexDefinition;
  const definition = { ...mapping, settings: layout.apply(mapping.settings) };
  await client.indices.delete({ index }, { ignore: [404] });
  const handle = await open(file, 'r');
  try {
    const started = Date.now();
    await client.indices.create({
      index,
      settings: { ...definition.settings, refresh_interval: '-1', number_of_replicas: 0 },
      mappings: definition.mappings,
    });
    let position = 0;
    for (const length of batches) {
      const buffer = Buffer.alloc(length);
      await handle.read(buffer, 0, length, position);
      position += length;
      const response = await client.bulk({
        index,
        operations: buffer as unknown as estypes.BulkRequest['operations'],
        refresh: false,
      });
      if (response.errors) {
        const refused = response.items.find((item) => (item.index?.status ?? 200) >= 300);
        throw new Error(`raw bulk load refused a document: ${JSON.stringify(refused?.index?.error)}`);
      }
    }
    await client.indices.putSettings({
      index,
      settings: {
        refresh_interval: definition.settings.refresh_interval as string,
        number_of_replicas: definition.settings.number_of_replicas as number,
      },
    });
    await client.indices.refresh({ index });
    const loadMs = Date.now() - started;
    return { documents: (await client.count({ index })).count, loadMs };
  } finally {
    await handle.close();
    await client.indices.delete({ index }, { ignore: [404] });
    await writeFile(file, '');
  }
}

/** Waits (up to a minute) until no merge runs, so a measure does not pay for the previous one's merges. */
export async function waitForIdleEngine(client: Client): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const stats = await client.nodes.stats({ metric: 'indices', index_metric: 'merge' });
    const running = Object.values(stats.nodes).reduce((sum, node) => sum + (node.indices?.merges?.current ?? 0), 0);
    if (running === 0) return;
    await sleep(250);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
