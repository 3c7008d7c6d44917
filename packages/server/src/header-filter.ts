/** Headers that end at the gateway: its own routing/option headers, hop-by-hop ones, and credentials. */
const dropped = new Set([
  'host',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'authorization',
  'te',
  'trailer',
  'proxy-authorization',
  'proxy-connection',
]);

/**
 * True for a request header the gateway consumes rather than forwards: `x-portkey-*`,
 * `x-switchyard-*`, hop-by-hop headers and `Authorization` (the provider credential reaches the
 * provider through the compiled target, never by copying the client's header).
 */
export function isGatewayHeader(name: string): boolean {
  return name.startsWith('x-portkey-') || name.startsWith('x-switchyard-') || dropped.has(name);
}
