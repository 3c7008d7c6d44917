/** Exponential backoff settings, as resolved from `RetryOptions.backoff`. */
export interface Backoff {
  initialDelayMs: number;
  maxDelayMs: number;
  factor: number;
}

/**
 * The wait before retry number `retry` (1-based): "full jitter", a uniform draw in
 * [0, min(maxDelayMs, initialDelayMs × factor^(retry-1))). Spreading retries over the whole
 * interval keeps many clients that failed together from retrying together.
 */
export function backoffDelayMs(backoff: Backoff, retry: number, random: () => number): number {
  const ceiling = Math.min(backoff.maxDelayMs, backoff.initialDelayMs * backoff.factor ** (retry - 1));
  return Math.floor(random() * ceiling);
}
