import type { LimitStore, RateCounter, TakeResult } from './limit-store.js';
import { nanosPerUsd } from './memory-limit-store.js';
import { redisScriptRunner, resolveRedisScriptOptions } from './redis-script-runner.js';
import { adjustScript, spendScript, spentScript, takeScript } from './redis-scripts.js';

/** Keys and arguments of a script call, as node-redis 5 takes them. */
export interface RedisScriptArguments {
  keys: string[];
  arguments: string[];
}

/**
 * The two commands the store uses, as node-redis 5 (`redis` on npm) spells them: a client from
 * `createClient()` fits, and so does any object with these two methods (an adapter for another
 * client, for instance).
 */
export interface RedisLimitClient {
  evalSha(sha1: string, options: RedisScriptArguments): Promise<unknown>;
  eval(script: string, options: RedisScriptArguments): Promise<unknown>;
}

/** Options of `redisLimitStore`. */
export interface RedisLimitStoreOptions {
  /** Prepended to every key, so several deployments can share one Redis. Default: `'switchyard:limits:'`. */
  prefix?: string;
  /**
   * A command not answered by then fails (and the limiter fails open or closed, as configured),
   * in ms. Default: 500.
   */
  commandTimeoutMs?: number;
}

/**
 * A `LimitStore` in Redis, shared by every process that uses the same Redis: what makes limits hold
 * across replicas and `--workers`. Every operation is one Lua script call (EVALSHA, falling back to
 * EVAL once when Redis answers NOSCRIPT, after a restart or `SCRIPT FLUSH`), so an admission is
 * atomic and costs one round trip. Rate counters are GCRA state (one key per counter, expiring when
 * the counter is full again); budget windows are integer nano-dollars (`INCRBY`, expiring at the
 * window's end). Expiries are sent as durations (PX, PEXPIRE), so Redis's clock need not agree
 * with the callers'. Keys of one subject share a hash tag, so the store also works on Redis Cluster.
 *
 * Time comes from the callers (`now`), not from Redis, so that tests can drive it: keep replicas'
 * clocks in sync (NTP); a skew of d ms between two replicas makes limits up to d ms stricter or looser.
 *
 * Create the client yourself, connect it, listen to its `error` event and close it; give it
 * `disableOfflineQueue: true` so that commands fail at once while Redis is unreachable instead of
 * waiting in a queue.
 *
 * @throws TypeError when `client` lacks `evalSha`/`eval` or an option is invalid.
 */
export function redisLimitStore(client: RedisLimitClient, options: RedisLimitStoreOptions = {}): LimitStore {
  const { prefix, commandTimeoutMs } = resolveRedisScriptOptions(
    'redisLimitStore',
    client,
    options,
    'switchyard:limits:',
  );

  const run = redisScriptRunner(client, prefix, commandTimeoutMs, 'redisLimitStore');

  return {
    async take(counters: readonly RateCounter[], now: number): Promise<TakeResult> {
      const args = [String(now)];
      for (const counter of counters) {
        args.push(String(counter.limit), String(counter.periodMs), String(counter.cost));
      }
      const reply = await run(
        takeScript,
        counters.map((counter) => counter.key),
        args,
      );
      if (!Array.isArray(reply) || reply.length !== counters.length + 1) {
        throw new Error(`redisLimitStore: unexpected reply to the take script: ${JSON.stringify(reply)}`);
      }
      return { allowed: Number(reply[0]) === 1, tats: reply.slice(1).map(Number) };
    },
    async adjust(counter, now) {
      await run(
        adjustScript,
        [counter.key],
        [String(now), String(counter.limit), String(counter.periodMs), String(counter.cost)],
      );
    },
    async spent(key) {
      const reply = await run(spentScript, [key], []);
      return reply === null || reply === undefined ? 0 : Number(reply) / nanosPerUsd;
    },
    async spend(key, usd, expiresAt, now) {
      const nanos = Math.round(usd * nanosPerUsd);
      const ttl = Math.max(1, Math.ceil(expiresAt - now));
      const reply = await run(spendScript, [key], [String(nanos), String(ttl)]);
      return Number(reply) / nanosPerUsd;
    },
  };
}
