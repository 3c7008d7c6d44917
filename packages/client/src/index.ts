export type { ClientOptions } from './client-options.js';
export { createClient, SwitchyardClient } from './create-client.js';
export { Rerank, type RerankCreateParams, type RerankResponse, type RerankResult } from './rerank.js';
