import type { Handler } from '@switchyard/core';

/**
 * How a breaker tells routers that its branch would be refused right now: the handler a breaker
 * builds carries a function under this global symbol, returning true while the circuit is open
 * (or half-open with every probe slot taken). `loadbalance` reads it on each branch's handler to
 * skip dead branches. A global symbol, so separate copies of the packages still agree.
 */
export const circuitOpenProbe: unique symbol = Symbol.for('switchyard.circuit-open') as never;

/** A handler that can say whether its circuit is open. */
export interface ProbedHandler extends Handler {
  [circuitOpenProbe]: () => boolean;
}

/**
 * True when `handler` is a breaker's handler (the outermost middleware of a branch) whose circuit
 * refuses requests right now. False for any other handler.
 */
export function isCircuitOpen(handler: Handler): boolean {
  const probe = (handler as Partial<ProbedHandler>)[circuitOpenProbe];
  return typeof probe === 'function' && probe();
}
