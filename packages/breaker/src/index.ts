export { type BreakerMiddleware, breaker } from './breaker.js';
export type { BreakerOptions, CircuitState, CircuitStateChange } from './breaker-options.js';
export { circuitOpenProbe, isCircuitOpen, type ProbedHandler } from './circuit-probe.js';
