import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');

/**
 * The short fault drill, as `npm run drill -- --short` runs it: the API and the worker from dist/ in their own
 * processes, 1,000 edits while Elasticsearch is cut, the drill's own Redis stops and the worker is killed with
 * SIGKILL in the middle of a bulk batch; then Elasticsearch and the mailbox must agree with Postgres.
 */
describe('fault drill (short)', () => {
  jest.setTimeout(12 * 60_000);

  it('loses nothing: 0 differences after the faults', async () => {
    const missing = ['dist/drill/run-drill.js', 'dist/src/main.js', 'dist/src/worker.js'].filter(
      (file) => !existsSync(join(root, file)),
    );
    if (missing.length > 0) throw new Error(`build first (npm run build): missing ${missing.join(', ')}`);
    const elasticsearchPort = new URL(process.env.ELASTICSEARCH_URL!).port || '9200';
    const env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      DRILL_POSTGRES_URL: process.env.TEST_ADMIN_DATABASE_URL!,
      // The proxy in front of the shared node is cut; the node itself keeps serving the other tests.
      DRILL_ES_FAULT: 'proxy',
      DRILL_ES_PORT: elasticsearchPort,
      DRILL_PROXY_PORT: '3191',
      DRILL_API_PORT: '3182',
      DRILL_REDIS_PORT: '6392',
    };
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
      (done, reject) => {
        const child = spawn('npm', ['run', '-s', 'drill', '--', '--short'], { cwd: root, env });
        let out = '';
        let err = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
        child.on('error', reject);
        child.on('exit', (exitCode) => done({ code: exitCode, stdout: out, stderr: err }));
      },
    );
    const context = `\n--- stdout\n${stdout}\n--- stderr\n${stderr.slice(-4000)}`;
    expect({ code, context }).toEqual({ code: 0, context });
    const result = JSON.parse(readFileSync(join(root, 'var/drill/drill-short.json'), 'utf8'));
    expect(result.edits).toBeGreaterThanOrEqual(1000);
    expect(result.faults.map((fault: { what: string }) => fault.what)).toEqual([
      'Elasticsearch stopped (proxy)',
      'Redis stopped (restarted empty)',
      expect.stringMatching(/^worker SIGKILL/),
    ]);
    expect(result.comparison.differences).toEqual([]);
    expect(result.comparison.mails).toBeGreaterThan(0);
    expect(result.failures).toEqual({});
    expect(stdout).toMatch(/^differences: 0$/m);
  });
});
