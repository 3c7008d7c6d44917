export { type FallbackOptions, fallback } from './fallback.js';
export { type HedgeOptions, hedge } from './hedge.js';
export { withOptionIndex } from './option-path.js';
