import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A Redis of the drill's own, without persistence (a restart loses every key, as a lost Redis does). */
export class OwnRedis {
  constructor(readonly port: number) {
    if (port === 6379) throw new Error('the drill never stops the shared Redis on 6379: give it a port of its own');
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (await this.ping()) throw new Error(`a Redis already answers on port ${this.port}: is another drill running?`);
    await run('redis-server', [
      '--port',
      String(this.port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'yes',
    ]);
    const deadline = Date.now() + 10_000;
    while (!(await this.ping())) {
      if (Date.now() > deadline) throw new Error(`Redis on port ${this.port} did not start`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  async stop(): Promise<void> {
    await run('redis-cli', ['-p', String(this.port), 'shutdown', 'nosave']).catch(() => undefined);
    const deadline = Date.now() + 10_000;
    while (await this.ping()) {
      if (Date.now() > deadline) throw new Error(`Redis on port ${this.port} did not stop`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  private async ping(): Promise<boolean> {
    try {
      const { stdout } = await run('redis-cli', ['-p', String(this.port), 'ping'], { timeout: 2000 });
      return stdout.trim() === 'PONG';
    } catch {
      return false;
    }
  }
}
