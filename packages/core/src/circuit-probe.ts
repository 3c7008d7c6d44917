import type { Handler } from './handler.js';

/**
 * How a circuit breaker tells routers that its branch would be refused right now: the handler a
 * breaker builds carries a function under this global symbol, returning true while the circuit is
 * open. `loadbalance` reads it to skip dead branches; middlewares that wrap a handler pass it on.
 * A global symbol, so separate copies of the packages still agree.
 */
export const circuitOpenProbe: unique symbol = Symbol.for('switchyard.circuit-open') as never;

/** A handler that can say whether its circuit is open. */
export interface ProbedHandler extends Handler {
  [circuitOpenProbe]: () => boolean;
}

function probeOf(handler: Handler): (() => boolean) | undefined {
  const probe = (handler as Partial<ProbedHandler>)[circuitOpenProbe];
  return typeof probe === 'function' ? probe : undefined;
}

/** True when `handler` reports a circuit that refuses requests right now; false for any other handler. */
export function isCircuitOpen(handler: Handler): boolean {
  return probeOf(handler)?.() === true;
}

/**
 * Lets `handler` (which wraps `next`) report `next`'s circuit, so a breaker inside stays visible to
 * routers outside. Returns `handler`.
 */
export function forwardCircuitProbe<H extends Handler>(next: Handler, handler: H): H {
  const probe = probeOf(next);
  if (probe) Object.defineProperty(handler, circuitOpenProbe, { value: probe, configurable: true });
  return handler;
}

/**
 * Lets a router's `handler` report its circuit as open when every branch reports open, so an
 * enclosing `loadbalance` skips the whole router. Nothing is added when a branch has no probe.
 */
export function reportCircuitOfBranches<H extends Handler>(branches: readonly Handler[], handler: H): H {
  const probes = branches.map(probeOf);
  if (probes.length > 0 && probes.every((probe) => probe !== undefined)) {
    Object.defineProperty(handler, circuitOpenProbe, {
      value: () => probes.every((probe) => probe!()),
      configurable: true,
    });
  }
  return handler;
}
