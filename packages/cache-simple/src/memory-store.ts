import { LRUCache } from 'lru-cache';
import type { CacheEntry, CacheStore } from './cache-store.js';

/** Options of `memoryStore`. */
export interface MemoryStoreOptions<Value = CacheEntry> {
  /** Upper bound of the bytes held (as counted by `sizeOf`); least recently used go first. Default: 64 MiB. */
  maxBytes?: number;
  /** Largest single value kept; bigger ones are not stored. Default: `maxBytes / 4`. */
  maxEntryBytes?: number;
  /**
   * The size of a value in bytes. Default: the UTF-8 length of a `CacheEntry`'s body (or events)
   * and headers; for other values, of their JSON.
   */
  sizeOf?: (value: Value) => number;
  /** Clock in milliseconds used for expiry (tests pass a fake). Default: `performance.now`. */
  now?: () => number;
}

/** A `CacheStore` that can also be emptied and measured. */
export interface MemoryStore<Value = CacheEntry> extends CacheStore<Value> {
  delete(key: string): void;
  /** Removes every entry. */
  clear(): void;
  /** Number of entries held (expired ones may count until touched). */
  readonly size: number;
  /** Bytes held, as counted by `sizeOf`. */
  readonly bytes: number;
}

const defaultMaxBytes = 64 * 1024 * 1024;

/**
 * An in-process `CacheStore` on lru-cache: bounded by bytes, least recently used evicted first,
 * each entry expiring after the TTL it was set with.
 */
export function memoryStore<Value = CacheEntry>(options: MemoryStoreOptions<Value> = {}): MemoryStore<Value> {
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) {
    throw new TypeError(`memoryStore: maxBytes must be an integer >= 1; got ${String(options.maxBytes)}`);
  }
  const maxEntryBytes = options.maxEntryBytes ?? Math.max(1, Math.floor(maxBytes / 4));
  if (!Number.isSafeInteger(maxEntryBytes) || maxEntryBytes < 1 || maxEntryBytes > maxBytes) {
    throw new TypeError(
      `memoryStore: maxEntryBytes must be an integer from 1 to maxBytes (${maxBytes}); got ${String(options.maxEntryBytes)}`,
    );
  }
  if (options.sizeOf !== undefined && typeof options.sizeOf !== 'function') {
    throw new TypeError('memoryStore: sizeOf must be a function');
  }
  if (options.now !== undefined && typeof options.now !== 'function') {
    throw new TypeError('memoryStore: now must be a function');
  }
  const sizeOf = options.sizeOf ?? (defaultSizeOf as (value: Value) => number);
  const now = options.now;
  const cache = new LRUCache<string, { value: Value }>({
    maxSize: maxBytes,
    maxEntrySize: maxEntryBytes,
    // lru-cache refuses sizes below 1; an empty value still occupies a slot.
    sizeCalculation: (holder) => Math.max(1, sizeOf(holder.value)),
    // With an injected clock, read it on every check instead of lru-cache's 1 ms cached time.
    ...(now ? { perf: { now }, ttlResolution: 0 } : {}),
  });
  return {
    get(key) {
      return cache.get(key)?.value;
    },
    set(key, value, ttlSeconds) {
      cache.set(key, { value }, { ttl: Math.max(1, Math.round(ttlSeconds * 1000)) });
    },
    delete(key) {
      cache.delete(key);
    },
    clear() {
      cache.clear();
    },
    get size() {
      return cache.size;
    },
    get bytes() {
      return cache.calculatedSize;
    },
  };
}

function defaultSizeOf(value: unknown): number {
  const entry = value as Partial<CacheEntry> | null;
  if (entry && entry.format === 'json' && typeof entry.body === 'string') {
    return utf8Length(entry.body) + headersSize(entry.headers);
  }
  if (entry && entry.format === 'sse' && Array.isArray(entry.events)) {
    let bytes = headersSize(entry.headers);
    for (const event of entry.events) bytes += utf8Length(event.data) + 8;
    return bytes;
  }
  return utf8Length(JSON.stringify(value) ?? '');
}

function headersSize(headers: Array<[string, string]> | undefined): number {
  let bytes = 0;
  for (const [name, value] of headers ?? []) bytes += name.length + utf8Length(value) + 4;
  return bytes;
}

/** UTF-8 byte length without encoding (lone surrogates count as 3, as TextEncoder writes U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 2;
        index++;
      } else bytes += 2;
    } else bytes += 2;
  }
  return bytes;
}
