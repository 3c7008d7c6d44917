/** A value or a promise of it: the memory store answers synchronously, Redis does not. */
export type Awaitable<T> = T | Promise<T>;

/**
 * One rate counter in a store, kept as GCRA state (the "theoretical arrival time", see `gcra.ts`):
 * `limit` units per `periodMs`, replenished continuously.
 */
export interface RateCounter {
  /** The storage key (already namespaced and hashed by the middleware). */
  key: string;
  /** Units allowed per period (requests, or tokens). An integer >= 1. */
  limit: number;
  /** The period in milliseconds (60 000 for a per-minute limit). */
  periodMs: number;
  /** Units this call uses: 1 request, the estimated tokens, or (in `adjust`) a correction, which may be negative. */
  cost: number;
}

/** What `take` answers. */
export interface TakeResult {
  /** True when every counter had room and all were charged; false when none was charged. */
  allowed: boolean;
  /**
   * Per counter, in the order given: its theoretical arrival time in ms since the epoch, after the
   * charge when allowed, as it stands when refused. Never earlier than `now`.
   */
  tats: number[];
}

/**
 * Where limits keep their state. Both operations of a rate limit are atomic per call; every key the
 * store writes expires by itself (a counter when it is back to full, a budget window at its end).
 * A store that throws or rejects is handled by the middleware as `failOpen` says.
 */
export interface LimitStore {
  /**
   * Charges every counter by its `cost` when all of them have room at `now` (ms since the epoch),
   * else charges none. One round trip for the Redis store.
   */
  take(counters: readonly RateCounter[], now: number): Awaitable<TakeResult>;
  /**
   * Adds `counter.cost` (negative: gives back) to a counter without checking its limit: how
   * reserved tokens are settled once the answer's usage is known. A counter never goes back
   * further than full.
   */
  adjust(counter: RateCounter, now: number): Awaitable<void>;
  /** US dollars spent under `key` (a budget window) as of `now`; 0 when nothing was. */
  spent(key: string, now: number): Awaitable<number>;
  /**
   * Adds `usd` to `key`, which expires at `expiresAt` (ms since the epoch); answers the new total.
   * Amounts are kept in whole nano-dollars (1e-9 USD), so totals add up exactly.
   */
  spend(key: string, usd: number, expiresAt: number, now: number): Awaitable<number>;
}
