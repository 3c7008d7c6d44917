import { type CallOutcome, type ErrorCode, errorCodes, isErrorCode } from '@switchyard/core';
import type { Backoff } from './backoff.js';
import { createRetryBudget, type RetryBudget } from './retry-budget.js';

/** What `onRetry` is told before each retry. */
export interface RetryEvent {
  /** Which retry this is: 1 for the first retry (the second call). */
  retry: number;
  /** How long retry waits before it, in milliseconds. */
  delayMs: number;
  /** The retryable status that caused it, when it was a response. */
  status?: number;
  /** The error that caused it, when the call threw. */
  error?: unknown;
}

/** Options of `retry`. */
export interface RetryOptions {
  /**
   * Retries after the first call, as in Portkey's `retry.attempts`: `attempts: 3` makes at most
   * 4 calls. Default: 2.
   */
  attempts?: number;
  /**
   * Response statuses that are retried. Default: `[408, 429, 500, 502, 503, 504]` (Portkey's
   * list plus 408, which `timeout()` answers when its deadline passes) when neither `onErrorCodes`
   * nor `when` is given; with either of them, none but those given.
   */
  onStatusCodes?: number[];
  /**
   * Error codes (core's `errorCodes`, which every provider maps its errors to) whose answers are
   * retried, e.g. `['overloaded', 'rate_limit_exceeded']`. An answer is retried when its status is
   * in `onStatusCodes` or its code is in `onErrorCodes` or `when` says so. Default: none.
   */
  onErrorCodes?: ErrorCode[];
  /**
   * Whether an outcome is retried, beside `onStatusCodes`, `onErrorCodes` and `retryOnError`: an
   * answer (`status`, `code`, `message`, `response`, its body unread) or a thrown `error`. Default:
   * none.
   */
  when?: (outcome: CallOutcome) => boolean;
  /**
   * Exponential backoff with full jitter: before retry n, a uniform wait in
   * [0, min(maxDelayMs, initialDelayMs × factor^(n-1))). Defaults: `initialDelayMs` 1000,
   * `maxDelayMs` 8000, `factor` 2 (Portkey waits exactly 1 s, 2 s, 4 s; ours averages half of
   * that, spread out so clients that failed together do not retry together).
   */
  backoff?: { initialDelayMs?: number; maxDelayMs?: number; factor?: number };
  /**
   * Wait as long as `retry-after-ms` / `Retry-After` (seconds or HTTP date) asks instead of the
   * backoff. When the server asks for longer than `maxDelayMs`, retry stops at once and returns
   * that response (a fallback can move on). Default: true, with `maxDelayMs` 30000.
   */
  respectRetryAfter?: boolean | { maxDelayMs?: number };
  /**
   * The retry budget limiting retries across requests (see `createRetryBudget`); `false` for none.
   * Default: a budget of this `retry()` alone, with ratio 0.2 and 10 tokens.
   */
  budget?: RetryBudget | false;
  /**
   * Whether an error thrown downstream may be retried. Default: transport errors, timeouts and
   * upstream protocol errors (`code` `ERR_TRANSPORT`, `ERR_TIMEOUT`, `ERR_UPSTREAM_PROTOCOL`), but
   * not a connection an address policy refused (`cause.code` `ERR_ADDRESS_NOT_ALLOWED`). A caller's
   * abort is never retried.
   */
  retryOnError?: (error: unknown) => boolean;
  /** Called before each retry, e.g. to log it. Default: none. */
  onRetry?: (event: RetryEvent) => void;
  /** Source of randomness for the jitter, returning [0, 1). Default: `Math.random`. */
  random?: () => number;
  /** The clock used to read HTTP-date `Retry-After` values, in epoch ms. Default: `Date.now`. */
  now?: () => number;
}

/** `RetryOptions` validated, with every default applied. */
export interface RetrySettings {
  attempts: number;
  onStatusCodes: ReadonlySet<number>;
  /** `undefined` when statuses alone decide, so no error body is read. */
  onErrorCodes: ReadonlySet<ErrorCode> | undefined;
  when: ((outcome: CallOutcome) => boolean) | undefined;
  backoff: Backoff;
  retryAfterCapMs: number | undefined;
  budget: RetryBudget | undefined;
  retryOnError: (error: unknown) => boolean;
  onRetry: ((event: RetryEvent) => void) | undefined;
  random: () => number;
  now: () => number;
}

/** The statuses `retry` retries when `onStatusCodes` is not given: Portkey's list plus 408. */
export const defaultRetryStatusCodes: readonly number[] = [408, 429, 500, 502, 503, 504];

