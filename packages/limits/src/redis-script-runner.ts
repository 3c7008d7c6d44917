import { withTimeout } from '@switchyard/core/internal';
import type { RedisLimitClient } from './redis-limit-store.js';
import type { RedisScript } from './redis-scripts.js';

/** What both Redis stores take besides their client. */
export interface RedisScriptStoreOptions {
  prefix?: string;
  commandTimeoutMs?: number;
}

/**
 * The options every Redis store checks alike, with their defaults (`commandTimeoutMs`: 500), named
 * by `store` in every message.
 *
 * @throws TypeError when `client` lacks `evalSha`/`eval` or an option is invalid.
 */
export function resolveRedisScriptOptions(
  store: string,
  client: RedisLimitClient,
  options: RedisScriptStoreOptions,
  defaultPrefix: string,
): { prefix: string; commandTimeoutMs: number } {
  if (typeof client !== 'object' || client === null) {
    throw new TypeError(`${store}: client must be a node-redis client (from createClient())`);
  }
  for (const method of ['evalSha', 'eval'] as const) {
    if (typeof (client as unknown as Record<string, unknown>)[method] !== 'function') {
      throw new TypeError(`${store}: client must be a node-redis 5 client; it has no ${method}() method`);
    }
  }
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`${store}: options must be an object`);
  }
  const prefix = options.prefix ?? defaultPrefix;
  if (typeof prefix !== 'string') {
    throw new TypeError(`${store}: prefix must be a string; got ${typeof prefix}`);
  }
  const commandTimeoutMs = options.commandTimeoutMs ?? 500;
  if (!Number.isSafeInteger(commandTimeoutMs) || commandTimeoutMs < 1) {
    throw new TypeError(
      `${store}: commandTimeoutMs must be an integer >= 1; got ${String(options.commandTimeoutMs)}`,
    );
  }
  return { prefix, commandTimeoutMs };
}

/** Runs one of the stores' scripts with `prefix` before every key. */
export type RunRedisScript = (script: RedisScript, keys: string[], args: string[]) => Promise<unknown>;

/**
 * How the Redis stores call their scripts: EVALSHA, falling back to EVAL once when Redis answers
 * NOSCRIPT (after a restart or `SCRIPT FLUSH`); a command not answered within `timeoutMs` fails,
 * named by `store`.
 */
export function redisScriptRunner(
  client: RedisLimitClient,
  prefix: string,
  timeoutMs: number,
  store: string,
): RunRedisScript {
  return async (script, keys, args) => {
    const call = { keys: keys.map((key) => prefix + key), arguments: args };
    try {
      return await withTimeout(client.evalSha(script.sha1, call), timeoutMs, `${store}: EVALSHA`);
    } catch (error) {
      if (!isNoScript(error)) throw error;
      // EVAL runs the script and puts it back in Redis's script cache for the next EVALSHA.
      return withTimeout(client.eval(script.source, call), timeoutMs, `${store}: EVAL`);
    }
  };
}

function isNoScript(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('NOSCRIPT');
}
