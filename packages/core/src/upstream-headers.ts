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

/**
 * `response` for the caller when its body passes through unchanged: its headers as
 * `upstreamHeaders` keeps them, with its `content-type` too. A response made with `new Response`
 * (as the transports make them) is changed in place, so no headers or `Response` are copied; an
 * immutable one (a `fetch` response) is re-wrapped around the same body.
 */
export function passThroughResponse(response: Response, provider: string): Response {
  if (response.type === 'default') {
    try {
      for (const name of bodyHeaders) if (name !== 'content-type') response.headers.delete(name);
      response.headers.set(responseHeaders.provider, provider);
      return response;
    } catch {
      // Immutable after all (`Response.error()`-like): copy below.
    }
  }
  const headers = upstreamHeaders(response, provider);
  const type = response.headers.get('content-type');
  if (type !== null) headers.set('content-type', type);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
