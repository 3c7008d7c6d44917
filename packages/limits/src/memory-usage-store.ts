import {
  bucketRetentionMs,
  bucketStart,
  bucketStarts,
  entryIncrements,
  figuresOf,
  subjectsOf,
  usageGranularities,
} from './usage-buckets.js';
import { checkUsageQuery } from './usage-query.js';
import type { UsageKind, UsageRow, UsageStore } from './usage-store.js';

/** One bucket's integer fields and when it may be dropped. */
interface Bucket {
  fields: Record<string, number>;
  expiresAt: number;
}

/** Options of `memoryUsageStore`. */
export interface MemoryUsageStoreOptions {
  /** The clock buckets expire by, ms since the epoch. Default: `Date.now`. */
  now?: () => number;
}

/**
 * A `UsageStore` in this process's memory: the default, for one process. Buckets past their
 * retention (minutes 3 hours, hours 3 days, days 400 days) are dropped as new entries arrive.
 */
export function memoryUsageStore(options: MemoryUsageStoreOptions = {}): UsageStore {
  const now = options.now ?? Date.now;
  // kind -> name -> "granularity:start" -> bucket
  const subjects: Record<UsageKind, Map<string, Map<string, Bucket>>> = {
    tenant: new Map(),
    provider: new Map(),
  };
  let nextSweep = 0;

  function sweep(at: number): void {
    if (at < nextSweep) return;
    nextSweep = at + 60_000;
    for (const byName of Object.values(subjects)) {
      for (const [name, buckets] of byName) {
        for (const [id, bucket] of buckets) if (bucket.expiresAt <= at) buckets.delete(id);
        if (buckets.size === 0) byName.delete(name);
      }
    }
  }

  return {
    add(entry) {
      const increments = entryIncrements(entry);
      for (const { kind, name } of subjectsOf(entry)) {
        let buckets = subjects[kind].get(name);
        if (buckets === undefined) {
          buckets = new Map();
          subjects[kind].set(name, buckets);
        }
        for (const granularity of usageGranularities) {
          const start = bucketStart(entry.at, granularity);
          const id = `${granularity}:${start}`;
          let bucket = buckets.get(id);
          if (bucket === undefined) {
            bucket = { fields: {}, expiresAt: start + bucketRetentionMs[granularity] };
            buckets.set(id, bucket);
          }
          for (const [field, increment] of increments) {
            bucket.fields[field] = (bucket.fields[field] ?? 0) + increment;
          }
        }
      }
      sweep(now());
    },
    read(query) {
      const { kind, name, granularity, from, to } = checkUsageQuery(query);
      const at = now();
      const names = name === undefined ? [...subjects[kind].keys()].sort() : [name];
      const rows: UsageRow[] = [];
      for (const subject of names) {
        const buckets = subjects[kind].get(subject);
        if (buckets === undefined) continue;
        for (const start of bucketStarts(from, to, granularity)) {
          const bucket = buckets.get(`${granularity}:${start}`);
          if (bucket === undefined || bucket.expiresAt <= at) continue;
          rows.push({ kind, name: subject, granularity, start, ...figuresOf(bucket.fields) });
        }
      }
      return rows;
    },
  };
}
