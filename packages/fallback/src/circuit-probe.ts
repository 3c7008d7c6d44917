import type { Handler } from '@switchyard/core';

// The probe `@switchyard/breaker` puts on its handlers (see its README): true while the circuit
// refuses requests. A global symbol, so this package needs no dependency on the breaker.
const circuitOpenProbe = Symbol.for('switchyard.circuit-open');

function probeOf(handler: Handler): (() => boolean) | undefined {
  const probe = (handler as { [circuitOpenProbe]?: unknown })[circuitOpenProbe];
  return typeof probe === 'function' ? (probe as () => boolean) : undefined;
}

/**
 * Lets a router's `handler` report its circuit as open when every branch handler reports open, so
 * an enclosing `loadbalance` skips the whole router. Nothing is added when a branch has no probe.
 */
export function reportCircuitOfBranches(branches: Handler[], handler: Handler): Handler {
  const probes = branches.map(probeOf);
  if (probes.every((probe) => probe !== undefined)) {
    Object.defineProperty(handler, circuitOpenProbe, { value: () => probes.every((probe) => probe!()) });
  }
  return handler;
}
