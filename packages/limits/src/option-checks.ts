import type { LimitStore } from './limit-store.js';
import type { LimitsLogger } from './store-guard.js';

/** The subject of a request: a string, or `undefined` when the request is not limited. */
export type KeyFunction = (request: Request) => string | undefined | Promise<string | undefined>;

/** Options every limiter takes. */
export interface LimiterOptions {
  /**
   * Names the subject a request counts against: a tenant (`requestOptions(request).tenant`, which
   * the gateway sets from the caller's gateway key), a user id from metadata, a virtual key...
   * `undefined` lets the request through unlimited and unmarked. The name is hashed before it
   * reaches a store, so it may even be a credential. Required.
   */
  key: KeyFunction;
  /**
   * Where counters live: `memoryLimitStore()` (this process only) or `redisLimitStore(client)`
   * (shared by every replica). Default: a new `memoryLimitStore()` for this limiter.
   */
  store?: LimitStore;
  /**
   * What happens when the store fails (throws, rejects or times out): `true` lets the request through
   * unlimited, marked `x-switchyard-limits: unavailable`, with one warning per outage; `false` answers
   * 503 in OpenAI's error shape (`code: 'limits_unavailable'`). Default: true.
   */
  failOpen?: boolean;
  /**
   * Separates this limiter's keys from other limiters' in a shared store (two `rateLimit`s, one per
   * user and one per team, need different names). Default: `'rate'` for `rateLimit`, `'budget'`
   * for `budget`.
   */
  name?: string;
  /** Receives the store's failure and recovery warnings. Default: `console`. */
  logger?: LimitsLogger;
  /** The clock, in ms since the epoch; tests pass their own. Default: `Date.now`. */
  now?: () => number;
}

/** `LimiterOptions` checked once at factory time. */
export interface LimiterSettings {
  key: KeyFunction;
  store: LimitStore;
  failOpen: boolean;
  name: string;
  logger: LimitsLogger;
  now: () => number;
}

/**
 * Checks the options every limiter takes.
 *
 * @throws TypeError naming `who` and the option that is invalid.
 */
export function resolveLimiterOptions(
  who: string,
  options: LimiterOptions,
  defaults: { name: string; store: () => LimitStore },
): LimiterSettings {
  if (typeof options.key !== 'function') {
    throw new TypeError(
      `${who}: key must be a function (request) => string | undefined naming the subject to limit; got ${describe(options.key)}`,
    );
  }
  const store = options.store ?? defaults.store();
  if (typeof store !== 'object' || store === null) {
    throw new TypeError(
      `${who}: store must be a LimitStore (memoryLimitStore() or redisLimitStore(client)); got ${describe(store)}`,
    );
  }
  for (const method of ['take', 'adjust', 'spent', 'spend'] as const) {
    if (typeof store[method] !== 'function') {
      throw new TypeError(
        `${who}: store must be a LimitStore (memoryLimitStore() or redisLimitStore(client)); it has no ${method}() method`,
      );
    }
  }
  const failOpen = options.failOpen ?? true;
  if (typeof failOpen !== 'boolean') {
    throw new TypeError(`${who}: failOpen must be a boolean; got ${describe(failOpen)}`);
  }
  const name = options.name ?? defaults.name;
  if (typeof name !== 'string' || name === '' || /[{}]/.test(name)) {
    throw new TypeError(`${who}: name must be a non-empty string without braces; got ${describe(name)}`);
  }
  const logger = options.logger ?? console;
  if (typeof logger !== 'object' || logger === null || typeof logger.warn !== 'function') {
    throw new TypeError(`${who}: logger must have a warn(message) method`);
  }
  const now = options.now ?? Date.now;
  if (typeof now !== 'function') {
    throw new TypeError(`${who}: now must be a function returning ms since the epoch; got ${describe(now)}`);
  }
  return { key: options.key, store, failOpen, name, logger, now };
}

/**
 * Checks an optional limit: an integer >= 1, or undefined.
 *
 * @throws TypeError naming `who` and `option`.
 */
export function checkLimit(who: string, option: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new TypeError(`${who}: ${option} must be an integer >= 1; got ${describe(value)}`);
  }
  return value;
}

/**
 * The subject `key` names for `request`, checked: at once when `key` answers synchronously (the
 * common case, which then costs no extra turn of the event loop), else a promise of it.
 *
 * @throws TypeError (or rejects with it) when `key` names something other than a string.
 */
export function subjectOf(
  who: string,
  key: KeyFunction,
  request: Request,
): string | undefined | Promise<string | undefined> {
  const named = key(request);
  if (named === undefined || typeof named === 'string') return named;
  if (typeof (named as Promise<unknown>)?.then === 'function') {
    return Promise.resolve(named).then((subject) => checkSubject(who, subject));
  }
  return checkSubject(who, named);
}

function checkSubject(who: string, subject: unknown): string | undefined {
  if (subject !== undefined && typeof subject !== 'string') {
    throw new TypeError(`${who}: key(request) must return a string or undefined; got ${describe(subject)}`);
  }
  return subject;
}

/** A value as an error message shows it: short, and never a secret-bearing object's contents. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}
