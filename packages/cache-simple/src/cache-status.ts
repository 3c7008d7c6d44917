/**
 * Values of the `x-switchyard-cache-status` response header (`responseHeaders.cacheStatus`), which
 * the server maps to Portkey's `x-portkey-cache-status`.
 */
export const cacheStatus = {
  /** Answered from the cache (or from a concurrent identical request's upstream answer). */
  hit: 'HIT',
  /** Not in the cache: answered upstream, and stored when the answer is a complete 2xx. */
  miss: 'MISS',
  /** `cacheForceRefresh` skipped the lookup: answered upstream and stored again. */
  refresh: 'REFRESH',
  /** The request is not cacheable (not a POST with a JSON body); passed through untouched. */
  disabled: 'DISABLED',
} as const;

/** One of the `cacheStatus` values. */
export type CacheStatus = (typeof cacheStatus)[keyof typeof cacheStatus];
