export { circuitOpenProbe, isCircuitOpen, type ProbedHandler } from '@switchyard/core/internal';
export { type BreakerMiddleware, breaker } from './breaker.js';
export type { BreakerOptions, CircuitState, CircuitStateChange } from './breaker-options.js';
