// Plumbing shared with Switchyard's own packages (`@switchyard/limits` settles tokens and spend from
// the same usage trace records). No stability promise: names and behaviour here may change in any
// release. Users trace with `@switchyard/trace` alone.

export { isCacheHitStatus } from './cache-hit.js';
export { newTraceId } from './ids.js';
export { asksForUsage, withIncludeUsage } from './include-usage.js';
export { costOfUsage, validatePriceTable } from './prices.js';
export { type RequestFacts, readRequestFacts } from './request-facts.js';
export { observeJsonBody, type ResponseObservation } from './response-observation.js';
export { type SseObservationTapOptions, sseObservationTap } from './sse-observation-tap.js';
export { usageOf } from './usage.js';
