import type { Middleware } from '@switchyard/core';
import { deriveRequest, rebaseURL } from '@switchyard/core/internal';

/** Sends the request to another origin: what a provider middleware's URL rewrite does, alone. */
export function pointAt(origin: string): Middleware {
  const base = new URL(origin);
  return (next) => (request) => next(deriveRequest(request, { url: rebaseURL(request.url, base) }));
}
