export { loadbalance } from './loadbalance.js';
export type { LoadbalanceOptions, LoadbalanceTarget } from './loadbalance-options.js';
