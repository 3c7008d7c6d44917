import { responseHeaders, withResponseHeaders } from '@switchyard/core/internal';

/** Our response headers and the Portkey names a Portkey client reads them under. */
const mirrored = new Map<string, string>([
  [responseHeaders.traceId, 'x-portkey-trace-id'],
  [responseHeaders.retryAttemptCount, 'x-portkey-retry-attempt-count'],
  [responseHeaders.lastUsedOptionIndex, 'x-portkey-last-used-option-index'],
  [responseHeaders.cacheStatus, 'x-portkey-cache-status'],
  [responseHeaders.provider, 'x-portkey-provider'],
]);

/** The Portkey name of a Switchyard response header, or `undefined` when it has none. */
export function portkeyHeaderName(name: string): string | undefined {
  return mirrored.get(name);
}

/**
 * `response` with every Switchyard status header also under its Portkey name, so clients of
 * either family read them, and the client's trace id echoed when the pipeline set none (as
 * Portkey's gateway does). The headers are set in place when they can change (the same response is
 * returned), else the response is copied once; the body is passed on untouched (streams stay streams).
 *
 * @param traceId the trace id the request carried. Default: none.
 */
export function withPortkeyHeaders(response: Response, traceId?: string): Response {
  let added: Record<string, string> | undefined;
  if (traceId !== undefined && !response.headers.has(responseHeaders.traceId)) {
    added = { [responseHeaders.traceId]: traceId, [mirrored.get(responseHeaders.traceId)!]: traceId };
  }
  for (const [ours, theirs] of mirrored) {
    const value = response.headers.get(ours);
    if (value === null) continue;
    added ??= {};
    added[theirs] = value;
  }
  // Set in place where the headers allow it; a fetch response is re-wrapped once, its body untouched.
  return added ? withResponseHeaders(response, added) : response;
}
