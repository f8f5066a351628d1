export type ComponentStatus = 'up' | 'down';

export interface ComponentHealth {
  status: ComponentStatus;
  latencyMs: number;
  /** Why the component is down, or a detail such as the cluster colour. */
  detail?: string;
}

/** One configured Elasticsearch node (ELASTICSEARCH_URL), probed on its own. */
export interface NodeHealth extends ComponentHealth {
  /** The node's URL as configured, any password hidden. */
  url: string;
}

/**
 * The cluster as a whole (up while any node answers and no primary shard is missing), and each node: a cluster
 * that lost one node still serves, so the service stays "ok" and the dead node shows "down" here.
 */
export interface ElasticsearchHealth extends ComponentHealth {
  nodes: NodeHealth[];
}

/** What anyone may read of the report: the states, not the addresses or the errors (admins see those). */
export interface HealthSummary {
  status: 'ok' | 'degraded';
  components: Record<'postgres' | 'redis' | 'elasticsearch', { status: ComponentStatus }>;
  worker: { lastHeartbeatAt: string | null };
}

export function summarise(report: HealthReport): HealthSummary {
  const { postgres, redis, elasticsearch } = report.components;
  return {
    status: report.status,
    components: {
      postgres: { status: postgres.status },
      redis: { status: redis.status },
      elasticsearch: { status: elasticsearch.status },
    },
    worker: report.worker,
  };
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  components: { postgres: ComponentHealth; redis: ComponentHealth; elasticsearch: ElasticsearchHealth };
  worker: { lastHeartbeatAt: string | null };
}

/** Runs one check with a deadline; a hung dependency must not hang /health. */
export async function probe(timeoutMs: number, check: () => Promise<string | void>): Promise<ComponentHealth> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const detail = await Promise.race([
      check(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { status: 'up', latencyMs: Date.now() - started, ...(detail ? { detail } : {}) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { status: 'down', latencyMs: Date.now() - started, detail: detail.split('\n')[0] };
  } finally {
    clearTimeout(timer);
  }
}
