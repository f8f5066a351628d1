import { probe } from './component-health';

describe('probe', () => {
  it('reports up with the detail the check returns', async () => {
    await expect(probe(1000, async () => 'cluster status green')).resolves.toMatchObject({
      status: 'up',
      detail: 'cluster status green',
    });
  });

  it('reports down with the first line of the error', async () => {
    const result = await probe(1000, async () => {
      throw new Error('connect ECONNREFUSED\nstack');
    });
    expect(result).toMatchObject({ status: 'down', detail: 'connect ECONNREFUSED' });
  });

  it('reports down when the check hangs past the deadline', async () => {
    const result = await probe(50, () => new Promise<void>(() => undefined));
    expect(result).toMatchObject({ status: 'down', detail: 'no answer within 50 ms' });
    expect(result.latencyMs).toBeGreaterThanOrEqual(45);
  });
});
