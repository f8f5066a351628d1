import { execFile } from 'node:child_process';
import { createServer, Server, Socket, connect } from 'node:net';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Elasticsearch as the drill sees it: a URL for the services, and a way to take it away and bring it back. */
export interface ElasticsearchControl {
  readonly url: string;
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
 */
export class CutProxy implements ElasticsearchControl {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  constructor(
    private readonly listenPort: number,
    private readonly targetPort: number,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.listenPort}`;
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
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((done, reject) => {
      server.once('error', reject);
      server.listen(this.listenPort, '127.0.0.1', () => done());
    });
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
}
