import { nanosPerUsd } from './memory-limit-store.js';
import {
  latencyBoundsMs,
  type UsageEntry,
  type UsageFigures,
  type UsageGranularity,
  type UsageKind,
} from './usage-store.js';

/** Every granularity, finest first. */
export const usageGranularities: readonly UsageGranularity[] = ['minute', 'hour', 'day'];

/** The width of a bucket, ms. */
export const bucketWidthMs: Readonly<Record<UsageGranularity, number>> = {
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
};

/**
 * How long a bucket is kept after its start, ms: minutes 3 hours (the dashboard's last hour), hours
 * 3 days (its last day), days 400 days (a month, and the same month a year ago).
 */
export const bucketRetentionMs: Readonly<Record<UsageGranularity, number>> = {
  minute: 3 * 3_600_000,
  hour: 3 * 86_400_000,
  day: 400 * 86_400_000,
};

/** The start (UTC) of the bucket `at` falls in. */
export function bucketStart(at: number, granularity: UsageGranularity): number {
  const width = bucketWidthMs[granularity];
  return Math.floor(at / width) * width;
}

/** Bucket starts from the one `from` falls in to the one `to` falls in. */
export function bucketStarts(from: number, to: number, granularity: UsageGranularity): number[] {
  const width = bucketWidthMs[granularity];
  const starts: number[] = [];
  for (let start = bucketStart(from, granularity); start <= to; start += width) {
    starts.push(start);
  }
  return starts;
}

/** The subjects an entry is counted under: its tenant and its provider, each when known. */
export function subjectsOf(entry: UsageEntry): Array<{ kind: UsageKind; name: string }> {
  const subjects: Array<{ kind: UsageKind; name: string }> = [];
  if (entry.tenant !== undefined) subjects.push({ kind: 'tenant', name: entry.tenant });
  if (entry.provider !== undefined) subjects.push({ kind: 'provider', name: entry.provider });
  return subjects;
}

/** The index in a latency histogram that `latencyMs` counts in. */
export function latencyBucketIndex(latencyMs: number): number {
  const index = latencyBoundsMs.findIndex((bound) => latencyMs <= bound);
  return index === -1 ? latencyBoundsMs.length : index;
}

/** Figures of an empty bucket. */
export function emptyFigures(): UsageFigures {
  return {
    requests: 0,
    errors: 0,
    inputTokens: 0,
    outputTokens: 0,
    costUsd: 0,
    cacheHits: 0,
    semanticHits: 0,
    savedUsd: 0,
    retries: 0,
    fallbacks: 0,
    latencyHistogram: new Array<number>(latencyBoundsMs.length + 1).fill(0),
  };
}

/**
 * The integer increments one entry makes (dollars as whole nano-dollars, so totals add up exactly) to a bucket, by field name: what both stores add (the
 * Redis store as `HINCRBY` fields), dollars in nano-dollars, the latency as `latency_<index>`.
 */
export function entryIncrements(entry: UsageEntry): Array<[field: string, increment: number]> {
  const increments: Array<[string, number]> = [
    ['requests', 1],
    ['errors', entry.error ? 1 : 0],
    ['inputTokens', entry.inputTokens],
    ['outputTokens', entry.outputTokens],
    ['costNanos', Math.round(entry.costUsd * nanosPerUsd)],
    ['cacheHits', entry.cacheHit ? 1 : 0],
    ['semanticHits', entry.semanticHit ? 1 : 0],
    ['savedNanos', Math.round(entry.savedUsd * nanosPerUsd)],
    ['retries', entry.retries],
    ['fallbacks', entry.fellBack ? 1 : 0],
    [`latency_${latencyBucketIndex(entry.latencyMs)}`, 1],
  ];
  return increments.filter(([, increment]) => increment !== 0);
}

/** A bucket's figures from its integer fields (a Redis hash, or the memory store's counters). */
export function figuresOf(fields: Readonly<Record<string, number>>): UsageFigures {
  const figures = emptyFigures();
  figures.requests = fields.requests ?? 0;
  figures.errors = fields.errors ?? 0;
  figures.inputTokens = fields.inputTokens ?? 0;
  figures.outputTokens = fields.outputTokens ?? 0;
  figures.costUsd = (fields.costNanos ?? 0) / nanosPerUsd;
  figures.cacheHits = fields.cacheHits ?? 0;
  figures.semanticHits = fields.semanticHits ?? 0;
  figures.savedUsd = (fields.savedNanos ?? 0) / nanosPerUsd;
  figures.retries = fields.retries ?? 0;
  figures.fallbacks = fields.fallbacks ?? 0;
  for (let index = 0; index < figures.latencyHistogram.length; index++) {
    figures.latencyHistogram[index] = fields[`latency_${index}`] ?? 0;
  }
  return figures;
}
