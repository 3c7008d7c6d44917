import type { Middleware } from '@switchyard/core';
import { deriveRequest, isDetachSafe, markDetachSafe } from '@switchyard/core/internal';

const carrierPrefix = 'x-switchyard-forward-';

/**
 * Wraps `provider` so the caller's headers named in `names` (Portkey's `forward_headers`) reach
 * the provider's native request. Providers build fresh native headers but carry `x-switchyard-*`
 * option headers through, so the values travel across the provider under a carrier name and are
 * restored just before the transport.
 */
export function forwardHeaders(names: readonly string[], provider: Middleware): Middleware {
  if (names.length === 0) return provider;
  const lower = names.map((name) => name.toLowerCase());
  return (next) => {
    const restore: typeof next = (request: Request) => {
      let headers: Headers | undefined;
      for (const [name, value] of request.headers) {
        if (!name.startsWith(carrierPrefix)) continue;
        headers ??= new Headers(request.headers);
        headers.delete(name);
        headers.set(name.slice(carrierPrefix.length), value);
      }
      return next(headers ? deriveRequest(request, { headers }, next) : request);
    };
    // Ours, handing on only what it derives: as safe for detached requests as what it calls.
    if (isDetachSafe(next)) markDetachSafe(restore);
    const inner = provider(restore);
    return function forwardHeaders(request) {
      let headers: Headers | undefined;
      for (const name of lower) {
        const value = request.headers.get(name);
        if (value === null) continue;
        headers ??= new Headers(request.headers);
        headers.set(carrierPrefix + name, value);
      }
      return inner(headers ? deriveRequest(request, { headers }) : request);
    };
  };
}
