/** Where limiters report a failing store. */
export interface LimitsLogger {
  warn(message: string): void;
}

/**
 * Tracks whether a limiter's store is failing, so an outage logs one warning, and its end one more.
 * Operations are tracked apart: a store whose `take` works while its `adjust` fails is still failing.
 */
export interface StoreGuard {
  /** Reports a failed store call: logs only when every operation was working until now. */
  failed(operation: string, error: unknown): void;
  /** Reports a store call that worked: logs once when it was the last operation failing. */
  succeeded(operation: string): void;
}

/** A `StoreGuard` for the limiter named `who`, which fails open or closed. */
export function storeGuard(who: string, failOpen: boolean, logger: LimitsLogger): StoreGuard {
  const failing = new Set<string>();
  const consequence = failOpen
    ? 'letting requests through unlimited (x-switchyard-limits: unavailable)'
    : 'refusing requests with 503';
  return {
    failed(operation, error) {
      const quiet = failing.size > 0;
      failing.add(operation);
      if (quiet) return;
      logger.warn(
        `${who}: limit store ${operation} failed; ${consequence} until it recovers: ${describe(error)}`,
      );
    },
    succeeded(operation) {
      if (failing.size === 0 || !failing.delete(operation) || failing.size > 0) return;
      logger.warn(`${who}: limit store recovered`);
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
