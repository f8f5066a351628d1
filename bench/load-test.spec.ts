import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { runLoad } from './load-test';

/** Answers /fast at once and /slow after 1.5 s: with a 1 s timeout, every /slow request times out. */
function slowServer(): Promise<Server> {
  const server = createServer((request, response) => {
    const answer = () => response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    if (request.url === '/slow') setTimeout(answer, 1500);
    else answer();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('runLoad', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = await slowServer();
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  const requests = [
    { kind: 'keywords' as const, method: 'GET' as const, path: '/fast' },
    { kind: 'keywords' as const, method: 'GET' as const, path: '/slow' },
  ];

  it("counts a baseline's timeouts as answers at the timeout, not as a failed run", async () => {
    const point = await runLoad({ name: 'baseline', url, requests, timeoutsAreAnswers: true, timeoutS: 1 }, 1, 3);
    expect(point.timeouts).toBeGreaterThan(0);
    expect(point.errors).toBe(0);
    // Only the answered requests make the throughput; the timed-out ones weigh in the latencies at the timeout.
    expect(point.responses).toBeGreaterThan(0);
    expect(point.qps).toBeCloseTo(point.responses / point.durationS, 0);
    expect(point.latency.max).toBeGreaterThanOrEqual(1000);
  }, 15_000);

  it('fails the run when the service under test times out', async () => {
    await expect(runLoad({ name: 'api', url, requests, timeoutS: 1 }, 2, 4)).rejects.toThrow(/failed or timed out/);
  }, 15_000);
});
