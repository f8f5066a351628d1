import { describeDuration, judge, subjectKey } from './rate-window';

describe('judge', () => {
  const window = { limit: 10, windowSeconds: 900 };

  it('allows up to the limit within the window', () => {
    expect(judge(window, { count: 1, ttlMs: 900_000 })).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect(judge(window, { count: 10, ttlMs: 1 })).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });

  it('refuses past the limit until the window ends, rounding up to whole seconds', () => {
    expect(judge(window, { count: 11, ttlMs: 36_001 })).toEqual({ allowed: false, retryAfterSeconds: 37 });
    expect(judge(window, { count: 500, ttlMs: 900_000 })).toEqual({ allowed: false, retryAfterSeconds: 900 });
  });

  it('never says "retry after 0" and falls back to the whole window when the key has no expiry', () => {
    expect(judge(window, { count: 11, ttlMs: 0 }).retryAfterSeconds).toBe(900);
    expect(judge(window, { count: 11, ttlMs: -1 }).retryAfterSeconds).toBe(900);
    expect(judge({ limit: 1, windowSeconds: 2 }, { count: 2, ttlMs: 3 }).retryAfterSeconds).toBe(1);
  });
});

describe('describeDuration', () => {
  it('names the largest whole unit', () => {
    expect(describeDuration(900)).toBe('15 minutes');
    expect(describeDuration(3600)).toBe('1 hour');
    expect(describeDuration(86400 * 2)).toBe('2 days');
    expect(describeDuration(90)).toBe('90 seconds');
    expect(describeDuration(1)).toBe('1 second');
  });
});

describe('subjectKey', () => {
  it('counts by client IP', () => {
    expect(subjectKey('ip', { ip: '::ffff:127.0.0.1' })).toBe('ip:::ffff:127.0.0.1');
    expect(subjectKey('ip', {})).toBe('ip:unknown');
  });

  it('counts by e-mail regardless of case and spaces, without keeping the address', () => {
    const key = subjectKey('email', { body: { email: 'Khira@Example.TN' } });
    expect(key).toMatch(/^email:[0-9a-f]{32}$/);
    expect(subjectKey('email', { body: { email: '  khira@example.tn ' } })).toBe(key);
    expect(subjectKey('email', { body: { email: 'other@example.tn' } })).not.toBe(key);
    expect(key).not.toContain('khira');
  });

  it('has nothing to count without an e-mail string (validation refuses such a body)', () => {
    expect(subjectKey('email', { body: {} })).toBeNull();
    expect(subjectKey('email', { body: { email: ['a@b.c'] } })).toBeNull();
    expect(subjectKey('email', { body: { email: '  ' } })).toBeNull();
    expect(subjectKey('email', {})).toBeNull();
  });
});
