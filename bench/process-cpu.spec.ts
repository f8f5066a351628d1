import { cpuPerAnswer, CpuReading, readCpuTicks, waitForQuietMachine } from './process-cpu';

describe('cpuPerAnswer', () => {
  const reading = (entries: Array<[number, CpuReading extends Map<number, infer V> ? V : never]>): CpuReading =>
    new Map(entries);

  it('sums the ticks spent between two readings by group, in ms per answer', () => {
    const before = reading([
      [10, { group: 'api', ticks: 100 }],
      [20, { group: 'postgres', ticks: 50 }],
      [21, { group: 'postgres', ticks: 5 }],
    ]);
    const after = reading([
      [10, { group: 'api', ticks: 140 }], // 400 ms
      [20, { group: 'postgres', ticks: 60 }], // 100 ms
      [21, { group: 'postgres', ticks: 15 }], // 100 ms
      [30, { group: 'other', ticks: 3 }], // started during the point: all of its 30 ms
    ]);
    expect(cpuPerAnswer(before, after, 100)).toEqual({
      api: 4,
      engine: 0,
      postgres: 2,
      redis: 0,
      worker: 0,
      bench: 0,
      other: 0.3,
    });
  });

  it('reads this process as the bench, and a named pid as its name', () => {
    const ticks = readCpuTicks({ api: process.pid });
    // The bench's own pid wins over a name given to it: the load generator runs here.
    expect(ticks.get(process.pid)?.group).toBe('bench');
    expect(ticks.size).toBeGreaterThan(1);
  });
});

describe('waitForQuietMachine', () => {
  it('returns as soon as the busy share is under the bar, and gives up at the timeout', async () => {
    expect(await waitForQuietMachine(1.01, 5_000)).toBe(true); // no machine is busier than all of its cores
    const started = Date.now();
    expect(await waitForQuietMachine(-1, 1_200)).toBe(false); // nor idler than none
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
  });
});
