import type { TraceRecord, TraceSink } from '@switchyard/trace';
import { isCacheHitStatus } from '@switchyard/trace/internal';
import type { UsageEntry, UsageStore } from './usage-store.js';

/** Options of `usageSink`. */
export interface UsageSinkOptions {
  /**
   * Called when the store fails; the request was answered already and is never affected.
   * Default: one `console.warn` until the store works again.
   */
  onError?: (error: unknown) => void;
}

/**
 * A trace sink that sums every finished request into `store`, per tenant and per provider:
 * requests, errors, tokens, cost, cache hits and what they saved, retries, fallbacks, latency.
 * Attempt records are skipped (the request record counts the call once).
 *
 * @example
 * trace({ sink: usageSink(memoryUsageStore()) })
 */
export function usageSink(store: UsageStore, options: UsageSinkOptions = {}): TraceSink {
  let warned = false;
  const onError =
    options.onError ??
    ((error: unknown) => {
      if (warned) return;
      warned = true;
      console.warn(`usageSink: usage not recorded: ${(error as Error)?.message ?? String(error)}`);
    });
  return async (record) => {
    if (record.kind !== 'request') return;
    try {
      await store.add(usageEntryOf(record));
      warned = false;
    } catch (error) {
      onError(error);
    }
  };
}

/** What one request record adds to the usage figures. */
export function usageEntryOf(record: TraceRecord): UsageEntry {
  return {
    at: record.startTime,
    ...(record.tenant === undefined ? {} : { tenant: record.tenant }),
    ...(record.provider === undefined ? {} : { provider: record.provider }),
    error: record.outcome === 'error' || record.status === undefined || record.status >= 400,
    inputTokens: record.usage?.inputTokens ?? 0,
    outputTokens: record.usage?.outputTokens ?? 0,
    costUsd: record.costUsd ?? 0,
    cacheHit: isCacheHitStatus(record.cacheStatus),
    semanticHit: record.cacheStatus === 'SEMANTIC_HIT',
    savedUsd: record.savedUsd ?? 0,
    retries: record.retryCount ?? 0,
    fellBack: record.lastUsedOptionIndex !== undefined && /\[[1-9]\d*\]/.test(record.lastUsedOptionIndex),
    latencyMs: record.latencyMs,
  };
}
