import { responseHeaders } from './header-names.js';

/** Headers that describe the upstream body's encoding, which a translated body no longer has. */
const bodyHeaders = new Set([
  'content-length',
  'content-encoding',
  'content-type',
  'transfer-encoding',
  'connection',
  'keep-alive',
]);

/**
 * The upstream response's headers to return to the caller (`retry-after`, request ids, rate-limit
 * headers), without those describing the old body, plus `x-switchyard-provider: <provider>`.
 * `upstreamHeaders(new Response(null), provider)` is just the provider header, for answers made locally.
 */
export function upstreamHeaders(response: Response, provider: string): Headers {
  const headers = new Headers();
  for (const [name, value] of response.headers) {
    if (!bodyHeaders.has(name)) headers.append(name, value);
  }
  headers.set(responseHeaders.provider, provider);
  return headers;
}
