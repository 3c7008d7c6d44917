export { catalog, costOf, findModel, type LookupOptions, type UsageTokens } from './catalog.js';
export type { ModelInfo, TokenPrices } from './model-info.js';
