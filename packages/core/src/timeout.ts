import { deriveRequest } from './derive-request.js';
import { errorResponse } from './error-response.js';
import { TimeoutError } from './errors/timeout-error.js';
import type { Middleware } from './handler.js';
import { requestOptions } from './request-options.js';

/**
 * Gives the downstream call `ms` milliseconds to produce a response (its headers; a stream's body
 * may take longer). When the deadline passes, the call is aborted and the caller gets an
 * OpenAI-shaped 408 (`type: "timeout_error"`, as Portkey's gateway answers), so retry and fallback
 * treat a timeout like any other status. A per-request `timeoutMs` option overrides `ms`.
 * A caller's own abort still rejects with the caller's reason, never a 408.
 *
 * @param ms deadline in milliseconds. Default: none, so only per-request `timeoutMs` applies.
 * @throws TypeError when `ms` is not a positive integer.
 */
export function timeout(ms?: number): Middleware {
  if (ms !== undefined && (!Number.isInteger(ms) || ms <= 0)) {
    throw new TypeError(`timeout: ms must be a positive integer number of milliseconds; got ${String(ms)}`);
  }
  return (next) =>
    async function timeout(request) {
      const limit = requestOptions(request).timeoutMs ?? ms;
      if (limit === undefined) return next(request);
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(new TimeoutError(limit)), limit);
      try {
        const signal = AbortSignal.any([request.signal, deadline.signal]);
        return await next(deriveRequest(request, { signal }));
      } catch (error) {
        if (deadline.signal.aborted && !request.signal.aborted) {
          return errorResponse(408, `Request exceeded the timeout of ${limit} ms`, {
            type: 'timeout_error',
            code: 'request_timeout',
          });
        }
        throw error;
      } finally {
        clearTimeout(timer);
      }
    };
}
