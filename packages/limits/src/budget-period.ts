import { describe } from './option-checks.js';

/** A budget's period: a UTC calendar day, a UTC calendar month, or a number of seconds. */
export type BudgetPeriod = 'day' | 'month' | number;

/** One window of a budget period: `[start, end)` in ms since the epoch. */
export interface BudgetWindow {
  start: number;
  end: number;
}

const dayMs = 86_400_000;

/**
 * The window of `period` that holds `now`: the UTC day or month, or for a number of seconds the
 * window of that length counted from the epoch (so every replica agrees on it without talking).
 */
export function budgetWindow(period: BudgetPeriod, now: number): BudgetWindow {
  if (period === 'day') {
    const start = Math.floor(now / dayMs) * dayMs;
    return { start, end: start + dayMs };
  }
  if (period === 'month') {
    const date = new Date(now);
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth();
    return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1) };
  }
  const length = period * 1000;
  const start = Math.floor(now / length) * length;
  return { start, end: start + length };
}

/** The period as a budget's 429 names it: `day`, `month` or `3600 s`. */
export function periodLabel(period: BudgetPeriod): string {
  return typeof period === 'number' ? `${period} s` : period;
}

/**
 * Checks a `period` option.
 *
 * @throws TypeError naming `who` when it is not `'day'`, `'month'` or an integer number of seconds >= 1.
 */
export function checkPeriod(who: string, value: unknown): BudgetPeriod {
  if (value === 'day' || value === 'month') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return value;
  throw new TypeError(
    `${who}: period must be 'day', 'month' or a number of seconds (an integer >= 1); got ${describe(value)}`,
  );
}