const retryableErrorCodes = new Set(['ERR_TRANSPORT', 'ERR_TIMEOUT', 'ERR_UPSTREAM_PROTOCOL']);

function isRetryableError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  // An address policy refusing the host refuses it again on every try.
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  if (cause?.code === 'ERR_ADDRESS_NOT_ALLOWED') return false;
  return typeof code === 'string' && retryableErrorCodes.has(code);
}

/**
 * Checks `options` and applies defaults.
 *
 * @throws TypeError naming the first invalid option.
 */
export function resolveRetryOptions(options: RetryOptions): RetrySettings {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      `retry: options must be an object; got ${options === null ? 'null' : typeof options}`,
    );
  }
  const attempts = options.attempts ?? 2;
  if (!Number.isInteger(attempts) || attempts < 0) {
    throw new TypeError(`retry: attempts must be an integer >= 0; got ${String(attempts)}`);
  }
  const byOutcome = options.onErrorCodes !== undefined || options.when !== undefined;
  const onStatusCodes = options.onStatusCodes ?? (byOutcome ? [] : defaultRetryStatusCodes);
  if (!Array.isArray(onStatusCodes)) {
    throw new TypeError('retry: onStatusCodes must be an array of HTTP status codes');
  }
  onStatusCodes.forEach((status, index) => {
    if (!Number.isInteger(status) || status < 100 || status > 599) {
      throw new TypeError(
        `retry: onStatusCodes[${index}] must be an HTTP status code; got ${String(status)}`,
      );
    }
  });
  const onErrorCodes = options.onErrorCodes;
  if (onErrorCodes !== undefined && !Array.isArray(onErrorCodes)) {
    throw new TypeError(`retry: onErrorCodes must be an array of error codes (${errorCodes.join(', ')})`);
  }
  onErrorCodes?.forEach((code, index) => {
    if (!isErrorCode(code)) {
      throw new TypeError(
        `retry: onErrorCodes[${index}] must be one of ${errorCodes.join(', ')}; got ${JSON.stringify(code)}`,
      );
    }
  });
  const backoff: Backoff = {
    initialDelayMs: delay('backoff.initialDelayMs', options.backoff?.initialDelayMs, 1000),
    maxDelayMs: delay('backoff.maxDelayMs', options.backoff?.maxDelayMs, 8000),
    factor: options.backoff?.factor ?? 2,
  };
  if (typeof backoff.factor !== 'number' || !Number.isFinite(backoff.factor) || backoff.factor < 1) {
    throw new TypeError(`retry: backoff.factor must be a finite number >= 1; got ${String(backoff.factor)}`);
  }
  const respect = options.respectRetryAfter ?? true;
  let retryAfterCapMs: number | undefined;
  if (respect === true) retryAfterCapMs = 30_000;
  else if (typeof respect === 'object' && respect !== null) {
    retryAfterCapMs = delay('respectRetryAfter.maxDelayMs', respect.maxDelayMs, 30_000);
  } else if (respect !== false) {
    throw new TypeError('retry: respectRetryAfter must be a boolean or { maxDelayMs }');
  }
  const budget = options.budget === undefined ? createRetryBudget() : options.budget;
  if (budget !== false && (typeof budget !== 'object' || typeof budget?.tryWithdraw !== 'function')) {
    throw new TypeError('retry: budget must be a RetryBudget from createRetryBudget() or false');
  }
  return {
    attempts,
    onStatusCodes: new Set(onStatusCodes),
    onErrorCodes: byOutcome ? new Set(onErrorCodes) : undefined,
    when: fn('when', options.when),
    backoff,
    retryAfterCapMs,
    budget: budget === false ? undefined : budget,
    retryOnError: fn('retryOnError', options.retryOnError) ?? isRetryableError,
    onRetry: fn('onRetry', options.onRetry),
    random: fn('random', options.random) ?? Math.random,
    now: fn('now', options.now) ?? Date.now,
  };
}

function delay(name: string, value: number | undefined, fallback: number): number {
  const ms = value ?? fallback;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
    throw new TypeError(`retry: ${name} must be a finite number of milliseconds >= 0; got ${String(ms)}`);
  }
  return ms;
}

function fn<T>(name: string, value: T | undefined): T | undefined {
  if (value !== undefined && typeof value !== 'function') {
    throw new TypeError(`retry: ${name} must be a function; got ${typeof value}`);
  }
  return value;
}
