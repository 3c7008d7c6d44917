import { responseHeaders } from './header-names.js';
import { connectionHeaderNames, isHopByHopHeader } from './hop-by-hop-headers.js';

/** Headers that describe the upstream body's encoding, which a translated body no longer has. */
const bodyHeaders = new Set(['content-length', 'content-encoding', 'content-type']);

/**
 * True for a header about the upstream's body encoding or its connection: hop-by-hop headers
 * (`connection`, `keep-alive`, `proxy-*`, ...) and those its `Connection` header names.
 */
function describesUpstream(name: string, named: ReadonlySet<string> | undefined): boolean {
  return bodyHeaders.has(name) || isHopByHopHeader(name) || named?.has(name) === true;
}

/**
 * The upstream response's headers to return to the caller (`retry-after`, request ids, rate-limit
 * headers), without those describing the old body or the upstream connection, plus
 * `x-switchyard-provider: <provider>`.
 * `upstreamHeaders(new Response(null), provider)` is just the provider header, for answers made locally.
 */
export function upstreamHeaders(response: Response, provider: string): Headers {
  const named = connectionHeaderNames(response.headers.get('connection'));
  const headers = new Headers();
  for (const [name, value] of response.headers) {
    if (!describesUpstream(name, named)) headers.append(name, value);
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
      const named = connectionHeaderNames(response.headers.get('connection'));
      const dropped: string[] = [];
      for (const name of response.headers.keys()) {
        if (name !== 'content-type' && describesUpstream(name, named)) dropped.push(name);
      }
      for (const name of dropped) response.headers.delete(name);
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
