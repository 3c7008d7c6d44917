import { compose, type Handler, type Middleware, requestOptions } from '@switchyard/core';
import { budget, type LimitStore, rateLimit } from '@switchyard/limits';
import type { ResolvedGatewayKey } from './gateway-keys.js';

/** The tenant a request was admitted as: what every key's limits count by. */
const tenantOf = (request: Request): string | undefined => requestOptions(request).tenant;

/**
 * The rate limit and budget of one gateway key, as middlewares over its requests (none when the
 * key has neither): `requests_per_minute` and `tokens_per_minute` through `rateLimit`,
 * `budget_usd` per `budget_period` (default: a month) through `budget`, all in `store`, so limits
 * carry over when the keys file is read again.
 */
export function keyLimits(key: ResolvedGatewayKey, store: LimitStore): Middleware | undefined {
  const parts: Middleware[] = [];
  if (key.requests_per_minute !== undefined || key.tokens_per_minute !== undefined) {
    parts.push(
      rateLimit({
        key: tenantOf,
        store,
        ...(key.requests_per_minute === undefined ? {} : { requestsPerMinute: key.requests_per_minute }),
        ...(key.tokens_per_minute === undefined ? {} : { tokensPerMinute: key.tokens_per_minute }),
      }),
    );
  }
  if (key.budget_usd !== undefined) {
    parts.push(budget({ key: tenantOf, store, usd: key.budget_usd, period: key.budget_period ?? 'month' }));
  }
  return parts.length === 0 ? undefined : compose(...parts);
}

/**
 * Handlers with each key's limits in front of a pipeline, made once per key and pipeline (the
 * limiters keep no state of their own: their counts are in the store).
 */
export function limitedHandlers(store: LimitStore): (key: ResolvedGatewayKey, pipeline: Handler) => Handler {
  const limits = new WeakMap<ResolvedGatewayKey, Middleware | null>();
  const handlers = new WeakMap<Handler, WeakMap<ResolvedGatewayKey, Handler>>();
  return (key, pipeline) => {
    let middleware = limits.get(key);
    if (middleware === undefined) {
      middleware = keyLimits(key, store) ?? null;
      limits.set(key, middleware);
    }
    if (middleware === null) return pipeline;
    let byKey = handlers.get(pipeline);
    if (byKey === undefined) {
      byKey = new WeakMap();
      handlers.set(pipeline, byKey);
    }
    let handler = byKey.get(key);
    if (handler === undefined) {
      handler = middleware(pipeline);
      byKey.set(key, handler);
    }
    return handler;
  };
}
