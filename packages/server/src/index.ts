export { apiKeyChecker } from './api-keys.js';
export { createGateway } from './create-gateway.js';
export {
  type DashboardCircuit,
  type DashboardContext,
  type DashboardTenant,
  dashboardHandler,
} from './dashboard/dashboard.js';
export {
  type LiveFeed,
  type LiveRow,
  type LiveRowOptions,
  liveRowOf,
  type MemoryLiveFeedOptions,
  memoryLiveFeed,
  type RedisLiveClient,
  type RedisLiveFeedOptions,
  redisLiveFeed,
} from './dashboard/live-feed.js';
export { defaultGatewayLogger, type GatewayLogEntry, type GatewayLogger } from './failure-log.js';
export {
  type GatewayKey,
  type ResolvedGatewayKey,
  readGatewayKeysFile,
  resolveGatewayKeys,
  tenantOfKey,
} from './gateway-keys.js';
export type { GatewayOptions } from './gateway-options.js';
export type { GatewayRedisClient } from './gateway-redis.js';
export { gatewayRoutes } from './gateway-routes.js';
export { withPortkeyHeaders } from './portkey-response-headers.js';
export {
  type GatewayHeaders,
  type HeaderLookup,
  type NodeHeaders,
  readGatewayHeaders,
} from './request-headers.js';
export { type RunningGateway, type ServeOptions, serve } from './serve.js';
