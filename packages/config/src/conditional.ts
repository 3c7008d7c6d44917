import { errorResponse, type Middleware, readJsonBody, requestOptions } from '@switchyard/core';
import { withOptionIndex } from '@switchyard/fallback';
import { type ConditionContext, matchesQuery } from './condition-query.js';
import type { ConditionQuery } from './config-types.js';

/** One routable target of `conditional`. */
export interface ConditionalTarget {
  /** The target's `name`, referenced by `then` and `default`. */
  name: string;
  /** The branch to run when chosen. */
  use: Middleware;
}

/** Options of `conditional`. */
export interface ConditionalOptions {
  /** Checked in order; the first whose query matches picks its `then` target. */
  conditions: ReadonlyArray<{ query: ConditionQuery; then: string }>;
  /** The target used when no condition matches. Default: none, so the request gets a 400. */
  default?: string;
}

/**
 * Routes each request to the target named by the first condition its metadata, params or URL
 * satisfy (Portkey's `strategy.mode: "conditional"`). The response says which target served in
 * `x-switchyard-last-used-option-index`, as `fallback` does.
 */
export function conditional(targets: readonly ConditionalTarget[], options: ConditionalOptions): Middleware {
  const indexByName = new Map(targets.map((target, index) => [target.name, index]));
  return (next) => {
    const branches = targets.map((target) => target.use(next));
    return async function conditional(request) {
      const context = await conditionContext(request);
      const chosen =
        options.conditions.find((condition) => matchesQuery(condition.query, context))?.then ??
        options.default;
      const index = chosen === undefined ? undefined : indexByName.get(chosen);
      if (index === undefined) {
        return errorResponse(
          400,
          'Conditional routing: no condition matched this request and no default target is set',
          {
            code: 'no_matching_route',
          },
        );
      }
      return withOptionIndex(await branches[index]!(request), index);
    };
  };
}

async function conditionContext(request: Request): Promise<ConditionContext> {
  const url = new URL(request.url);
  let params: Record<string, unknown> = {};
  if (request.headers.get('content-type')?.includes('json')) {
    const body = await readJsonBody(request).catch(() => undefined);
    if (typeof body === 'object' && body !== null && !Array.isArray(body))
      params = body as Record<string, unknown>;
  }
  return { metadata: requestOptions(request).metadata ?? {}, params, url: { pathname: url.pathname } };
}
