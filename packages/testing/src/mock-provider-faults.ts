import type { MockRequest } from './mock-provider-request.js';

/** Fields every fault may carry. */
interface FaultTiming {
  /** Milliseconds to wait before anything is sent (added latency). Default: 0. */
  delayMs?: number;
}

/** Answer normally (after `delayMs`). */
export interface NoFault extends FaultTiming {
  kind: 'none';
}

/** Answer with `status` and an OpenAI error body. */
export interface StatusFault extends FaultTiming {
  kind: 'status';
  /** An HTTP status code, 100–599 (use 4xx/5xx for errors). */
  status: number;
  /** The error message. Default: `Mock provider fault: status <status>`. */
  message?: string;
  /** OpenAI's error `type`. Default: derived from the status (`rate_limit_error` for 429, ...). */
  type?: string;
  /** OpenAI's error `code`. Default: `null`. */
  code?: string | null;
  /** Sends `Retry-After: <seconds>`. Default: not sent. */
  retryAfter?: number;
  /** Sends `retry-after-ms: <ms>` (OpenAI's finer-grained hint). Default: not sent. */
  retryAfterMs?: number;
  /** Extra response headers. Default: none. */
  headers?: Record<string, string>;
}

/** Never answer: the request stays open until the client goes away or the server closes. */
export interface HangFault extends FaultTiming {
  kind: 'hang';
}

/** Destroy the connection without answering (the client sees a reset / socket error). */
export interface ResetFault extends FaultTiming {
  kind: 'reset';
}

/**
 * Answer 200 with a body that is not valid JSON: a truncated JSON document, or for a streaming
 * request an SSE stream whose first event carries truncated JSON.
 */
export interface MalformedJsonFault extends FaultTiming {
  kind: 'malformed-json';
}

/**
 * Send the status, headers and the first `afterChunks` body chunks, then destroy the connection.
 * A stream writes one SSE event per chunk; a JSON body is one chunk, so `afterChunks: 0` cuts it
 * right after the headers.
 */
export interface CutStreamFault extends FaultTiming {
  kind: 'cut-stream';
  /** How many chunks reach the client before the cut, an integer >= 0. */
  afterChunks: number;
}

/** What the mock provider does with one request. */
export type MockFault = NoFault | StatusFault | HangFault | ResetFault | MalformedJsonFault | CutStreamFault;

/** Picks the fault for a request from the request and its 0-based index; `undefined` means none. */
export type MockFaultFunction = (request: MockRequest, index: number) => MockFault | undefined;

/** One entry of a random fault plan. */
export interface FaultChance {
  /** Probability in [0, 1] that a request gets `fault`. */
  probability: number;
  fault: MockFault;
}

/** Faults drawn at random per request, for chaos tests. */
export interface RandomFaultPlan {
  /** Each request gets at most one of these; the probabilities must sum to at most 1. */
  chances: readonly FaultChance[];
  /** A source of numbers in [0, 1). Default: `Math.random`; pass `seededRandom(seed)` to replay a run. */
  random?: () => number;
}

/**
 * How faults are chosen: a script (the n-th request gets the n-th fault, later requests none), a
 * function of (request, index), or a random plan.
 */
export type MockFaultPlan = readonly MockFault[] | MockFaultFunction | RandomFaultPlan;

/** Shorthands that build `MockFault` values. */
export const fault = {
  /** Answer normally, optionally after `delayMs`. */
  none: (delayMs?: number): NoFault => withDelay({ kind: 'none' }, delayMs),
  /** Answer normally after `ms` milliseconds. */
  latency: (ms: number): NoFault => ({ kind: 'none', delayMs: ms }),
  /** Answer `status` with an OpenAI error body. */
  status: (status: number, details: Omit<StatusFault, 'kind' | 'status'> = {}): StatusFault => ({
    kind: 'status',
    status,
    ...details,
  }),
  /** Never answer. */
  hang: (): HangFault => ({ kind: 'hang' }),
  /** Destroy the connection, optionally after `delayMs`. */
  reset: (delayMs?: number): ResetFault => withDelay({ kind: 'reset' }, delayMs),
  /** Answer 200 with invalid JSON. */
  malformedJson: (): MalformedJsonFault => ({ kind: 'malformed-json' }),
  /** Cut the connection after `afterChunks` body chunks. */
  cutStream: (afterChunks: number): CutStreamFault => ({ kind: 'cut-stream', afterChunks }),
};

