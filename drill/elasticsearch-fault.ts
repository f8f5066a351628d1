import { execFile } from 'node:child_process';
import { AddressInfo, createServer, Server, Socket, connect } from 'node:net';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { LocalCluster } from '../test/support/es-cluster';

const run = promisify(execFile);

/** Elasticsearch as the drill sees it: a URL for the services, and a way to take it away and bring it back. */
export interface ElasticsearchControl {
  readonly url: string;
  /** The nodes themselves, for the drill's own reads (never through the proxy). */
  readonly directUrls: string[];
  /** Ready before the drill starts. */
  prepare(): Promise<void>;
  down(): Promise<void>;
  up(): Promise<void>;
  /** The drill's clean-up. */
  release(): Promise<void>;
}

/**
 * The drill's own node on its own port, stopped and started with engine/elasticsearch.sh (its node folder and data
 * are keyed by that port, so the shared node on 9200 is never touched).
 */
export class OwnNode implements ElasticsearchControl {
  private startedByUs = false;

  constructor(
    private readonly repoRoot: string,
    private readonly port: number,
    private readonly stopAtEnd: boolean,
  ) {
    if (port === 9200) throw new Error('the drill never stops the shared node on 9200: give it a port of its own');
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get directUrls(): string[] {
    return [this.url];
  }

  async prepare(): Promise<void> {
    if (await this.healthy()) return;
    await this.script('start');
    this.startedByUs = true;
  }

  down(): Promise<void> {
    return this.script('stop');
  }

  up(): Promise<void> {
    return this.script('start');
  }

  async release(): Promise<void> {
    if (this.startedByUs && this.stopAtEnd) await this.script('stop');
  }

  private async healthy(): Promise<boolean> {
    try {
      const response = await fetch(`${this.url}/_cluster/health`, { signal: AbortSignal.timeout(3000) });
      return response.ok;
    } catch {
      return false;
    }
  }

  private async script(command: 'start' | 'stop'): Promise<void> {
    await run('bash', [resolve(this.repoRoot, 'engine/elasticsearch.sh'), command], {
      env: { ...process.env, ES_PORT: String(this.port), ES_HEAP: process.env.ES_HEAP ?? '512m' },
      timeout: 240_000,
    });
  }
}

/**
 * A TCP proxy in front of a running node: `down` closes every connection and stops listening, so the services
 * get "connection refused" exactly as with a stopped node, while the node itself (shared) keeps running.
 * `stallWhen` makes it a node that takes some requests and never answers them (an overloaded or half-dead node).
 */
export class CutProxy implements ElasticsearchControl {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private stallMarker: string | null = null;
  /** Client connections whose request carried the marker: held open, never forwarded nor answered. */
  private readonly stalledSockets = new Set<Socket>();

  /** `listenPort` 0: a free port, kept for later `up`s. */
  constructor(
    private listenPort: number,
    private readonly targetPort: number,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.listenPort}`;
  }

  get directUrls(): string[] {
    return [`http://127.0.0.1:${this.targetPort}`];
  }

  prepare(): Promise<void> {
    return this.up();
  }

  async up(): Promise<void> {
    if (this.server) return;
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, '127.0.0.1');
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      upstream.pipe(client);
      // The tail of what came before, so a marker cut across two chunks is still seen.
      let tail = '';
      client.on('data', (chunk: Buffer) => {
        if (this.stalledSockets.has(client)) return;
        const text = tail + chunk.toString('latin1');
        if (this.stallMarker !== null && text.includes(this.stallMarker)) {
          this.stalledSockets.add(client);
          client.on('close', () => this.stalledSockets.delete(client));
          return;
        }
        tail = this.stallMarker === null ? '' : text.slice(-this.stallMarker.length);
        upstream.write(chunk);
      });
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((done, reject) => {
      server.once('error', reject);
      server.listen(this.listenPort, '127.0.0.1', () => done());
    });
    this.listenPort = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async down(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closed = new Promise<void>((done) => server.close(() => done()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  release(): Promise<void> {
    return this.down();
  }

  /** From now on, a request whose bytes contain `marker` is taken and never answered; null forwards all again. */
  stallWhen(marker: string | null): void {
    this.stallMarker = marker;
  }

  /** Requests taken and held unanswered right now. */
  get stalled(): number {
    return this.stalledSockets.size;
  }

  /** Drops the held connections: their clients see a reset, as when a hung node finally dies. */
  dropStalled(): void {
    for (const socket of this.stalledSockets) socket.destroy();
  }
}

/**
 * The drill's own three-node cluster (engine/elasticsearch.sh, ES_NODES=3, through the cluster test's helper): the
 * services get all three URLs, and `down` kills one node with SIGKILL, as a machine dies, while the two others keep
 * serving from the replicas. `up` starts it again (the script starts the missing node only) and returns once it has
 * rejoined; green comes later, when its shard copies are back (`health`).
 */
export class OwnCluster implements ElasticsearchControl {
  private readonly cluster: LocalCluster;
  private startedByUs = false;
  private victim: number | undefined;

  constructor(
    repoRoot: string,
    firstPort: number,
    private readonly stopAtEnd: boolean,
  ) {
    this.cluster = new LocalCluster(firstPort, repoRoot);
    // 9200 is everyone's node, 9220 the single-node drill's, 9210-9212 the cluster test's
    const taken = [9200, 9210, 9211, 9212, 9220];
    const clash = this.cluster.ports.find((port) => taken.includes(port));
    if (clash !== undefined) throw new Error(`the drill's cluster would take port ${clash}: give it other ports`);
  }

  get url(): string {
    return this.directUrls.join(',');
  }

  get directUrls(): string[] {
    return this.cluster.urls;
  }

  /** The node killed last, for the report. */
  get killedPort(): number | undefined {
    return this.victim;
  }

  async prepare(): Promise<void> {
    const health = await this.cluster.health();
    if (health?.number_of_nodes !== this.cluster.size) this.startedByUs = true;
    await this.cluster.start(); // reuses a complete cluster, starts the nodes that are missing
  }

  /** Kills a node that is not the master: the cluster keeps its master, the services lose a third of their nodes. */
  async down(): Promise<void> {
    this.victim = await this.cluster.nonMasterPort();
    await this.cluster.kill(this.victim);
  }

  up(): Promise<void> {
    return this.cluster.start();
  }

  /** Cluster health once every shard copy is placed again, or what it was when `timeoutMs` ran out. */
  async health(timeoutMs: number): Promise<{ status: string; nodes: number }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const health = await this.cluster.health();
      const seen = { status: health?.status ?? 'unreachable', nodes: health?.number_of_nodes ?? 0 };
      if ((seen.status === 'green' && seen.nodes === this.cluster.size) || Date.now() > deadline) return seen;
      await new Promise((done) => setTimeout(done, 1000));
    }
  }

  async release(): Promise<void> {
    if (this.startedByUs && this.stopAtEnd) await this.cluster.stop();
  }
}
