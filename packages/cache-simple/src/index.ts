export {
  type AnswerApi,
  answerApiOf,
  answerOfEvents,
  type EventStreamApi,
  eventStreamEnd,
  eventsOfAnswer,
} from './answer-api.js';
export { canonicalRequest, deliveryFields } from './cache-key.js';
export { type CacheSimpleOptions, cacheSimple } from './cache-simple.js';
export { type CacheStatus, cacheStatus } from './cache-status.js';
export type { Awaitable, CacheEntry, CacheStore, JsonCacheEntry, SseCacheEntry } from './cache-store.js';
export { chunksFromCompletion, completionFromChunks } from './chat-assembly.js';
export type { CacheLogger } from './guarded-store.js';
export { type MemoryStore, type MemoryStoreOptions, memoryStore } from './memory-store.js';
export { type RedisStore, type RedisStoreClient, type RedisStoreOptions, redisStore } from './redis-store.js';
export { credentialHeaders, credentialPartition } from './tenant-partition.js';