function withDelay<T extends MockFault>(value: T, delayMs: number | undefined): T {
  return delayMs === undefined ? value : { ...value, delayMs };
}

/** Chooses faults per request; built once per plan, so a script's queue lives here. */
export type FaultPicker = (request: MockRequest, index: number) => MockFault | undefined;

/**
 * Validates `plan` and returns the function that picks each request's fault.
 *
 * @throws TypeError naming the bad entry, e.g. `startMockProvider: faults[1].status must be ...`.
 */
export function faultPicker(plan: MockFaultPlan | undefined, where: string): FaultPicker {
  if (plan === undefined) return () => undefined;
  if (typeof plan === 'function') {
    return (request, index) => {
      const chosen = plan(request, index);
      if (chosen !== undefined) validateFault(chosen, `${where}(request ${index})`);
      return chosen;
    };
  }
  if (Array.isArray(plan)) {
    const script = plan as readonly MockFault[];
    script.forEach((entry, position) => {
      validateFault(entry, `${where}[${position}]`);
    });
    let next = 0;
    return () => script[next++];
  }
  if (typeof plan === 'object' && plan !== null && Array.isArray((plan as RandomFaultPlan).chances)) {
    return randomPicker(plan as RandomFaultPlan, where);
  }
  throw new TypeError(
    `${where} must be an array of faults, a function or { chances: [...] }; got ${describe(plan)}`,
  );
}

function randomPicker(plan: RandomFaultPlan, where: string): FaultPicker {
  let total = 0;
  plan.chances.forEach((chance, position) => {
    const at = `${where}.chances[${position}]`;
    const p = chance?.probability;
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
      throw new TypeError(`${at}.probability must be a number in [0, 1]; got ${describe(p)}`);
    }
    validateFault(chance.fault, `${at}.fault`);
    total += p;
  });
  if (total > 1 + 1e-9)
    throw new TypeError(`${where}.chances probabilities must sum to at most 1; got ${total}`);
  if (plan.random !== undefined && typeof plan.random !== 'function') {
    throw new TypeError(`${where}.random must be a function returning a number in [0, 1)`);
  }
  const random = plan.random ?? Math.random;
  const chances = [...plan.chances];
  return () => {
    const draw = random();
    let cumulative = 0;
    for (const chance of chances) {
      cumulative += chance.probability;
      if (draw < cumulative) return chance.fault;
    }
    return undefined;
  };
}

const kinds = new Set(['none', 'status', 'hang', 'reset', 'malformed-json', 'cut-stream']);

/** @throws TypeError when `value` is not a well-formed `MockFault`. */
export function validateFault(value: unknown, at: string): asserts value is MockFault {
  if (typeof value !== 'object' || value === null) {
    throw new TypeError(`${at} must be a fault object; got ${describe(value)}`);
  }
  const candidate = value as Partial<
    Record<'kind' | 'delayMs' | 'status' | 'retryAfter' | 'retryAfterMs' | 'afterChunks', unknown>
  >;
  if (typeof candidate.kind !== 'string' || !kinds.has(candidate.kind)) {
    throw new TypeError(
      `${at}.kind must be one of ${[...kinds].join(', ')}; got ${describe(candidate.kind)}`,
    );
  }
  nonNegativeInteger(candidate.delayMs, `${at}.delayMs`);
  if (candidate.kind === 'status') {
    const status = candidate.status;
    if (!Number.isInteger(status) || (status as number) < 100 || (status as number) > 599) {
      throw new TypeError(`${at}.status must be an integer from 100 to 599; got ${describe(status)}`);
    }
    nonNegativeInteger(candidate.retryAfter, `${at}.retryAfter`);
    nonNegativeInteger(candidate.retryAfterMs, `${at}.retryAfterMs`);
  }
  if (candidate.kind === 'cut-stream') {
    if (candidate.afterChunks === undefined) throw new TypeError(`${at}.afterChunks is required`);
    nonNegativeInteger(candidate.afterChunks, `${at}.afterChunks`);
  }
}

function nonNegativeInteger(value: unknown, at: string): void {
  if (value === undefined) return;
  if (!Number.isInteger(value) || (value as number) < 0) {
    throw new TypeError(`${at} must be an integer >= 0; got ${describe(value)}`);
  }
}

function describe(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}
