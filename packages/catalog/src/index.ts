export {
  catalog,
  costOf,
  findModel,
  type LookupOptions,
  providerAliases,
  type UsageTokens,
} from './catalog.js';
export type { ModelInfo, TokenPrices } from './model-info.js';
