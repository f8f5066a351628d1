import { createServer } from 'node:net';
import { Role } from '../src/common/auth/role.enum';
import { createUserDirectly, TestAccount } from './support/accounts';
import { TestPlatform } from './support/platform';

/** Request paths that call Redis answer within a bound while Redis is away, instead of hanging for the outage. */
describe('with Redis unreachable, request paths answer at once', () => {
  let platform: TestPlatform;
  let admin: TestAccount;

  beforeAll(async () => {
    platform = await TestPlatform.start({
      worker: false,
      env: { REDIS_URL: `redis://127.0.0.1:${await unusedPort()}` },
    });
    admin = await createUserDirectly(platform, Role.Admin);
  });
  afterAll(() => platform?.close());

  it('GET /admin/search/status shows the indices and says why the rebuild jobs are unknown', async () => {
    const started = Date.now();
    const { body } = await platform.http(admin.accessToken).get('/admin/search/status').timeout(15_000).expect(200);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(body.outbox).toMatchObject({ pending: expect.any(Number) });
    expect(body.profiles.rebuild.error).toMatch(/Redis/);
  });

  it('POST /admin/search/rebuild answers 503 queue_unavailable', async () => {
    const started = Date.now();
    const { body } = await platform.http(admin.accessToken).post('/admin/search/rebuild').timeout(15_000).expect(503);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(body.code).toBe('queue_unavailable');
  });
});

function unusedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
