import { ConfigurationError, loadConfig } from '../config/load-config';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/semsem',
  REDIS_URL: 'redis://127.0.0.1:6379',
  ELASTICSEARCH_URL: 'http://127.0.0.1:9200',
  AUTH_JWT_SECRET: 'a-test-secret-that-is-long-enough-0123',
};

describe('RATE_LIMIT_* settings', () => {
  it('default to 10 log-ins per 15 minutes per e-mail and 50 per IP', () => {
    const { rateLimits } = loadConfig(valid);
    expect(rateLimits.loginPerEmail).toEqual({ limit: 10, windowSeconds: 900 });
    expect(rateLimits.loginPerIp).toEqual({ limit: 50, windowSeconds: 900 });
    expect(rateLimits.loginPerAccount).toEqual({ limit: 100, windowSeconds: 3600 });
  });

  it('read "<requests>/<seconds>"', () => {
    expect(loadConfig({ ...valid, RATE_LIMIT_LABEL_LOOKUP_PER_IP: '3/2' }).rateLimits.labelLookupPerIp).toEqual({
      limit: 3,
      windowSeconds: 2,
    });
  });

  it.each(['10', '0/900', '10/0', '10/15m', '-1/60', '1.5/60'])('refuse "%s", naming the variable', (value) => {
    expect(() => loadConfig({ ...valid, RATE_LIMIT_LOGIN_PER_IP: value })).toThrow(ConfigurationError);
    expect(() => loadConfig({ ...valid, RATE_LIMIT_LOGIN_PER_IP: value })).toThrow(
      /RATE_LIMIT_LOGIN_PER_IP must be "<requests>\/<seconds>"/,
    );
  });
});
