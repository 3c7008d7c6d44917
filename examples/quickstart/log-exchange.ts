import type { Middleware } from '@switchyard/core';

/**
 * Prints each request's method and URL (without the query string) and the answer's status. Headers
 * and query strings are never printed: they may carry the API key.
 */
export function logExchange(print: (line: string) => void): Middleware {
  return (next) =>
    async function logExchange(request) {
      const url = new URL(request.url);
      print(`  → ${request.method} ${url.origin}${url.pathname}`);
      const started = performance.now();
      const response = await next(request);
      const kind = response.headers.get('content-type')?.includes('event-stream') ? ', streaming' : '';
      print(
        `  ← ${response.status} ${response.statusText || ''}`.trimEnd() + ` (${elapsed(started)}${kind})`,
      );
      return response;
    };
}

function elapsed(since: number): string {
  return `${Math.round(performance.now() - since)} ms`;
}
