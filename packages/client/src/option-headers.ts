import { optionHeaders } from '@switchyard/core/internal';
import type { ClientOptions } from './client-options.js';

/**
 * The `x-switchyard-*` headers carrying a client's per-request options, validated by core (an
 * invalid trace id or metadata value throws `InvalidRequestOptionsError` naming it).
 */
export function switchyardOptionHeaders(options: ClientOptions): Record<string, string> {
  const { traceId, metadata, requestTimeout, cacheForceRefresh, cacheNamespace } = options;
  // Nothing to write: skip core's `Headers`, whose first use loads Node's fetch (about 15 ms and
  // 6 MB of a cold start, `bench/cold-start.ts`) before the first request needs it.
  if (
    traceId === undefined &&
    metadata === undefined &&
    requestTimeout === undefined &&
    cacheForceRefresh === undefined &&
    cacheNamespace === undefined
  )
    return {};
  return optionHeaders({ traceId, metadata, timeoutMs: requestTimeout, cacheForceRefresh, cacheNamespace });
}

/** The `x-portkey-*` headers a Portkey-compatible gateway reads, for remote mode. */
export function portkeyHeaders(options: ClientOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const set = (name: string, value: string | undefined) => {
    if (value !== undefined) headers[`x-portkey-${name}`] = value;
  };
  set('api-key', options.gatewayApiKey);
  set('provider', options.provider);
  set('virtual-key', options.virtualKey);
  set(
    'config',
    options.config === undefined
      ? undefined
      : typeof options.config === 'string'
        ? options.config
        : JSON.stringify(options.config),
  );
  set('trace-id', options.traceId);
  set('metadata', options.metadata && JSON.stringify(options.metadata));
  set('request-timeout', options.requestTimeout?.toString());
  set('cache-force-refresh', options.cacheForceRefresh?.toString());
  set('cache-namespace', options.cacheNamespace);
  // Validates the same values as in-process mode does, so both modes fail alike on bad input.
  switchyardOptionHeaders(options);
  return headers;
}
