import type { LiveRow } from './live-row.js';

/** The default number of rows a feed keeps. */
export const defaultLiveFeedCapacity = 200;

/** The subscribers of a feed; `tell` isolates them from each other and from the publisher. */
export function liveListeners() {
  const listeners = new Set<(row: LiveRow) => void>();
  return {
    add(listener: (row: LiveRow) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    tell(row: LiveRow): void {
      for (const listener of listeners) {
        try {
          listener(row);
        } catch {
          listeners.delete(listener);
        }
      }
    },
    clear(): void {
      listeners.clear();
    },
  };
}

/**
 * Checks a feed's `capacity` option.
 *
 * @throws TypeError naming `who` when it is not an integer >= 1.
 */
export function checkCapacity(who: string, value: unknown): number {
  if (value === undefined) return defaultLiveFeedCapacity;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return value;
  throw new TypeError(
    `${who}: capacity must be an integer >= 1; got ${JSON.stringify(value) ?? String(value)}`,
  );
}
