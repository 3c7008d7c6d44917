import { chargedTat, fits } from './gcra.js';
import type { LimitStore, RateCounter, TakeResult } from './limit-store.js';

/** A `LimitStore` in this process's memory. */
export interface MemoryLimitStore extends LimitStore {
  take(counters: readonly RateCounter[], now: number): TakeResult;
  adjust(counter: RateCounter, now: number): void;
  spent(key: string, now: number): number;
  spend(key: string, usd: number, expiresAt: number, now: number): number;
  /** How many keys are held (expired ones linger until the next sweep). */
  readonly size: number;
}

/** Spend is kept in whole nano-dollars, as in Redis (`INCRBY`), so both stores add up alike. */
export const nanosPerUsd = 1e9;

/** Expired keys are swept at most this often (in the callers' clock), on a write. */
const sweepEveryMs = 10_000;

/**
 * The default store: counters and spend in a `Map` of this process, each key dropped once it has
 * expired (swept on writes, at most every 10 s). Limits held here are per process: replicas
 * (or `--workers`) that must share them need `redisLimitStore`. Answers synchronously, so a
 * limiter on it adds no wait to a request.
 */
export function memoryLimitStore(): MemoryLimitStore {
  // The value is a counter's TAT, or a budget's spend in nano-dollars; both expire at `expiresAt`.
  const entries = new Map<string, { value: number; expiresAt: number }>();
  let nextSweep = 0;

  const live = (key: string, now: number) => {
    const entry = entries.get(key);
    return entry !== undefined && entry.expiresAt > now ? entry : undefined;
  };
  const write = (key: string, value: number, expiresAt: number, now: number) => {
    if (now >= nextSweep) {
      nextSweep = now + sweepEveryMs;
      for (const [held, entry] of entries) if (entry.expiresAt <= now) entries.delete(held);
    }
    if (expiresAt <= now) entries.delete(key);
    else entries.set(key, { value, expiresAt });
  };

  return {
    take(counters, now) {
      const tats: number[] = [];
      let allowed = true;
      for (const counter of counters) {
        const tat = chargedTat(live(counter.key, now)?.value, now, counter);
        tats.push(tat);
        if (!fits(tat, now, counter)) allowed = false;
      }
      if (!allowed) {
        // Refused: nothing is charged, and the counters are reported as they stand.
        for (const [index, counter] of counters.entries()) {
          tats[index] = Math.max(live(counter.key, now)?.value ?? now, now);
        }
        return { allowed, tats };
      }
      for (const [index, counter] of counters.entries()) write(counter.key, tats[index]!, tats[index]!, now);
      return { allowed, tats };
    },
    adjust(counter, now) {
      const tat = chargedTat(live(counter.key, now)?.value, now, counter);
      write(counter.key, tat, tat, now);
    },
    spent(key, now) {
      return (live(key, now)?.value ?? 0) / nanosPerUsd;
    },
    spend(key, usd, expiresAt, now) {
      const total = (live(key, now)?.value ?? 0) + Math.round(usd * nanosPerUsd);
      write(key, total, expiresAt, now);
      return total / nanosPerUsd;
    },
    get size() {
      return entries.size;
    },
  };
}
