import type { RedisLimitClient } from './redis-limit-store.js';
import { redisScriptRunner, resolveRedisScriptOptions } from './redis-script-runner.js';
import { addUsageScript, readUsageScript, usageNamesScript } from './redis-usage-scripts.js';
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
import type { UsageGranularity, UsageKind, UsageRow, UsageStore } from './usage-store.js';

/** Options of `redisUsageStore`. */
export interface RedisUsageStoreOptions {
  /** Prepended to every key, so several deployments can share one Redis. Default: `'switchyard:usage:'`. */
  prefix?: string;
  /** A command not answered by then fails, in ms. Default: 500. */
  commandTimeoutMs?: number;
  /** The clock bucket lifetimes are counted from, ms since the epoch. Default: `Date.now`. */
  now?: () => number;
}

/**
 * A `UsageStore` in Redis, summing every replica's requests: each bucket is a hash of integer
 * counters (dollars in nano-dollars) that expires with its retention, and one request's buckets
 * are written by one script call (one round trip, atomic). All keys share one hash tag, so the
 * store also works on Redis Cluster. The same node-redis 5 client as `redisLimitStore` fits.
 *
 * @throws TypeError when `client` lacks `evalSha`/`eval` or an option is invalid.
 */
export function redisUsageStore(client: RedisLimitClient, options: RedisUsageStoreOptions = {}): UsageStore {
  const { prefix, commandTimeoutMs } = resolveRedisScriptOptions(
    'redisUsageStore',
    client,
    options,
    'switchyard:usage:',
  );
  const now = options.now ?? Date.now;
  const run = redisScriptRunner(client, prefix, commandTimeoutMs, 'redisUsageStore');

  return {
    async add(entry) {
      const keys: string[] = [];
      const lifetimes: string[] = [];
      const sets: string[] = [];
      const names: string[] = [];
      const at = now();
      for (const { kind, name } of subjectsOf(entry)) {
        for (const granularity of usageGranularities) {
          const start = bucketStart(entry.at, granularity);
          keys.push(bucketKey(kind, name, granularity, start));
          lifetimes.push(String(Math.max(1, start + bucketRetentionMs[granularity] - at)));
        }
        sets.push(namesKey(kind));
        names.push(name);
      }
      if (keys.length === 0) return;
      const increments = entryIncrements(entry).flatMap(([field, increment]) => [field, String(increment)]);
      await run(
        addUsageScript,
        [...keys, ...sets],
        [String(keys.length), String(bucketRetentionMs.day), ...lifetimes, ...names, ...increments],
      );
    },
    async read(query) {
      const { kind, name, granularity, from, to } = checkUsageQuery(query);
      const subjects =
        name === undefined ? ((await run(usageNamesScript, [namesKey(kind)], [])) as string[]) : [name];
      const starts = bucketStarts(from, to, granularity);
      const wanted = [...subjects].sort().flatMap((subject) => starts.map((start) => ({ subject, start })));
      if (wanted.length === 0) return [];
      const reply = (await run(
        readUsageScript,
        wanted.map(({ subject, start }) => bucketKey(kind, subject, granularity, start)),
        [],
      )) as string[][];
      const rows: UsageRow[] = [];
      wanted.forEach(({ subject, start }, index) => {
        const flat = reply[index] ?? [];
        if (flat.length === 0) return;
        const fields: Record<string, number> = {};
        for (let i = 0; i < flat.length; i += 2) fields[flat[i] as string] = Number(flat[i + 1]);
        rows.push({ kind, name: subject, granularity, start, ...figuresOf(fields) });
      });
      return rows;
    },
  };
}

// One hash tag for every key: a request's buckets (tenant and provider) sit in one Cluster slot.
function bucketKey(kind: UsageKind, name: string, granularity: UsageGranularity, start: number): string {
  return `{usage}:${kind}:${encodeURIComponent(name)}:${granularity}:${start}`;
}

function namesKey(kind: UsageKind): string {
  return `{usage}:names:${kind}`;
}
