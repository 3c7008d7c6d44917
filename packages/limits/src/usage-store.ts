import type { Awaitable } from './limit-store.js';

/** What usage is counted by: the tenant that sent a request, or the provider that answered it. */
export type UsageKind = 'tenant' | 'provider';

/** The width of a usage bucket: minutes are kept 3 hours, hours 3 days, days 400 days. */
export type UsageGranularity = 'minute' | 'hour' | 'day';

/**
 * Upper bounds (ms, inclusive) of the latency histogram every bucket keeps, so percentiles can be
 * read back from any store and summed across replicas; a last bucket counts everything slower.
 */
export const latencyBoundsMs: readonly number[] = [
  50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000, 60_000, 120_000,
];

/** One finished request, as `usageSink` takes it from a trace record. */
export interface UsageEntry {
  /** When the request started, ms since the epoch: the bucket it is counted in. */
  at: number;
  /** The tenant (the gateway key's name); absent for requests without one. */
  tenant?: string;
  /** The provider that answered; absent when none did. */
  provider?: string;
  /** True when the caller got an error (a status >= 400, or no answer). */
  error: boolean;
  inputTokens: number;
  outputTokens: number;
  /** Dollars billed by the provider (0 for a cache hit). */
  costUsd: number;
  /** True when a cache (simple or semantic) answered. */
  cacheHit: boolean;
  /** True when the semantic cache answered. */
  semanticHit: boolean;
  /** Dollars a cache hit saved: what the answer cost when it was first made. */
  savedUsd: number;
  /** Upstream attempts beyond the first (retries). */
  retries: number;
  /**
   * True when a target other than the first of its strategy served (`lastUsedOptionIndex` names
   * an index above 0): a fallback, or the later target of a load balancer.
   */
  fellBack: boolean;
  /** From start until the answer's end, ms. */
  latencyMs: number;
}

/** The sums of one bucket. */
export interface UsageFigures {
  requests: number;
  errors: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  cacheHits: number;
  semanticHits: number;
  savedUsd: number;
  retries: number;
  /** Requests served by a target other than the first of its strategy (see `UsageEntry.fellBack`). */
  fallbacks: number;
  /** Requests per latency bucket: `latencyHistogram[i]` counts latencies <= `latencyBoundsMs[i]`
   * (and above the bound before it); the last entry counts the rest. */
  latencyHistogram: number[];
}

/** One bucket of one subject. */
export interface UsageRow extends UsageFigures {
  kind: UsageKind;
  /** The tenant's or provider's name. */
  name: string;
  granularity: UsageGranularity;
  /** The bucket's start, ms since the epoch (UTC minute, hour or day). */
  start: number;
}

/** What `UsageStore.read` is asked. */
export interface UsageQuery {
  kind: UsageKind;
  /** One subject; all of this kind when absent. */
  name?: string;
  granularity: UsageGranularity;
  /** First bucket (ms since the epoch, rounded down to the granularity). */
  from: number;
  /** Last bucket included (ms since the epoch). */
  to: number;
}

/**
 * Where usage is summed: per tenant and per provider, in minute, hour and day buckets. The memory
 * store serves one process; the Redis store sums every replica's requests.
 */
export interface UsageStore {
  /** Counts one finished request in every bucket it falls in (one round trip for Redis). */
  add(entry: UsageEntry): Awaitable<void>;
  /** The non-empty buckets matching `query`, ordered by name then start. */
  read(query: UsageQuery): Awaitable<UsageRow[]>;
}
