import type { RateCounter } from './limit-store.js';

// The generic cell rate algorithm (GCRA), the arithmetic both stores share (the Redis store runs the
// same formulas in Lua). A counter of `limit` units per `periodMs` is one number, its theoretical
// arrival time (TAT): the moment it will be full again. Each unit moves it `periodMs / limit` later;
// a charge fits while the TAT it leads to is at most one period ahead of now. So a full counter
// admits `limit` units at once (a burst of the whole limit, as OpenAI's per-minute limits allow) and
// then one unit per `periodMs / limit`: a sliding window without buckets, exact at every instant.
// A counter whose TAT is not after now is full, so its key can expire exactly then.

/** The TAT after charging `counter.cost` to a counter whose TAT is `tat` (undefined: full). */
export function chargedTat(tat: number | undefined, now: number, counter: RateCounter): number {
  return Math.max(tat ?? now, now) + (counter.cost * counter.periodMs) / counter.limit;
}

/** True when a counter may reach `tat`: it is at most one period ahead of `now`. */
export function fits(tat: number, now: number, counter: RateCounter): boolean {
  return tat - counter.periodMs <= now;
}

/** Units left at `now` for a counter whose TAT is `tat`: from 0 to `limit`. */
export function remainingUnits(tat: number, now: number, counter: RateCounter): number {
  const free = ((now + counter.periodMs - Math.max(tat, now)) * counter.limit) / counter.periodMs;
  // A hair of tolerance: 60 000 / 3 * 3 may come back as 59 999.999…, which is still 3 units.
  return Math.min(counter.limit, Math.max(0, Math.floor(free + 1e-9)));
}

/** Milliseconds until a counter whose TAT is `tat` is full again (OpenAI's `x-ratelimit-reset-*`). */
export function resetMs(tat: number, now: number): number {
  return Math.max(0, tat - now);
}

/** Milliseconds until `counter.cost` fits in a counter whose TAT is `tat` (0: it fits now). */
export function waitMs(tat: number, now: number, counter: RateCounter): number {
  return Math.max(0, chargedTat(tat, now, counter) - counter.periodMs - now);
}
