import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The local three-node cluster of engine/elasticsearch.sh (ES_NODES=3), driven through the script itself, as an
 * operator would: start (which also restarts a killed node), stop, and the pids of the live nodes.
 * Its first HTTP port is SEMSEM_ES_CLUSTER_PORT (9210) unless given (the drill's is 9230), the next two follow;
 * transport ports are 100 above. Shared by the cluster test and `npm run drill -- --es cluster`.
 */
export class LocalCluster {
  readonly size = 3;

  /** `repoRoot`: where engine/ is (the drill runs this file from dist/test/support/). */
  constructor(
    readonly firstPort = Number(process.env.SEMSEM_ES_CLUSTER_PORT ?? 9210),
    private readonly repoRoot = join(__dirname, '..', '..'),
  ) {}

  get ports(): number[] {
    return Array.from({ length: this.size }, (_, i) => this.firstPort + i);
  }

  get urls(): string[] {
    return this.ports.map((port) => `http://127.0.0.1:${port}`);
  }

  private script(command: string, timeoutMs: number) {
    return run('bash', [join(this.repoRoot, 'engine', 'elasticsearch.sh'), command], {
      env: { ...process.env, ES_NODES: String(this.size), ES_PORT: String(this.firstPort) },
      timeout: timeoutMs,
      maxBuffer: 16 * 1024 * 1024,
    });
  }

  /** Starts the nodes that are not running and waits until all have joined (reuses a complete cluster). */
  async start(): Promise<void> {
    await this.script('start', 420_000);
  }

  async stop(): Promise<void> {
    await this.script('stop', 120_000);
  }

  /** Live node pids by HTTP port. */
  async pids(): Promise<Map<number, number>> {
    const { stdout } = await this.script('pids', 30_000);
    return new Map(
      stdout
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(' ').map(Number) as [number, number]),
    );
  }

  /** Kills the node on `port` with SIGKILL (no shutdown of any kind); returns its pid. */
  async kill(port: number): Promise<number> {
    const pid = (await this.pids()).get(port);
    if (pid === undefined) throw new Error(`no live node of the cluster on port ${port}`);
    process.kill(pid, 'SIGKILL');
    return pid;
  }

  /** The HTTP port of a node that is not the elected master (the victim that keeps the cluster's state in place). */
  async nonMasterPort(): Promise<number> {
    const master = await this.masterPort();
    return this.ports.find((port) => port !== master)!;
  }

  /** The HTTP port of the elected master, asked of any node that answers. */
  async masterPort(): Promise<number> {
    for (const url of this.urls) {
      try {
        const response = await fetch(`${url}/_cat/nodes?h=http,master&format=json`, {
          signal: AbortSignal.timeout(5000),
        });
        if (!response.ok) continue;
        const nodes = (await response.json()) as Array<{ http: string; master: string }>;
        const master = nodes.find((node) => node.master === '*');
        if (master) return Number(master.http.split(':').pop());
      } catch {
        // that node is down: ask the next one
      }
    }
    throw new Error('no node of the cluster names its master');
  }

  /** Cluster health from any node that answers, or null. */
  async health(): Promise<{ status: string; number_of_nodes: number } | null> {
    for (const url of this.urls) {
      try {
        const response = await fetch(`${url}/_cluster/health`, { signal: AbortSignal.timeout(5000) });
        if (response.ok) return (await response.json()) as { status: string; number_of_nodes: number };
      } catch {
        // next node
      }
    }
    return null;
  }
}
