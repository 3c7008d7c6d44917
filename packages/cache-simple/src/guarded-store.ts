import type { CacheEntry, CacheStore } from './cache-store.js';

/** Where `cacheSimple` reports a store that fails. */
export interface CacheLogger {
  warn(message: string): void;
}

/**
 * A store whose failures become misses: a rejected or thrown `get` reads as "not cached", a failed
 * `set` is dropped. One warning is logged when the store starts failing and one when it works again,
 * so an outage does not flood the log.
 */
export function guardedStore(store: CacheStore, logger: CacheLogger) {
  let failing = false;
  const failed = (operation: string, error: unknown) => {
    if (failing) return;
    failing = true;
    logger.warn(
      `cacheSimple: cache store ${operation} failed, answering as cache misses until it recovers: ${describe(error)}`,
    );
  };
  const succeeded = () => {
    if (!failing) return;
    failing = false;
    logger.warn('cacheSimple: cache store recovered');
  };
  return {
    async get(key: string): Promise<CacheEntry | undefined> {
      let value: unknown;
      try {
        value = await store.get(key);
      } catch (error) {
        failed('get', error);
        return undefined;
      }
      succeeded();
      if (value === undefined || value === null) return undefined;
      if (isCacheEntry(value)) return value;
      logger.warn('cacheSimple: ignoring a malformed cache entry');
      return undefined;
    },
    async set(key: string, entry: CacheEntry, ttlSeconds: number): Promise<void> {
      try {
        await store.set(key, entry, ttlSeconds);
      } catch (error) {
        failed('set', error);
        return;
      }
      succeeded();
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function isCacheEntry(value: unknown): value is CacheEntry {
  const entry = value as CacheEntry;
  if (typeof entry !== 'object' || typeof entry.status !== 'number' || !Array.isArray(entry.headers)) {
    return false;
  }
  if (entry.format === 'json') return typeof entry.body === 'string';
  return entry.format === 'sse' && Array.isArray(entry.events);
}
