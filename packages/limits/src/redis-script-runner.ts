import type { RedisLimitClient } from './redis-limit-store.js';
import type { RedisScript } from './redis-scripts.js';

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

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} not answered within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
