import type { SseEvent } from '@switchyard/core';

/** A value or a promise of it: stores may answer synchronously (memory) or not (Redis). */
export type Awaitable<T> = T | Promise<T>;

/** What every stored response keeps: its status, headers and when it was stored. */
interface CacheEntryBase {
  /** The upstream status (always 2xx). */
  status: number;
  /** Response headers worth replaying, as `[name, value]` pairs (no hop-by-hop, length or cookies). */
  headers: Array<[string, string]>;
  /** When the entry was stored, in milliseconds since the epoch. */
  storedAt: number;
}

/** A complete non-streamed response body, kept as text (JSON). */
export interface JsonCacheEntry extends CacheEntryBase {
  format: 'json';
  body: string;
}

/** A streamed response, kept as its server-sent events in order, without the final `[DONE]`. */
export interface SseCacheEntry extends CacheEntryBase {
  format: 'sse';
  events: SseEvent[];
}

/** One cached response. */
export type CacheEntry = JsonCacheEntry | SseCacheEntry;

/**
 * Where cached values live. Small on purpose so other caches (and users) can bring their own:
 * a store that throws or rejects is treated as a miss, never as a failed request.
 */
export interface CacheStore<Value = CacheEntry> {
  /** The value stored under `key`, or `undefined` when there is none or it expired. */
  get(key: string): Awaitable<Value | undefined>;
  /** Stores `value` under `key` for `ttlSeconds` seconds, replacing any earlier value. */
  set(key: string, value: Value, ttlSeconds: number): Awaitable<void>;
  /** Removes the value under `key`, if any. */
  delete?(key: string): Awaitable<void>;
}
