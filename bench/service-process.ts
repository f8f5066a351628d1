import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, WriteStream } from 'node:fs';

/**
 * The API or the worker, run from dist/ as its own process with the bench's environment, as production runs it:
 * its memory is its own (for /proc sampling) and it competes for the same two cores as everything else.
 */
export class ServiceProcess {
  private exitCode: number | null = null;
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
        resolve();
      }),
    );
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.on('data', (chunk: Buffer) => {
        log.write(chunk);
        this.tail = (this.tail + chunk.toString()).slice(-3000);
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
  }): Promise<ServiceProcess> {
    const child = spawn(process.execPath, [options.script], { env: options.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const service = new ServiceProcess(options.name, child, createWriteStream(options.logFile));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(service.failure(`not ready after ${(options.timeoutMs ?? 60_000) / 1000} s`)), options.timeoutMs ?? 60_000);
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

  async stop(): Promise<void> {
    if (this.stopped) return this.stopped;
    this.stopped = this.terminate();
    return this.stopped;
  }

  private async terminate(): Promise<void> {
    if (this.exitCode === null) {
      this.child.kill('SIGTERM');
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
