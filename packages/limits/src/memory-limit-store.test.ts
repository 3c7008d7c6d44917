import { describe, expect, it } from 'vitest';
import { memoryLimitStore } from './memory-limit-store.js';

const counter = (key: string, cost = 1) => ({ key, limit: 2, periodMs: 60_000, cost });

describe('memoryLimitStore', () => {
  it('charges all counters or none', () => {
    const store = memoryLimitStore();
    expect(store.take([counter('a'), counter('b', 2)], 0)).toEqual({ allowed: true, tats: [30_000, 60_000] });
    // b is full: a is not charged either.
    expect(store.take([counter('a'), counter('b')], 0)).toEqual({ allowed: false, tats: [30_000, 60_000] });
    expect(store.take([counter('a')], 0)).toEqual({ allowed: true, tats: [60_000] });
  });

  it('never gives back more than full', () => {
    const store = memoryLimitStore();
    store.take([counter('a')], 0);
    store.adjust(counter('a', -10), 0);
    expect(store.take([counter('a', 2)], 0)).toEqual({ allowed: true, tats: [60_000] });
  });

  it('forgets counters once they are full again, and budget windows once they end', () => {
    const store = memoryLimitStore();
    store.take([counter('a')], 0);
    store.spend('window', 0.25, 100_000, 0);
    expect(store.spend('window', 0.5, 100_000, 1)).toBe(0.75);
    expect(store.spent('window', 99_999)).toBe(0.75);
    expect(store.size).toBe(2);
    // Sweeps happen on writes, at most every 10 s of the callers' clock: a is full again at 30 s.
    store.take([counter('b')], 50_000);
    expect(store.size).toBe(2);
    expect(store.spent('window', 100_000)).toBe(0);
    // b is full again by then, and the window has ended: only c is left.
    store.take([counter('c')], 100_000);
    expect(store.size).toBe(1);
  });

  it('adds spend in whole nano-dollars, so totals add up exactly', () => {
    const store = memoryLimitStore();
    for (let index = 0; index < 10; index++) store.spend('w', 0.1, 1000, 0);
    expect(store.spent('w', 0)).toBe(1);
  });
});
