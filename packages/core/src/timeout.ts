import { forwardCircuitProbe } from './circuit-probe.js';
import { deriveRequest } from './derive-request.js';
import { errorResponse } from './error-response.js';
import { TimeoutError } from './errors/timeout-error.js';
import { firstByteReady } from './first-byte.js';
import type { Middleware } from './handler.js';
import { requestOptions } from './request-options.js';
import { transportSignal } from './transport-signal.js';

/**
 * Gives the downstream call `ms` milliseconds to produce a response: its headers, and for a
 * successful event stream its first chunk too, so a stream that stalls before saying anything is
 * bounded (the rest of a stream may take longer). When the deadline passes, the call is aborted and the caller gets an
 * OpenAI-shaped 408 (`type: "timeout_error"`, as Portkey's gateway answers) at once, even from a
 * handler that ignores its signal, so retry and fallback treat a timeout like any other status.
 * A per-request `timeoutMs` option overrides `ms`. A caller's own abort still rejects with the
 * caller's reason, never a 408. The timer is cleared on every path.
 *
 * @param ms deadline in milliseconds. Default: none, so only per-request `timeoutMs` applies.
 * @throws TypeError when `ms` is not a positive integer.
 */
export function timeout(ms?: number): Middleware {
  if (ms !== undefined && (!Number.isInteger(ms) || ms <= 0 || ms > 2_147_483_647)) {
    throw new TypeError(
      `timeout: ms must be a positive integer number of milliseconds, at most 2147483647; got ${String(ms)}`,
    );
  }
  return (next) =>
    // A breaker inside stays visible to routers outside.
    forwardCircuitProbe(next, async function timeout(request) {
      const limit = requestOptions(request).timeoutMs ?? ms;
      if (limit === undefined) return next(request);
      // The caller's own signal (none when the caller cannot abort), not the Request's follower.
      const caller = transportSignal(request);
      const deadline = new AbortController();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const expired = new Promise<Response>((resolve) => {
        timer = setTimeout(() => {
          deadline.abort(new TimeoutError(limit));
          if (!caller?.aborted) resolve(timeoutResponse(limit));
        }, limit);
      });
      const signal = caller ? AbortSignal.any([caller, deadline.signal]) : deadline.signal;
      const pending = next(deriveRequest(request, { signal }, next)).then((response) =>
        firstByteReady(response, signal),
      );
      try {
        return await Promise.race([pending, expired]);
      } catch (error) {
        if (deadline.signal.aborted && !caller?.aborted) return timeoutResponse(limit);
        throw error;
      } finally {
        clearTimeout(timer);
        // A handler that ignored the abort may still answer: release that late response's body.
        if (deadline.signal.aborted) {
          pending.then((late) => late.body?.cancel().catch(() => undefined)).catch(() => undefined);
        }
      }
    });
}

function timeoutResponse(limit: number): Response {
  return errorResponse(408, `Request exceeded the timeout of ${limit} ms`, {
    type: 'timeout_error',
    code: 'request_timeout',
  });
}
