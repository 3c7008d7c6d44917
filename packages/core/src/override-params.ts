import { forwardCircuitProbe } from './circuit-probe.js';
import type { Middleware } from './handler.js';
import { readJsonBody, withJsonBody } from './json-body.js';

/**
 * Overrides top-level fields of every JSON request body (Portkey's `override_params`), e.g.
 * `overrideParams({ model: 'gpt-4o-mini', temperature: 0 })`. Requests without a JSON body pass
 * through untouched.
 *
 * @throws TypeError when `params` is not a plain object.
 */
export function overrideParams(params: Readonly<Record<string, unknown>>): Middleware {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new TypeError('overrideParams: params must be an object of request fields');
  }
  const overrides = { ...params };
  if (Object.keys(overrides).length === 0) return (next) => next;
  return (next) =>
    // A breaker inside stays visible to routers outside.
    forwardCircuitProbe(next, async function overrideParams(request) {
      if (!isJson(request)) return next(request);
      const body = await readJsonBody(request);
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return next(request);
      return next(withJsonBody(request, { ...body, ...overrides }));
    });
}

function isJson(request: Request): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return false;
  return request.headers.get('content-type')?.includes('json') ?? false;
}
