import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { adminQuery, dropDatabase, withDatabase } from './support/postgres-admin';

const root = join(__dirname, '..');
const entryPoints = ['dist/src/main.js', 'dist/src/worker.js', 'dist/src/database/migrate.js'];

/** The built entry points, run as an operator runs them, stop with one line naming the bad setting. */
describe('start-up with a bad setting', () => {
  beforeAll(() => {
    const missing = entryPoints.filter((file) => !existsSync(join(root, file)));
    if (missing.length > 0) throw new Error(`build first (npm run build): missing ${missing.join(', ')}`);
  });

  function run(file: string, env: Record<string, string>) {
    return spawnSync(process.execPath, [file], {
      cwd: '/', // no .env to fall back on
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
      timeout: 20_000,
    });
  }

  const good = {
    DATABASE_URL: process.env.DATABASE_URL!,
    REDIS_URL: process.env.REDIS_URL!,
    ELASTICSEARCH_URL: process.env.ELASTICSEARCH_URL!,
    AUTH_JWT_SECRET: process.env.AUTH_JWT_SECRET!,
  };

  it.each(entryPoints)('%s refuses a malformed DATABASE_URL', (file) => {
    const result = run(join(root, file), { ...good, DATABASE_URL: 'mysql://db/semsem' });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/DATABASE_URL must be a URL starting with postgres:\/\//);
  });

  it('the API refuses a DATABASE_URL that points nowhere, in one line naming it', () => {
    const result = run(join(root, 'dist/src/main.js'), {
      ...good,
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/semsem',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^api: cannot use DATABASE_URL=.*ECONNREFUSED/),
    ]);
  });

  it('the worker names every missing required setting', () => {
    const result = run(join(root, 'dist/src/worker.js'), {});
    expect(result.status).toBe(1);
    const line = result.stderr.trim();
    expect(line.split('\n')).toHaveLength(1);
    for (const name of ['DATABASE_URL', 'REDIS_URL', 'ELASTICSEARCH_URL']) expect(line).toContain(`${name} must be`);
  });

  it('the API refuses a database whose schema is behind, naming the command that fixes it', async () => {
    const adminUrl = process.env.TEST_ADMIN_DATABASE_URL!;
    const name = `${process.env.TEST_TEMPLATE_DATABASE}_empty`;
    await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
    try {
      const result = run(join(root, 'dist/src/main.js'), { ...good, DATABASE_URL: withDatabase(adminUrl, name) });
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toBe(
        'api: the database schema is behind the code: run `npm run migration:run` first',
      );
    } finally {
      await dropDatabase(adminUrl, name);
    }
  });
});
