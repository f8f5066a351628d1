import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { createServer, Server } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { newOpaqueToken } from '../src/accounts/opaque-token';
import { PasswordHasher } from '../src/accounts/password-hasher';
import { Role } from '../src/common/auth/role.enum';
import { createUserDirectly } from './support/accounts';
import { TestPlatform } from './support/platform';

describe('rate limits', () => {
  describe('with Redis up and low limits', () => {
    let platform: TestPlatform;
    let redis: Redis;

    beforeAll(async () => {
      platform = await TestPlatform.start({
        worker: false,
        env: {
          RATE_LIMIT_LOGIN_PER_EMAIL: '10/900',
          RATE_LIMIT_LOGIN_PER_ACCOUNT: '25/900',
          // Clients told apart by X-Forwarded-For, as behind the platform's reverse proxy.
          TRUST_PROXY: 'loopback',
          RATE_LIMIT_LABEL_LOOKUP_PER_IP: '3/2',
          RATE_LIMIT_SIGNATURE_LINK_PER_IP: '2/900',
          RATE_LIMIT_ACCOUNT_TOKEN_PER_IP: '3/900',
          RATE_LIMIT_COMPANY_LOOKUP_PER_IP: '2/900',
          RATE_LIMIT_PROFILE_SEARCH_PER_USER: '2/900',
        },
      });
      redis = new Redis(process.env.REDIS_URL!);
    });
    afterAll(async () => {
      redis?.disconnect();
      await platform?.close();
    });

    it('refuses the 11th log-in attempt for one e-mail with 429, Retry-After and problem details; another e-mail still logs in', async () => {
      const victim = await createUserDirectly(platform, Role.Student); // attempt 1 (succeeds)
      for (let attempt = 2; attempt <= 10; attempt++) {
        const email = attempt % 2 ? victim.email.toUpperCase() : victim.email; // one counter whatever the case
        await platform.http().post('/auth/login').send({ email, password: 'not the password' }).expect(401);
      }

      const refused = await platform
        .http()
        .post('/auth/login')
        .send({ email: victim.email, password: victim.password })
        .expect(429);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      const retryAfter = Number(refused.headers['retry-after']);
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(900);
      expect(refused.body).toMatchObject({
        type: 'about:blank',
        title: 'Too Many Requests',
        status: 429,
        code: 'rate_limited',
        instance: '/api/auth/login',
        retryAfter,
      });
      expect(refused.body.detail).toContain('at most 10 every 15 minutes');

      const other = await createUserDirectly(platform, Role.CompanyContact);
      await platform.http().post('/auth/login').send({ email: other.email, password: other.password }).expect(200);
    });

    it('throttles label lookups per IP, and the window expires with its Redis key', async () => {
      for (let i = 0; i < 3; i++) await platform.http().get(`/labels/NOPE-${i}`).expect(404);
      const refused = await platform.http().get('/labels/NOPE-4').expect(429);
      expect(refused.body).toMatchObject({ status: 429, code: 'rate_limited', instance: '/api/labels/NOPE-4' });
      expect(refused.body.detail).toContain('at most 3 every 2 seconds');
      const retryAfter = Number(refused.headers['retry-after']);
      expect([1, 2]).toContain(retryAfter);

      const pattern = `${platform.config.queue.prefix}:rate-limit:labelLookupPerIp:*`;
      const [key] = await redis.keys(pattern);
      expect(await redis.pttl(key)).toBeGreaterThan(0);
      expect(await redis.pttl(key)).toBeLessThanOrEqual(2000);

      await sleep(retryAfter * 1000 + 250);
      expect(await redis.keys(pattern)).toEqual([]);
      await platform.http().get('/labels/NOPE-5').expect(404);
    });

    it('counts the public signature routes together per IP', async () => {
      await platform.http().get('/agreement-signatures/no-such-token').expect(404);
      await platform.http().get('/agreement-signatures/no-such-token/pdf').expect(404);
      const refused = await platform.http().post('/agreement-signatures/no-such-token').send({ name: 'X' }).expect(429);
      expect(refused.headers['retry-after']).toBeDefined();
      expect(refused.body.code).toBe('rate_limited');
    });

    it('lets the owner log in while a stranger is refused for failing on the same address, up to a per-account ceiling', async () => {
      const owner = await createUserDirectly(platform, Role.Student);
      const from = (ip: string) => ({
        login: (password: string) =>
          platform.http().post('/auth/login').set('x-forwarded-for', ip).send({ email: owner.email, password }),
      });
      const stranger = from('203.0.113.7');
      for (let attempt = 1; attempt <= 10; attempt++) await stranger.login('not the password').expect(401);
      await stranger.login('not the password').expect(429);
      await from('198.51.100.4').login(owner.password).expect(200);
      // Spread over many addresses, the guesses meet the account's own ceiling: 25 here, 13 counted above.
      for (let i = 0; i < 12; i++)
        await from(`192.0.2.${i + 1}`)
          .login('not the password')
          .expect(401);
      const capped = await from('192.0.2.200').login('not the password').expect(429);
      expect(capped.body.detail).toContain('log-in attempts for this e-mail address:');
    });

    it('counts e-mail verifications and password resets together per IP, and never hashes for a made-up reset token', async () => {
      const hash = jest.spyOn(platform.api.get(PasswordHasher), 'hash');
      const madeUp = () => newOpaqueToken().token;
      await platform
        .http()
        .post('/auth/password/reset')
        .send({ token: madeUp(), password: 'a long new passphrase' })
        .expect(401);
      expect(hash).not.toHaveBeenCalled();
      await platform.http().post('/auth/verify-email').send({ token: madeUp() }).expect(401);
      await platform
        .http()
        .post('/auth/password/reset')
        .send({ token: madeUp(), password: 'a long new passphrase' })
        .expect(401);
      const refused = await platform.http().post('/auth/verify-email').send({ token: madeUp() }).expect(429);
      expect(refused.body.code).toBe('rate_limited');
      expect(hash).not.toHaveBeenCalled();
      hash.mockRestore();
    });

    it('counts guided searches per account, after the access token is checked; another contact from the same IP goes on', async () => {
      // Written directly (this platform has no worker to send verification mails); what they may see does not matter here.
      const first = await createUserDirectly(platform, Role.CompanyContact);
      const second = await createUserDirectly(platform, Role.CompanyContact);
      for (let i = 0; i < 2; i++)
        expect((await platform.http(first.accessToken).get('/profiles/search')).status).not.toBe(429);
      const refused = await platform.http(first.accessToken).get('/profiles/search').expect(429);
      expect(refused.body.detail).toContain('profile searches by this account');
      expect((await platform.http(second.accessToken).get('/profiles/search')).status).not.toBe(429);
      // A forged token is refused as such, and counts for nobody.
      await platform.http('not.a.token').get('/profiles/search').expect(401);
      await platform.http().get('/profiles/search').expect(401);
    });

    it('limits the public company look-up per IP', async () => {
      const from = (ip: string) => platform.http().get('/companies/lookup?name=Acme').set('x-forwarded-for', ip);
      await from('203.0.113.70').expect(200);
      await from('203.0.113.70').expect(200);
      await from('203.0.113.70').expect(429);
      await from('203.0.113.71').expect(200);
    });

    it('describes the 429 and its Retry-After header in OpenAPI on the limited routes only', async () => {
      const { body } = await platform.http().get('/docs-json').expect(200);
      const limited = [
        ['/auth/login', 'post'],
        ['/auth/password/forgot', 'post'],
        ['/auth/verify-email/resend', 'post'],
        ['/auth/verify-email', 'post'],
        ['/auth/password/reset', 'post'],
        ['/auth/refresh', 'post'],
        ['/auth/register/student', 'post'],
        ['/auth/register/company-contact', 'post'],
        ['/labels/{code}', 'get'],
        ['/agreement-signatures/{token}', 'get'],
        ['/agreement-signatures/{token}/pdf', 'get'],
        ['/agreement-signatures/{token}', 'post'],
        ['/companies/lookup', 'get'],
        ['/profiles/search', 'get'],
        ['/applications/{id}/messages', 'post'],
      ];
      for (const [path, method] of limited) {
        const response = body.paths[path][method].responses['429'];
        expect({ path, method, response }).toMatchObject({
          response: { headers: { 'Retry-After': expect.any(Object) } },
        });
        expect(response.content['application/json'].schema.$ref).toContain('ProblemDetails');
      }
      expect(body.paths['/auth/logout'].post.responses['429']).toBeUndefined();
    });
  });

  describe('with Redis unreachable', () => {
    let platform: TestPlatform;
    let warn: jest.SpyInstance;

    beforeAll(async () => {
      warn = jest.spyOn(Logger.prototype, 'warn');
      platform = await TestPlatform.start({
        worker: false,
        env: {
          REDIS_URL: `redis://127.0.0.1:${await unusedPort()}`,
          RATE_LIMIT_LOGIN_PER_EMAIL: '1/60',
          RATE_LIMIT_LABEL_LOOKUP_PER_IP: '1/60',
        },
      });
    });
    afterAll(async () => {
      warn?.mockRestore();
      await platform?.close();
    });

    it('keeps the limits in the process without waiting for Redis, and says so once', async () => {
      const started = Date.now();
      await platform.http().get('/labels/NOPE-0').expect(404);
      const refused = await platform.http().get('/labels/NOPE-1').expect(429);
      expect(refused.body.code).toBe('rate_limited');
      const account = await createUserDirectly(platform, Role.Student); // logs in once: the limit of its e-mail
      await platform.http().post('/auth/login').send({ email: account.email, password: account.password }).expect(429);
      const other = await createUserDirectly(platform, Role.Student);
      expect(other.accessToken).toEqual(expect.any(String));
      expect(Date.now() - started).toBeLessThan(5000);
      const notices = warn.mock.calls.filter(([message]) =>
        String(message).includes('rate limits are counted in this process'),
      );
      expect(notices).toHaveLength(1);
    });
  });
});

/** A port nobody listens on: bind to an ephemeral port, then release it. */
function unusedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server: Server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
