import type { Handler, Middleware } from './handler.js';

/** An entry `compose` accepts: a middleware, or a falsy value that is skipped. */
export type MiddlewareEntry = Middleware | null | undefined | false;

/**
 * Joins middlewares into one; the first is outermost. Falsy entries are skipped so that
 * `compose(cache && cacheSimple(), retry())` reads naturally.
 *
 * @throws TypeError naming the position of an entry that is neither a function nor falsy.
 */
export function compose(...middlewares: MiddlewareEntry[]): Middleware {
  const chain: Middleware[] = [];
  middlewares.forEach((entry, index) => {
    if (entry === null || entry === undefined || entry === false) return;
    if (typeof entry !== 'function') {
      throw new TypeError(
        `compose: argument ${index} must be a middleware function, null, undefined or false; got ${describe(entry)}`,
      );
    }
    chain.push(entry);
  });
  return (next: Handler) => chain.reduceRight<Handler>((inner, middleware) => middleware(inner), next);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  return value === null ? 'null' : typeof value;
}
