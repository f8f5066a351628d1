import { RedisOptions } from 'ioredis';

/** ioredis options from a `redis://[user:password@]host:port[/db]` URL (BullMQ takes options, not URLs). */
export function redisOptionsFromUrl(url: string): RedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.replace('/', '');
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: db ? Number(db) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    // On disconnect ioredis waits this long for the socket to close before destroying it, on a timer that keeps the
    // process alive. A client closed while Redis is away waits on a socket that already closed: 2 s by default.
    disconnectTimeout: 200,
  };
}
