import type { Handler, Middleware } from '@switchyard/core';

/**
 * A middleware made by `load`, which imports the package holding it (`await import(...)`), so a
 * config loads a provider or a cache only when it uses one. Loading starts now; requests wait for
 * it. A failure (the import, or the factory refusing its options) rejects every request with it.
 */
export function lazyMiddleware(load: () => Promise<Middleware>): Middleware {
  const loading = load();
  // Not unhandled while no request has come yet: each request that comes gets the rejection.
  loading.catch(() => {});
  return (next) => {
    let handler: Handler | undefined;
    return async function lazyMiddleware(request) {
      const middleware = await loading;
      // Set once, after the wait, so requests arriving together share one handler (and its state).
      handler ??= middleware(next);
      return handler(request);
    };
  };
}
