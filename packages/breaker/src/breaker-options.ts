/** The three states of a circuit. */
export type CircuitState = 'closed' | 'open' | 'half-open';

/** What `onStateChange` is told. */
export interface CircuitStateChange {
  from: CircuitState;
  to: CircuitState;
  /** The clock's time of the change, in ms. */
  at: number;
}

/** Options of `breaker`. */
export interface BreakerOptions {
  /** Failures within `windowMs` that open the circuit. Default: 5. */
  failureThreshold?: number;
  /** The sliding window in which failures are counted, in ms. Default: 30000. */
  windowMs?: number;
  /** How long the circuit stays open before letting probes through, in ms. Default: 15000. */
  cooldownMs?: number;
  /** Requests let through at once while half-open; the first success closes the circuit. Default: 1. */
  halfOpenProbes?: number;
  /**
   * Response statuses that count as failures. Thrown errors always count, except the caller's own
   * abort. Default: `[408, 429, 500, 502, 503, 504]`.
   */
  onStatusCodes?: number[];
  /** Called on every state change. Default: none. */
  onStateChange?: (change: CircuitStateChange) => void;
  /** The clock, in ms. Default: `performance.now` (monotonic). */
  now?: () => number;
}

/** `BreakerOptions` validated, with every default applied. */
export interface BreakerSettings {
  failureThreshold: number;
  windowMs: number;
  cooldownMs: number;
  halfOpenProbes: number;
  onStatusCodes: ReadonlySet<number>;
  onStateChange: ((change: CircuitStateChange) => void) | undefined;
  now: () => number;
}

/**
 * Checks `options` and applies defaults.
 *
 * @throws TypeError naming the first invalid option.
 */
export function resolveBreakerOptions(options: BreakerOptions): BreakerSettings {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      `breaker: options must be an object; got ${options === null ? 'null' : typeof options}`,
    );
  }
  const onStatusCodes = options.onStatusCodes ?? [408, 429, 500, 502, 503, 504];
  if (!Array.isArray(onStatusCodes))
    throw new TypeError('breaker: onStatusCodes must be an array of HTTP status codes');
  onStatusCodes.forEach((status, index) => {
    if (!Number.isInteger(status) || status < 100 || status > 599) {
      throw new TypeError(
        `breaker: onStatusCodes[${index}] must be an HTTP status code; got ${String(status)}`,
      );
    }
  });
  for (const name of ['onStateChange', 'now'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function') {
      throw new TypeError(`breaker: ${name} must be a function; got ${typeof options[name]}`);
    }
  }
  return {
    failureThreshold: integer('failureThreshold', options.failureThreshold, 5, 1),
    windowMs: integer('windowMs', options.windowMs, 30_000, 1),
    cooldownMs: integer('cooldownMs', options.cooldownMs, 15_000, 0),
    halfOpenProbes: integer('halfOpenProbes', options.halfOpenProbes, 1, 1),
    onStatusCodes: new Set(onStatusCodes),
    onStateChange: options.onStateChange,
    now: options.now ?? (() => performance.now()),
  };
}

function integer(name: string, value: number | undefined, fallback: number, min: number): number {
  const number = value ?? fallback;
  if (!Number.isInteger(number) || number < min) {
    throw new TypeError(`breaker: ${name} must be an integer >= ${min}; got ${String(number)}`);
  }
  return number;
}
