import { parseDrillOptions } from './drill-options';

describe('parseDrillOptions', () => {
  it('keeps the forms as they were: long on its own node, short through a proxy in front of 9200', () => {
    expect(parseDrillOptions([], {})).toMatchObject({
      label: 'long',
      edits: 10_000,
      elasticsearch: 'node',
      elasticsearchPort: 9220,
    });
    expect(parseDrillOptions(['--short'], {})).toMatchObject({
      label: 'short',
      edits: 1000,
      elasticsearch: 'proxy',
      elasticsearchPort: 9200,
    });
  });

  it('--es cluster: its own cluster from 9230, combinable with --short, --edits and --es-down', () => {
    expect(parseDrillOptions(['--es', 'cluster', '--short'], {})).toMatchObject({
      label: 'short',
      edits: 1000,
      elasticsearchDownMs: 15_000,
      elasticsearch: 'cluster',
      elasticsearchPort: 9230,
      stopNodeAtEnd: true,
    });
    expect(
      parseDrillOptions(['--es=cluster', '--edits', '3000', '--es-down', '60', '--redis-down', '30'], {}),
    ).toMatchObject({
      label: 'custom',
      edits: 3000,
      elasticsearchDownMs: 60_000,
      redisDownMs: 30_000,
      elasticsearch: 'cluster',
    });
  });

  it('leaves the cluster running with --keep, and only then', () => {
    expect(parseDrillOptions(['--es', 'cluster', '--keep'], {})).toMatchObject({ stopNodeAtEnd: false, keep: true });
    // the single node's keep-alive stays DRILL_KEEP_NODE, as before
    expect(parseDrillOptions(['--es', 'node', '--keep'], {})).toMatchObject({ stopNodeAtEnd: true, keep: true });
  });

  it('refuses an unknown fault', () => {
    expect(() => parseDrillOptions(['--es', 'cloud'], {})).toThrow(/--es must be node, proxy or cluster/);
  });
});
