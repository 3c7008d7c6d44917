import type { Handler } from '@switchyard/core';

// The probe `@switchyard/breaker` puts on its handlers (see its README): true while the circuit
// refuses requests. A global symbol, so this package needs no dependency on the breaker.
const circuitOpenProbe = Symbol.for('switchyard.circuit-open');

/** Lets `handler` (wrapping `next`) report `next`'s circuit, so a breaker inside stays visible to routers. */
export function forwardCircuitProbe(next: Handler, handler: Handler): Handler {
  const probe = (next as { [circuitOpenProbe]?: unknown })[circuitOpenProbe];
  if (typeof probe === 'function') Object.defineProperty(handler, circuitOpenProbe, { value: probe });
  return handler;
}
