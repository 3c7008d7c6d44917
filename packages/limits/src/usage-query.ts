import { bucketStart, bucketWidthMs, usageGranularities } from './usage-buckets.js';

/** The most buckets one query may span per subject: a month of hours, with room. */
export const maxBucketsPerQuery = 1_500;

import type { UsageQuery } from './usage-store.js';

/**
 * `query` checked, for both stores and the admin route.
 *
 * @throws TypeError naming the field that is wrong.
 */
export function checkUsageQuery(query: UsageQuery): UsageQuery {
  if (typeof query !== 'object' || query === null) throw new TypeError('usage query: must be an object');
  if (query.kind !== 'tenant' && query.kind !== 'provider') {
    throw new TypeError(`usage query: kind must be 'tenant' or 'provider'; got ${String(query.kind)}`);
  }
  if (!usageGranularities.includes(query.granularity)) {
    throw new TypeError(
      `usage query: granularity must be one of ${usageGranularities.join(', ')}; got ${String(query.granularity)}`,
    );
  }
  for (const field of ['from', 'to'] as const) {
    if (!Number.isFinite(query[field])) {
      throw new TypeError(
        `usage query: ${field} must be a time in ms since the epoch; got ${String(query[field])}`,
      );
    }
  }
  if (query.from > query.to) throw new TypeError('usage query: from is after to');
  const buckets = (query.to - bucketStart(query.from, query.granularity)) / bucketWidthMs[query.granularity];
  if (buckets >= maxBucketsPerQuery) {
    throw new TypeError(
      `usage query: ${Math.floor(buckets) + 1} ${query.granularity} buckets asked; at most ${maxBucketsPerQuery} (ask a coarser granularity)`,
    );
  }
  if (query.name !== undefined && typeof query.name !== 'string') {
    throw new TypeError('usage query: name must be a string');
  }
  return query;
}
