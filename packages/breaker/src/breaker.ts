import { errorResponse, type Handler, type Middleware } from '@switchyard/core';
import {
  circuitOpenProbe,
  type ProbedHandler,
  responseHeaders,
  transportSignal,
} from '@switchyard/core/internal';
import { type BreakerOptions, type CircuitState, resolveBreakerOptions } from './breaker-options.js';
import { Circuit } from './circuit.js';

/** A breaker middleware, which can also tell the state of its circuit. */
export interface BreakerMiddleware extends Middleware {
  /** The circuit's state as of the last request (open becomes half-open on the first request after the cooldown). */
  readonly state: CircuitState;
}

/**
 * A circuit breaker for one branch. Closed, it passes requests on and counts failures (statuses in
 * `onStatusCodes` and thrown errors); `failureThreshold` failures within `windowMs` open it. Open,
 * it answers at once with an OpenAI-shaped 503 carrying `x-switchyard-circuit: open`, so a
 * `fallback` moves on without waiting and `retry` does not retry. After `cooldownMs` it lets
 * `halfOpenProbes` requests through (half-open): a success closes it, a failure opens it again.
 *
 * Its state lives in this factory call: every pipeline built from the same `breaker()` shares one
 * circuit. The handler it builds reports whether it would refuse a request (`isCircuitOpen`), which
 * `loadbalance` uses to skip the branch; for that, put the breaker first in the branch, e.g.
 * `compose(breaker(), retry(), provider)`.
 *
 * @throws TypeError at factory time naming the first invalid option.
 */
export function breaker(options: BreakerOptions = {}): BreakerMiddleware {
  const settings = resolveBreakerOptions(options);
  const circuit = new Circuit(settings);
  const middleware = (next: Handler): Handler => {
    const handler = async function breaker(request: Request): Promise<Response> {
      const admission = circuit.admit();
      if (!admission.admitted) {
        return errorResponse(
          503,
          `Circuit open: the upstream failed repeatedly; the next probe is allowed in ${circuit.remainingCooldownMs()} ms`,
          { type: 'api_error', code: 'circuit_open', headers: { [responseHeaders.circuit]: 'open' } },
        );
      }
      let response: Response;
      try {
        response = await next(request);
      } catch (error) {
        // The caller's own abort says nothing about the upstream's health.
        if (transportSignal(request)?.aborted) circuit.release(admission);
        else circuit.record(admission, true);
        throw error;
      }
      circuit.record(admission, settings.onStatusCodes.has(response.status));
      return response;
    } as ProbedHandler;
    handler[circuitOpenProbe] = () => circuit.refusesNow();
    return handler;
  };
  Object.defineProperty(middleware, 'state', { get: () => circuit.state, enumerable: true });
  return middleware as BreakerMiddleware;
}
