export { circuitOpenProbe, isCircuitOpen, type ProbedHandler } from '@switchyard/core';
export { type BreakerMiddleware, breaker } from './breaker.js';
export type { BreakerOptions, CircuitState, CircuitStateChange } from './breaker-options.js';
