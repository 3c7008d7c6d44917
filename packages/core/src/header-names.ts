/** Every per-request option header starts with this; transports strip such headers before sending. */
export const optionHeaderPrefix = 'x-switchyard-';

/** Request headers carrying per-request options (see `withRequestOptions`). */
export const requestOptionHeaders = {
  traceId: 'x-switchyard-trace-id',
  metadata: 'x-switchyard-metadata',
  timeoutMs: 'x-switchyard-timeout-ms',
  cacheForceRefresh: 'x-switchyard-cache-force-refresh',
  cacheNamespace: 'x-switchyard-cache-namespace',
  tenant: 'x-switchyard-tenant',
  /** Set by `trace()` so attempt records (`traceAttempt()`) nest under the request's span. */
  parentSpan: 'x-switchyard-parent-span',
} as const;

/** Response headers Switchyard middlewares set to say what happened. */
export const responseHeaders = {
  traceId: 'x-switchyard-trace-id',
  provider: 'x-switchyard-provider',
  retryAttemptCount: 'x-switchyard-retry-attempt-count',
  lastUsedOptionIndex: 'x-switchyard-last-used-option-index',
  cacheStatus: 'x-switchyard-cache-status',
  cacheSimilarity: 'x-switchyard-cache-similarity',
  circuit: 'x-switchyard-circuit',
  guardrails: 'x-switchyard-guardrails',
} as const;
