import { latencyBoundsMs } from '@switchyard/limits';
import { describe, expect, it } from 'vitest';
import { addHistogram, latencyPercentile } from './latency-percentile.js';

function histogram(counts: Record<number, number>): number[] {
  const buckets = new Array<number>(latencyBoundsMs.length + 1).fill(0);
  for (const [index, count] of Object.entries(counts)) buckets[Number(index)] = count;
  return buckets;
}

describe('latencyPercentile', () => {
  it('is undefined for no requests', () => {
    expect(latencyPercentile(histogram({}), 0.5)).toBeUndefined();
  });

  it('interpolates inside the bucket holding the p-th request', () => {
    // 100 requests in (100, 250] ms: the median sits halfway through the bucket.
    expect(latencyPercentile(histogram({ 2: 100 }), 0.5)).toBe(175);
    // 90 fast (<= 50 ms), 10 slow in (1000, 2500]: p50 is fast, p95 halfway through the slow bucket.
    const mixed = histogram({ 0: 90, 5: 10 });
    expect(latencyPercentile(mixed, 0.5)).toBe(28);
    expect(latencyPercentile(mixed, 0.95)).toBe(1750);
    expect(latencyPercentile(mixed, 0.99)).toBe(2350);
  });

  it('answers the last bound for requests slower than it', () => {
    expect(latencyPercentile(histogram({ [latencyBoundsMs.length]: 3 }), 0.99)).toBe(120_000);
  });

  it('adds histograms bucket by bucket', () => {
    const into: number[] = [];
    addHistogram(into, [1, 2, 0]);
    addHistogram(into, [0, 3, 4]);
    expect(into).toEqual([1, 5, 4]);
  });
});
