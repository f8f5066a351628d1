import Redis from 'ioredis';

/** The timestamp a worker writes on a schedule, so the API can tell whether any worker is alive. */
export class WorkerHeartbeat {
  static readonly ttlSeconds = 60;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private get key(): string {
    return `${this.prefix}:worker:heartbeat`;
  }

  async write(at: Date = new Date()): Promise<void> {
    await this.redis.set(this.key, at.toISOString(), 'EX', WorkerHeartbeat.ttlSeconds);
  }

  async read(): Promise<string | null> {
    return this.redis.get(this.key);
  }
}
