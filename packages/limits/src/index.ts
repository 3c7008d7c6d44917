export { type BudgetOptions, budget } from './budget.js';
export type { BudgetPeriod } from './budget-period.js';
export { limitsStatusHeader } from './limit-responses.js';
export type { Awaitable, LimitStore, RateCounter, TakeResult } from './limit-store.js';
export { type MemoryLimitStore, memoryLimitStore } from './memory-limit-store.js';
export { type MemoryUsageStoreOptions, memoryUsageStore } from './memory-usage-store.js';
export type { KeyFunction, LimiterOptions } from './option-checks.js';
export { type RateLimitOptions, rateLimit } from './rate-limit.js';
export {
  type RedisLimitClient,
  type RedisLimitStoreOptions,
  type RedisScriptArguments,
  redisLimitStore,
} from './redis-limit-store.js';
export { type RedisUsageStoreOptions, redisUsageStore } from './redis-usage-store.js';
export { formatResetDuration } from './reset-duration.js';
export type { LimitsLogger } from './store-guard.js';
export { estimateTokens, type TokenEstimator } from './token-estimate.js';
export { type UsageSinkOptions, usageEntryOf, usageSink } from './usage-sink.js';
export {
  latencyBoundsMs,
  type UsageEntry,
  type UsageFigures,
  type UsageGranularity,
  type UsageKind,
  type UsageQuery,
  type UsageRow,
  type UsageStore,
} from './usage-store.js';
