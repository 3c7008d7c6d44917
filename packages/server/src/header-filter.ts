import { connectionHeaderNames, isHopByHopHeader, isPerHopRequestHeader } from '@switchyard/core/internal';

/**
 * True for a request header the gateway consumes rather than forwards: `x-portkey-*`,
 * `x-switchyard-*`, `Authorization` and `x-api-key` (a key reaches the provider through the
 * compiled target, never by copying the client's header), and what describes the client's hop:
 * hop-by-hop headers (`connection`, `keep-alive`, `te`, `trailer`, `transfer-encoding`, `upgrade`,
 * `proxy-*`), `host`, `content-length` (the transport frames the body it sends) and `expect` (Node
 * answered the client's `100-continue` already). Headers the request's `Connection` header names
 * are dropped too: pass `named`, from `connectionHeaderNames`.
 */
export function isGatewayHeader(name: string, named?: ReadonlySet<string>): boolean {
  return (
    name.startsWith('x-portkey-') ||
    name.startsWith('x-switchyard-') ||
    name === 'authorization' ||
    name === 'x-api-key' ||
    isPerHopRequestHeader(name) ||
    named?.has(name) === true
  );
}

/** True for a response header that describes the upstream's connection, not the answer. */
export function isHopByHopResponseHeader(name: string, named?: ReadonlySet<string>): boolean {
  return isHopByHopHeader(name) || named?.has(name) === true;
}

/**
 * `response` without hop-by-hop headers (and those its `Connection` header names), changed in
 * place where its headers can change, else copied once; as it is when it has none (the usual case).
 */
export function withoutHopByHopHeaders(response: Response): Response {
  const named = connectionHeaderNames(response.headers.get('connection'));
  const found: string[] = [];
  for (const name of response.headers.keys()) {
    if (isHopByHopResponseHeader(name, named)) found.push(name);
  }
  if (found.length === 0) return response;
  if (response.type === 'default') {
    try {
      for (const name of found) response.headers.delete(name);
      return response;
    } catch {
      // Immutable headers (a `fetch` answer): copy below.
    }
  }
  const headers = new Headers(response.headers);
  for (const name of found) headers.delete(name);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
