import { LRUCache } from 'lru-cache';
import type { ResponseStore, StoredResponse } from './response-store.js';

/** Options of `memoryResponseStore`. */
export interface MemoryResponseStoreOptions {
  /** Most responses kept; the least recently used go first. Default: 10,000. */
  maxEntries?: number;
  /** Most bytes kept, counting each entry as the length of its JSON text; a single entry above a quarter of it is not kept. Default: 64 MiB. */
  maxBytes?: number;
  /** How long an entry lives after it was stored or last read, in milliseconds. Default: 24 hours. */
  ttlMs?: number;
  /** Clock in milliseconds used for expiry (tests pass a fake). Default: `performance.now`. */
  now?: () => number;
}

/** A `ResponseStore` that can also be measured and emptied. */
export interface MemoryResponseStore extends ResponseStore {
  get(id: string): StoredResponse | undefined;
  set(id: string, entry: StoredResponse): void;
  delete(id: string): boolean;
  /** Removes every entry. */
  clear(): void;
  /** Number of entries held (expired ones may count until touched). */
  readonly size: number;
}

const where = 'memoryResponseStore';

/**
 * An in-process `ResponseStore` on lru-cache, bounded by entries and bytes. Reading an entry
 * renews its TTL, and continuing a conversation reads every earlier turn of it, so a conversation
 * in use keeps all its turns while abandoned ones expire.
 *
 * @throws TypeError naming the invalid option.
 */
export function memoryResponseStore(options: MemoryResponseStoreOptions = {}): MemoryResponseStore {
  if (typeof options !== 'object' || options === null)
    throw new TypeError(`${where}: options must be an object`);
  const maxEntries = positiveInteger('maxEntries', options.maxEntries, 10_000);
  const maxBytes = positiveInteger('maxBytes', options.maxBytes, 64 * 1024 * 1024);
  const ttlMs = positiveInteger('ttlMs', options.ttlMs, 24 * 60 * 60 * 1000);
  if (options.now !== undefined && typeof options.now !== 'function') {
    throw new TypeError(`${where}: now must be a function`);
  }
  const cache = new LRUCache<string, StoredResponse>({
    max: maxEntries,
    maxSize: maxBytes,
    maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)),
    sizeCalculation: (entry) => Math.max(1, JSON.stringify(entry).length),
    ttl: ttlMs,
    updateAgeOnGet: true,
    // With an injected clock, read it on every check instead of lru-cache's 1 ms cached time.
    ...(options.now ? { perf: { now: options.now }, ttlResolution: 0 } : {}),
  });
  return {
    get: (id) => cache.get(id),
    set: (id, entry) => {
      cache.set(id, entry);
    },
    delete: (id) => cache.delete(id),
    clear: () => cache.clear(),
    get size() {
      return cache.size;
    },
  };
}

function positiveInteger(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || (value as number) < 1) {
    throw new TypeError(`${where}: ${name} must be an integer >= 1; got ${String(value)}`);
  }
  return value as number;
}
