import { ConfigurationError, loadConfig, mask } from './load-config';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/semsem',
  REDIS_URL: 'redis://127.0.0.1:6379',
  ELASTICSEARCH_URL: 'http://127.0.0.1:9200/',
  AUTH_JWT_SECRET: 'a-test-secret-that-is-long-enough-0123',
};

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('loadConfig', () => {
  it('builds a typed config with defaults', () => {
    const config = loadConfig({ ...valid, PORT: '8080' });
    expect(config.http).toEqual({ host: '127.0.0.1', port: 8080, trustProxy: false, apiDocs: true });
    expect(config.elasticsearch).toEqual({
      url: 'http://127.0.0.1:9200',
      nodes: ['http://127.0.0.1:9200'],
      indexPrefix: 'semsem_',
      shards: 1,
      replicas: 0,
    });
    expect(config.queue.prefix).toBe('semsem');
    expect(config.env).toBe('development');
  });

  it('names a missing required variable', () => {
    const problems = problemsOf({ ...valid, DATABASE_URL: undefined });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^DATABASE_URL must be a URL starting with postgres:\/\/ .*\(not set\)$/);
  });

  it('names a malformed variable and shows its value with the password hidden', () => {
    const problems = problemsOf({ ...valid, REDIS_URL: 'http://user:secret@host:1' });
    expect(problems).toEqual([expect.stringContaining('REDIS_URL must be a URL starting with redis://')]);
    expect(problems[0]).toContain('user:***@host');
    expect(problems[0]).not.toContain('secret');
  });

  it('names a refused secret without printing it', () => {
    const problems = problemsOf({ ...valid, AUTH_JWT_SECRET: 'my-short-secret' });
    expect(problems).toEqual(['AUTH_JWT_SECRET must be at least 32 characters long (got 15 characters)']);
  });

  it('reports every bad variable at once, one message each, on one line', () => {
    const problems = problemsOf({ ...valid, PORT: 'eighty', ELASTICSEARCH_INDEX_PREFIX: 'Bad Prefix' });
    expect(problems.map((p) => p.split(' ')[0]).sort()).toEqual(['ELASTICSEARCH_INDEX_PREFIX', 'PORT']);
    expect(problems.find((p) => p.startsWith('PORT'))).toBe('PORT must be an integer (got "eighty")');
    expect(new ConfigurationError(problems).message).not.toContain('\n');
  });

  it('reads TRUST_PROXY as Express takes it, and names a malformed one', () => {
    expect(loadConfig({ ...valid, TRUST_PROXY: 'true' }).http.trustProxy).toBe(true);
    expect(loadConfig({ ...valid, TRUST_PROXY: '1' }).http.trustProxy).toBe(1);
    expect(loadConfig({ ...valid, TRUST_PROXY: 'loopback, 10.0.0.0/8,::1' }).http.trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      '::1',
    ]);
    expect(problemsOf({ ...valid, TRUST_PROXY: '10.0.0.0/33' })).toEqual([
      expect.stringMatching(/^TRUST_PROXY must be false, true/),
    ]);
    expect(problemsOf({ ...valid, TRUST_PROXY: 'yes' })).toHaveLength(1);
  });

  it('serves the OpenAPI page unless production, where API_DOCS=on brings it back', () => {
    expect(loadConfig({ ...valid, NODE_ENV: 'production' }).http.apiDocs).toBe(false);
    expect(loadConfig({ ...valid, NODE_ENV: 'production', API_DOCS: 'on' }).http.apiDocs).toBe(true);
    expect(loadConfig({ ...valid, API_DOCS: 'off' }).http.apiDocs).toBe(false);
    expect(problemsOf({ ...valid, API_DOCS: 'yes' })).toEqual([expect.stringMatching(/^API_DOCS /)]);
  });

  it('takes the nodes of a cluster, comma-separated, with their shards and replicas', () => {
    const config = loadConfig({
      ...valid,
      ELASTICSEARCH_URL: 'http://127.0.0.1:9210/, http://127.0.0.1:9211 ,http://127.0.0.1:9212',
      ELASTICSEARCH_SHARDS: '3',
      ELASTICSEARCH_REPLICAS: '1',
    });
    expect(config.elasticsearch.nodes).toEqual([
      'http://127.0.0.1:9210',
      'http://127.0.0.1:9211',
      'http://127.0.0.1:9212',
    ]);
    expect(config.elasticsearch.url).toBe('http://127.0.0.1:9210');
    expect([config.elasticsearch.shards, config.elasticsearch.replicas]).toEqual([3, 1]);
  });

  it('names a bad node in the list, and shards or replicas out of range', () => {
    expect(problemsOf({ ...valid, ELASTICSEARCH_URL: 'http://127.0.0.1:9210,redis://x:1' })).toEqual([
      expect.stringMatching(/^ELASTICSEARCH_URL must be one or more comma-separated URLs starting with http:\/\//),
    ]);
    expect(problemsOf({ ...valid, ELASTICSEARCH_URL: ' , ' })).toHaveLength(1);
    const problems = problemsOf({ ...valid, ELASTICSEARCH_SHARDS: '0', ELASTICSEARCH_REPLICAS: '-1' });
    expect(problems.map((p) => p.split(' ')[0]).sort()).toEqual(['ELASTICSEARCH_REPLICAS', 'ELASTICSEARCH_SHARDS']);
  });

  it('cuts the rebuild bulk requests at 8 MB unless told, and names a size out of range', () => {
    expect(loadConfig(valid).searchRebuild.bulkBytes).toBe(8 * 1024 * 1024);
    expect(loadConfig({ ...valid, SEARCH_REBUILD_BULK_BYTES: '1048576' }).searchRebuild.bulkBytes).toBe(1048576);
    for (const bad of ['1000', '104857600', '8MB']) {
      expect(problemsOf({ ...valid, SEARCH_REBUILD_BULK_BYTES: bad })).toEqual([
        expect.stringMatching(/^SEARCH_REBUILD_BULK_BYTES /),
      ]);
    }
  });

  it('treats an empty value as not set', () => {
    expect(problemsOf({ ...valid, ELASTICSEARCH_URL: '' })[0]).toContain('(not set)');
  });
});

describe('mask', () => {
  it('hides only the password of a URL', () => {
    expect(mask('postgres://app:p4ss@db:5432/x')).toBe('postgres://app:***@db:5432/x');
    expect(mask('postgres://app@db/x')).toBe('postgres://app@db/x');
  });
});
