import { dcg, mean, ndcgAt, precisionAt } from './ranking-metrics';

const judged = new Map([
  ['a', 3],
  ['b', 2],
  ['c', 0],
  ['d', 1],
]);

describe('ranking metrics', () => {
  it('computes DCG with exponential gain and a log2 discount', () => {
    expect(dcg([3, 2, 1], 10)).toBeCloseTo(7 + 3 / Math.log2(3) + 1 / 2, 10);
    expect(dcg([3, 2, 1], 1)).toBe(7);
    expect(dcg([], 10)).toBe(0);
  });

  it('gives nDCG 1 to the ideal order and less to any other', () => {
    expect(ndcgAt(['a', 'b', 'd', 'c'], judged, 10)).toBeCloseTo(1, 10);
    const swapped = ndcgAt(['b', 'a', 'd'], judged, 10)!;
    expect(swapped).toBeLessThan(1);
    expect(swapped).toBeCloseTo((3 + 7 / Math.log2(3) + 1 / 2) / (7 + 3 / Math.log2(3) + 1 / 2), 10);
    // Unjudged ids gain nothing; nothing relevant at all says nothing.
    expect(ndcgAt(['x', 'y'], judged, 10)).toBe(0);
    expect(ndcgAt(['a'], new Map([['a', 0]]), 10)).toBeNull();
  });

  it('cuts at k, both the ranking and the ideal', () => {
    expect(ndcgAt(['a', 'c'], judged, 1)).toBe(1);
    expect(ndcgAt(['c', 'a'], judged, 1)).toBe(0);
  });

  it('counts grades from 2 as relevant for precision, empty places included', () => {
    expect(precisionAt(['a', 'b', 'c', 'd', 'x'], judged, 5)).toBe(0.4);
    expect(precisionAt(['a'], judged, 5)).toBe(0.2);
    expect(precisionAt(['d', 'c'], judged, 2, 1)).toBe(0.5);
  });

  it('averages what is known', () => {
    expect(mean([1, null, 0.5])).toBe(0.75);
    expect(mean([null])).toBeNull();
  });
});
