import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, WriteStream } from 'node:fs';
import { createServer } from 'node:net';

/**
 * A built entry point (the API, the worker, a helper server) run as its own process, as production runs it: its
 * memory is its own (the bench samples /proc) and it holds no state shared with the test runner (the CLI tests).
 */
export class ServiceProcess {
  private exitCode: number | null = null;
  private exitSignal: NodeJS.Signals | null = null;
  private exited: Promise<void>;
  private tail = '';
  private stopped: Promise<void> | undefined;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
    private readonly log: WriteStream,
  ) {
    this.exited = new Promise((resolve) =>
      child.on('exit', (code, signal) => {
        this.exitCode = code ?? (signal ? 128 : 1);
        this.exitSignal = signal;
        resolve();
      }),
    );
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.on('data', (chunk: Buffer) => {
        log.write(chunk);
        this.tail = (this.tail + chunk.toString()).slice(-20_000);
      });
    }
  }

  /** Starts `node script` and resolves once a line of its output matches `ready`. */
  static async start(options: {
    name: string;
    script: string;
    env: NodeJS.ProcessEnv;
    cwd: string;
    logFile: string;
    ready: RegExp;
    timeoutMs?: number;
    /** Node.js flags before the script (e.g. `--cpu-prof`, not allowed in NODE_OPTIONS). */
    nodeArgs?: string[];
  }): Promise<ServiceProcess> {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.script], {
      env: options.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const service = new ServiceProcess(options.name, child, createWriteStream(options.logFile));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(service.failure(`not ready after ${(options.timeoutMs ?? 60_000) / 1000} s`)),
        options.timeoutMs ?? 60_000,
      );
      const onData = () => {
        if (options.ready.test(service.tail)) {
          clearTimeout(timer);
          child.stdout!.off('data', onData);
          resolve();
        }
      };
      child.stdout!.on('data', onData);
      void service.exited.then(() => {
        clearTimeout(timer);
        reject(service.failure(`exited with code ${service.exitCode} while starting`));
      });
    }).catch(async (error: unknown) => {
      await service.stop();
      throw error;
    });
    return service;
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Throws if the process died: a measure taken without it would be meaningless. */
  assertAlive(): void {
    if (this.exitCode !== null) throw this.failure(`exited with code ${this.exitCode}`);
  }

  /** The last part of what it printed (stdout and stderr interleaved). */
  get output(): string {
    return this.tail;
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (this.stopped) return this.stopped;
    this.stopped = this.terminate(signal);
    return this.stopped;
  }

  /** Sends `signal` and resolves with how the process ended (killed with SIGKILL after 15 s if it had not). */
  async stopWith(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    await this.stop(signal);
    return { code: this.exitSignal ? null : this.exitCode, signal: this.exitSignal };
  }

  private async terminate(signal: NodeJS.Signals): Promise<void> {
    if (this.exitCode === null) {
      this.child.kill(signal);
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
      await this.exited;
      clearTimeout(timer);
    }
    await new Promise<void>((resolve) => this.log.end(resolve));
  }

  private failure(what: string): Error {
    return new Error(`${this.name} ${what}; last output:\n${this.tail.trim().split('\n').slice(-15).join('\n')}`);
  }
}

/** A TCP port nobody listens on right now, for a server about to be started. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}
