import type { Middleware } from '@switchyard/core';

/**
 * Prints each request's method and URL and the answer's status. Headers are never printed: they
 * carry the API key.
 */
export function logExchange(print: (line: string) => void): Middleware {
  return (next) =>
    async function logExchange(request) {
      print(`  → ${request.method} ${request.url}`);
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
