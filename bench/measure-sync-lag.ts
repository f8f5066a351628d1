import { Client } from '@elastic/elasticsearch';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { SearchOutboxWriter } from '../indexer/outbox/search-outbox.writer';
import { ProfilesOutbox } from '../indexer/profiles/profiles-outbox';
import { RequestChangeRecorder } from '../src/requests/request-change-recorder';
import { RequestAction } from '../src/requests/request-status';
import { Random } from '../test/support/profile-factory';
import { MemoryPeak, MemorySampler } from './process-memory';
import { LatencySummary, round, summarize } from './stats';

export interface SyncLagMeasure {
  edits: number;
  editsPerSecond: number;
  streamSeconds: number;
  /** Commit in Postgres → visible to a search on the alias (refreshed), per edit. */
  lagMs: LatencySummary;
  /** Edits still not visible 30 s after the stream ended (lost or stuck): must be 0. */
  unseen: number;
  pollIntervalMs: number;
  memory: Record<string, MemoryPeak>;
}

export interface SyncLagContext {
  dataSource: DataSource;
  client: Client;
  alias: string;
  seed: number;
  editsPerSecond: number;
  seconds: number;
  processes: Record<string, number>;
}

const POLL_MS = 20;

/**
 * A steady stream of edits of searchable requests, each through the service's own change path
 * (RequestChangeRecorder: row lock, new version, history row and search outbox row in one transaction), while
 * the real worker drains the outbox. For each edit: the time from its commit to a search on the alias seeing its
 * new version. Searches are near-real-time, so this includes the drain loop's pause and the index refresh.
 */
export async function measureSyncLag(context: SyncLagContext): Promise<SyncLagMeasure> {
  const recorder = new RequestChangeRecorder(new ProfilesOutbox(new SearchOutboxWriter()));
  const total = Math.max(1, Math.round(context.editsPerSecond * context.seconds));
  const ids = await pickRequests(context.dataSource, context.seed, total);
  const pending = new Map<string, { version: number; committedAt: number }>();
  const lags: number[] = [];
  const failures: Error[] = [];
  const sampler = new MemorySampler(context.processes).start();

  let streaming = true;
  let streamEnd = Number.POSITIVE_INFINITY;
  const poller = (async () => {
    const deadline = () => !streaming && (pending.size === 0 || performance.now() > streamEnd + 30_000);
    while (!deadline()) {
      await sleep(POLL_MS);
      if (pending.size === 0) continue;
      const response = await context.client.search<{ version: number }>({
        index: context.alias,
        size: pending.size,
        _source: ['version'],
        query: { ids: { values: [...pending.keys()] } },
      });
      const now = performance.now();
      for (const hit of response.hits.hits) {
        const waiting = pending.get(hit._id!);
        if (waiting && (hit._source?.version ?? 0) >= waiting.version) {
          lags.push(now - waiting.committedAt);
          pending.delete(hit._id!);
        }
      }
    }
  })();

  const started = performance.now();
  const edits: Array<Promise<void>> = [];
  for (let n = 0; n < total; n++) {
    await sleep(Math.max(0, started + (n * 1000) / context.editsPerSecond - performance.now()));
    edits.push(
      edit(context.dataSource, recorder, ids[n], n).then(
        ({ version, committedAt }) => void pending.set(ids[n], { version, committedAt }),
        (error: Error) => void failures.push(error),
      ),
    );
  }
  await Promise.all(edits);
  streamEnd = performance.now();
  streaming = false;
  await poller;
  const memory = sampler.stop();
  if (failures.length > 0) throw new Error(`${failures.length} edit(s) failed, e.g. ${failures[0].message}`);
  return {
    edits: total,
    editsPerSecond: context.editsPerSecond,
    streamSeconds: round((streamEnd - started) / 1000, 2),
    lagMs: summarize(lags),
    unseen: pending.size,
    pollIntervalMs: POLL_MS,
    memory,
  };
}

/** One edit of a request's title, as a student's PATCH does it; resolves when its transaction has committed. */
async function edit(
  dataSource: DataSource,
  recorder: RequestChangeRecorder,
  id: string,
  n: number,
): Promise<{ version: number; committedAt: number }> {
  const stored = await dataSource.transaction(async (manager) => {
    const request = await recorder.lock(manager, id);
    if (!request) throw new Error(`request ${id} vanished`);
    const title = `${request.title.replace(/ \(mise à jour \d+\)$/, '').slice(0, 120)} (mise à jour ${n + 1})`;
    return recorder.record(manager, request, {
      action: RequestAction.Updated,
      actorId: request.studentId,
      set: { title },
    });
  });
  return { version: stored.version, committedAt: performance.now() };
}

/** Distinct searchable requests, drawn with the run's seed. */
async function pickRequests(dataSource: DataSource, seed: number, count: number): Promise<string[]> {
  const rows: Array<{ id: string }> = await dataSource.query(
    `SELECT r.id FROM internship_requests r JOIN users u ON u.id = r.student_id
      WHERE r.status = 'published' AND r.visible_to_companies AND u.disabled_at IS NULL ORDER BY r.id LIMIT $1`,
    [Math.max(count * 4, 1000)],
  );
  if (rows.length < count) throw new Error(`only ${rows.length} searchable requests for ${count} edits`);
  return new Random(seed ^ 0x5eed).sample(
    rows.map((row) => row.id),
    count,
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
