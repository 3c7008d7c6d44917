// Headers that describe one connection, not the message (RFC 9110 §7.6.1): a proxy or gateway
// consumes them and never passes them on, in either direction. `proxy-*` headers (checked by
// prefix) are between a client and its proxy.
const hopByHop = new Set(['connection', 'keep-alive', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

// What a sender sets for its own hop on top of those: the `host` it connects to, the body's framing
// (`content-length`; the transport measures the body it sends) and `expect` (100-continue is
// negotiated between the client and whoever reads its body first).
const perHopRequest = new Set([...hopByHop, 'host', 'content-length', 'expect']);

/**
 * True for a hop-by-hop header (lower-case name): `connection`, `keep-alive`, `te`, `trailer`,
 * `transfer-encoding`, `upgrade` and every `proxy-*` header. Add the names `connectionHeaderNames`
 * reads from the message's own `Connection` header.
 */
export function isHopByHopHeader(name: string): boolean {
  return hopByHop.has(name) || name.startsWith('proxy-');
}

/**
 * True for a request header a transport or gateway must not send on (lower-case name): the
 * hop-by-hop headers, plus `host`, `content-length` and `expect`, which the sender of the next hop
 * sets for itself.
 */
export function isPerHopRequestHeader(name: string): boolean {
  return perHopRequest.has(name) || name.startsWith('proxy-');
}

/**
 * The header names a `Connection` header lists (lower-case), which are hop-by-hop for that message
 * too; `undefined` when it names none besides `close` and `keep-alive` (the common case, no set).
 */
export function connectionHeaderNames(value: string | null | undefined): Set<string> | undefined {
  if (value === null || value === undefined) return undefined;
  let names: Set<string> | undefined;
  for (const token of value.split(',')) {
    const name = token.trim().toLowerCase();
    if (name === '' || name === 'close' || name === 'keep-alive') continue;
    names ??= new Set();
    names.add(name);
  }
  return names;
}
