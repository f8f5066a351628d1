import { Client } from '@elastic/elasticsearch';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo, createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminQuery, dropDatabase, withDatabase } from './support/postgres-admin';
import { freePort, ServiceProcess } from './support/service-process';
import { createTestDatabase, TestDatabase } from './support/test-stack';

const root = join(__dirname, '..');

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Every command a user runs, run as that command: built dist/, its own process, its own environment. A Nest context
 * built inside Jest shares process-wide state (TypeORM's entity storage) that the real command does not have, so
 * only this proves that a command works on a fresh machine.
 */
describe('the commands a user runs, each in its own process', () => {
  const adminUrl = process.env.TEST_ADMIN_DATABASE_URL!;
  const suffix = Math.random().toString(36).slice(2, 8);
  let storage: string;

  beforeAll(() => {
    const missing = ['dist/src/main.js', 'dist/src/worker.js', 'dist/src/demo/load-demo.js'].filter(
      (file) => !existsSync(join(root, file)),
    );
    if (missing.length > 0) throw new Error(`build first (npm run build): missing ${missing.join(', ')}`);
    storage = mkdtempSync(join(tmpdir(), 'semsem-cli-'));
  });

  afterAll(() => rmSync(storage, { recursive: true, force: true }));

  /** The environment of a user's shell for one database: nothing inherited from Jest but PATH. */
  function environment(databaseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
    return {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      DATABASE_URL: databaseUrl,
      REDIS_URL: process.env.REDIS_URL!,
      ELASTICSEARCH_URL: process.env.ELASTICSEARCH_URL!,
      ELASTICSEARCH_INDEX_PREFIX: `${process.env.ELASTICSEARCH_INDEX_PREFIX}cli${suffix}_`,
      QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}_cli${suffix}`,
      AUTH_JWT_SECRET: process.env.AUTH_JWT_SECRET!,
      STORAGE_DIR: storage,
      // Nothing listens there: a mail the command might send stays in the outbox.
      SMTP_URL: 'smtp://127.0.0.1:9',
      LOG_LEVEL: 'log',
      ...extra,
    };
  }

  /** `npm run -s <script> [-- args]` from the repository, as the README says to run it. */
  function npmRun(script: string, args: string[], env: Record<string, string>): Promise<Finished> {
    return new Promise((resolve, reject) => {
      const child = spawn('npm', ['run', '-s', script, ...(args.length > 0 ? ['--', ...args] : [])], {
        cwd: root,
        env,
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr });
      });
    });
  }

  function expectSuccess(result: Finished): void {
    if (result.code !== 0)
      throw new Error(`exit code ${result.code}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
  }

  describe('migration:run and migration:revert on an empty database', () => {
    const name = `${process.env.TEST_TEMPLATE_DATABASE}_cli_empty`;
    beforeAll(() => adminQuery(adminUrl, `CREATE DATABASE "${name}"`));
    afterAll(() => dropDatabase(adminUrl, name));

    it('applies every migration, then none; revert undoes the last one and the next run applies it again', async () => {
      const env = environment(withDatabase(adminUrl, name));
      const first = await npmRun('migration:run', [], env);
      expectSuccess(first);
      const applied = Number(/migrations: (\d+) applied/.exec(first.stdout)?.[1]);
      expect(applied).toBeGreaterThan(5);
      const names = first.stdout
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.trim());
      expect(names).toHaveLength(applied);

      const again = await npmRun('migration:run', [], env);
      expectSuccess(again);
      expect(again.stdout.trim()).toBe('migrations: 0 applied');

      const reverted = await npmRun('migration:revert', [], env);
      expectSuccess(reverted);
      expect(reverted.stdout.trim()).toBe(`migrations: reverted ${names[names.length - 1]}`);

      const reapplied = await npmRun('migration:run', [], env);
      expectSuccess(reapplied);
      expect(reapplied.stdout.trim().split('\n')).toEqual(['migrations: 1 applied', `  ${names[names.length - 1]}`]);
    }, 180_000);
  });

  describe('demo:load and search:rebuild on a migrated database', () => {
    let database: TestDatabase;
    let env: Record<string, string>;
    const elasticsearch = new Client({ node: process.env.ELASTICSEARCH_URL! });

    beforeAll(async () => {
      database = await createTestDatabase();
      env = environment(database.url);
    });

    afterAll(async () => {
      const prefix = env.ELASTICSEARCH_INDEX_PREFIX;
      await elasticsearch.indices.delete({ index: `${prefix}*`, ignore_unavailable: true, allow_no_indices: true });
      await elasticsearch.close();
      await database.drop();
    });

    let visibleRequests = 0;

    it('loads the demo world on the first run and prints the accounts to try', async () => {
      const result = await npmRun('demo:load', [], env);
      expectSuccess(result);
      const loaded =
        /demo: loaded (\d+) universities .* (\d+) students with (\d+) requests \((\d+) visible to companies\)/.exec(
          result.stdout,
        );
      expect(loaded).not.toBeNull();
      visibleRequests = Number(loaded![4]);
      expect(visibleRequests).toBeGreaterThan(0);
      expect(result.stdout).toMatch(/admin@demo\.semsem-stages\.test/);
      const [{ journals }] = (await adminQuery(
        database.url,
        'SELECT count(*)::int AS journals FROM internship_journal_entries',
      )) as Array<{ journals: number }>;
      expect(journals).toBeGreaterThan(0);
    });

    it('changes nothing on a second run and says so', async () => {
      const [before] = (await adminQuery(
        database.url,
        'SELECT count(*)::int AS users, max(created_at) AS newest FROM users',
      )) as unknown[];
      const result = await npmRun('demo:load', [], env);
      expectSuccess(result);
      expect(result.stdout).toMatch(/^demo: already loaded .*nothing changed/m);
      const [after] = (await adminQuery(
        database.url,
        'SELECT count(*)::int AS users, max(created_at) AS newest FROM users',
      )) as unknown[];
      expect(after).toEqual(before);
    });

    it('with --reset removes the demo data and loads it afresh', async () => {
      const result = await npmRun('demo:load', ['--reset'], env);
      expectSuccess(result);
      expect(result.stdout).toMatch(/^demo: removed the previous demo data \(\d+ accounts, \d+ requests\)/m);
      expect(result.stdout).toMatch(/^demo: loaded /m);
    });

    it.each([
      ['unreachable', async () => ({ url: `redis://127.0.0.1:${await freePort()}`, close: async () => undefined })],
      ['silent (it accepts connections and never answers)', silentServer],
    ])('says "already loaded" and exits 0 while Redis is %s', async (_, redis) => {
      const server = await redis();
      try {
        const result = await npmRun('demo:load', [], { ...env, REDIS_URL: server.url });
        expectSuccess(result);
        expect(result.stdout).toMatch(/^demo: already loaded /m);
      } finally {
        await server.close();
      }
    });

    it('refuses an unknown argument with the usage', async () => {
      const result = await npmRun('demo:load', ['--wipe'], env);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/demo:load: unknown argument --wipe \(usage: npm run demo:load \[-- --reset\]\)/);
    });

    it('refuses to load the demo on a production platform, writing nothing', async () => {
      const [before] = (await adminQuery(database.url, 'SELECT count(*)::int AS users FROM users')) as unknown[];
      const result = await npmRun('demo:load', [], { ...env, NODE_ENV: 'production' });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(
        'demo:load: refused with NODE_ENV=production: the demo accounts have a published password',
      );
      const [after] = (await adminQuery(database.url, 'SELECT count(*)::int AS users FROM users')) as unknown[];
      expect(after).toEqual(before);
    });

    it('search:rebuild indexes every visible demo request and every published offer', async () => {
      expect(visibleRequests).toBeGreaterThan(0); // set by the first load above
      const result = await npmRun('search:rebuild', [], env);
      expectSuccess(result);
      const reports = [...result.stdout.matchAll(/^(\w+): (\{[\s\S]*?\n\})/gm)].map((match) => ({
        name: match[1],
        report: JSON.parse(match[2]) as { index: string; documents: number },
      }));
      expect(reports.map((report) => report.name).sort()).toEqual(['offers', 'profiles']);
      const profiles = reports.find((report) => report.name === 'profiles')!.report;
      expect(profiles.documents).toBe(visibleRequests);
      const counted = await elasticsearch.count({ index: profiles.index });
      expect(counted.count).toBe(visibleRequests);
      const [{ published }] = (await adminQuery(
        database.url,
        "SELECT count(*)::int AS published FROM offers WHERE status = 'published'",
      )) as Array<{ published: number }>;
      expect(reports.find((report) => report.name === 'offers')!.report.documents).toBe(published);
    });
  });

  describe('the API and the worker from dist/', () => {
    let database: TestDatabase;
    beforeAll(async () => (database = await createTestDatabase()));
    afterAll(() => database.drop());

    async function start(script: string, ready: RegExp, extra: Record<string, string> = {}): Promise<ServiceProcess> {
      return ServiceProcess.start({
        name: script,
        script: join(root, script),
        env: environment(database.url, extra),
        cwd: storage,
        logFile: '/dev/null',
        ready,
      });
    }

    it.each(['SIGTERM', 'SIGINT'] as const)('the API serves /health, then closes and exits 0 on %s', async (signal) => {
      const port = await freePort();
      const api = await start('dist/src/main.js', /listening on/, { HOST: '127.0.0.1', PORT: String(port) });
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
      expect(((await health.json()) as { status: string }).status).toBe('ok');
      expect(await api.stopWith(signal)).toEqual({ code: 0, signal: null });
      expect(api.output).toMatch(new RegExp(`${signal} received, stopping[\\s\\S]*stopped`));
      expect(api.output).not.toMatch(/ERROR/);
      await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
    });

    it('the worker started while Redis is unreachable still stops cleanly with exit 0', async () => {
      const worker = await start('dist/src/worker.js', /consuming queues/, {
        REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
      });
      expect(await worker.stopWith('SIGTERM')).toEqual({ code: 0, signal: null });
      expect(worker.output).toMatch(/SIGTERM received, stopping[\s\S]*stopped/);
    });

    it.each(['SIGTERM', 'SIGINT'] as const)(
      'the worker consumes its queues, then closes and exits 0 on %s',
      async (signal) => {
        const worker = await start('dist/src/worker.js', /consuming queues/);
        expect(await worker.stopWith(signal)).toEqual({ code: 0, signal: null });
        expect(worker.output).toMatch(new RegExp(`${signal} received, stopping[\\s\\S]*stopped`));
        expect(worker.output).not.toMatch(/ERROR/);
      },
    );
  });
});

/** A TCP server that takes connections and never answers: a Redis that is up but too slow to be ready. */
async function silentServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `redis://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
