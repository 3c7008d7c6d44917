import { deriveRequest, type Middleware, rebaseURL } from '@switchyard/core';

/** Sends the request to another origin: what a provider middleware's URL rewrite does, alone. */
export function pointAt(origin: string): Middleware {
  const base = new URL(origin);
  return (next) => (request) => next(deriveRequest(request, { url: rebaseURL(request.url, base) }));
}
