import { type RedisStoreClient, redisStore } from '@switchyard/cache-simple';
import {
  type LimitStore,
  memoryLimitStore,
  memoryUsageStore,
  type RedisLimitClient,
  redisLimitStore,
  redisUsageStore,
  type UsageStore,
} from '@switchyard/limits';
import { type RedisResponseStoreClient, redisResponseStore } from '@switchyard/responses-api';
import type { RedisLiveClient } from './dashboard/live-feed.js';
import type { GatewayOptions } from './gateway-options.js';

/**
 * The commands the gateway's Redis stores use, as node-redis 5 spells them: a client from
 * `createClient()` of the `redis` package fits.
 */
export type GatewayRedisClient = RedisLimitClient &
  RedisStoreClient &
  RedisResponseStoreClient &
  RedisLiveClient;

/**
 * `options` with every shared store the gateway keeps made in `options.redis` (limits and budgets,
 * usage, the simple cache, the Responses API's responses), so replicas that use the same Redis
 * answer alike; a store given explicitly wins. Without Redis: memory stores, per process.
 */
export function withSharedStores(options: GatewayOptions): GatewayOptions & {
  limitStore: LimitStore;
  usage: UsageStore | false;
} {
  const redis = options.redis;
  if (redis === undefined) {
    return {
      ...options,
      limitStore: options.limitStore ?? memoryLimitStore(),
      usage: options.usage ?? memoryUsageStore(),
    };
  }
  checkRedisClient(redis);
  return {
    ...options,
    limitStore: options.limitStore ?? redisLimitStore(redis),
    usage: options.usage ?? redisUsageStore(redis),
    responseStore: options.responseStore ?? redisResponseStore(redis),
    compile: {
      ...options.compile,
      simpleCacheStore: options.compile?.simpleCacheStore ?? redisStore({ client: redis }),
    },
  };
}

function checkRedisClient(client: unknown): void {
  for (const method of [
    'evalSha',
    'eval',
    'get',
    'set',
    'del',
    'getEx',
    'lPush',
    'publish',
    'duplicate',
  ] as const) {
    if (typeof (client as Record<string, unknown> | null)?.[method] !== 'function') {
      throw new TypeError(
        `createGateway: redis must be a node-redis 5 client (createClient() from 'redis'); it has no ${method}() method`,
      );
    }
  }
}
