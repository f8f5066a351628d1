export type ComponentStatus = 'up' | 'down';

export interface ComponentHealth {
  status: ComponentStatus;
  latencyMs: number;
  /** Why the component is down, or a detail such as the cluster colour. */
  detail?: string;
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  components: { postgres: ComponentHealth; redis: ComponentHealth; elasticsearch: ComponentHealth };
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
