import type { ResponseStore, StoredResponse } from './response-store.js';

/**
 * The commands the Redis response store uses, as node-redis 5 (`redis` on npm) spells them. A
 * connected client from `createClient()` fits; any object with the same three methods does too.
 */
export interface RedisResponseStoreClient {
  getEx(key: string, options: { type: 'PX'; value: number }): Promise<unknown>;
  set(key: string, value: string, options: { expiration: { type: 'PX'; value: number } }): Promise<unknown>;
  del(key: string): Promise<unknown>;
}

/** Options of `redisResponseStore`. */
export interface RedisResponseStoreOptions {
  /** Prepended to every response id to make its key, so several stores can share one Redis. Default: `'switchyard:response:'`. */
  prefix?: string;
  /**
   * How long an entry lives after it was stored or last read, in milliseconds (Redis expires the
   * key itself). Default: 24 hours, as `memoryResponseStore`.
   */
  ttlMs?: number;
}

/** A `ResponseStore` in Redis; every method answers with a promise. */
export interface RedisResponseStore extends ResponseStore {
  get(id: string): Promise<StoredResponse | undefined>;
  set(id: string, entry: StoredResponse): Promise<void>;
  delete(id: string): Promise<boolean>;
}

const where = 'redisResponseStore';

/**
 * A `ResponseStore` in Redis, for several gateway replicas (or processes) that serve one
 * conversation: each entry is its `StoredResponse` as JSON under `prefix + id`, set with a TTL
 * (`SET … PX`); reading it renews the TTL (`GETEX … PX`), so, as with `memoryResponseStore`, a
 * conversation in use keeps all its turns while abandoned ones expire. The entry keeps the tenant
 * that created it (`StoredResponse.tenant`), and `responsesOverChat` answers other tenants as if
 * it were missing, as with the memory store.
 *
 * `client` is a node-redis 5 client you create, connect (`await client.connect()`), listen to
 * (`client.on('error', …)`) and close; `redis` is an optional peer dependency. Commands need
 * Redis 6.2 or later (`GETEX`). A failing command rejects, and the request fails with it.
 *
 * @throws TypeError naming `client` without `getEx`, `set` or `del`, or an invalid option.
 */
export function redisResponseStore(
  client: RedisResponseStoreClient,
  options: RedisResponseStoreOptions = {},
): RedisResponseStore {
  for (const method of ['getEx', 'set', 'del'] as const) {
    if (typeof (client as unknown as Record<string, unknown> | null)?.[method] !== 'function') {
      throw new TypeError(`${where}: client must be a node-redis client; it has no ${method}() method`);
    }
  }
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`${where}: options must be an object`);
  }
  const prefix = options.prefix ?? 'switchyard:response:';
  if (typeof prefix !== 'string') throw new TypeError(`${where}: prefix must be a string`);
  const ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
  if (!Number.isSafeInteger(ttlMs) || ttlMs < 1) {
    throw new TypeError(`${where}: ttlMs must be an integer >= 1; got ${String(options.ttlMs)}`);
  }
  const expiry = { type: 'PX', value: ttlMs } as const;

  return {
    async get(id) {
      const text = await client.getEx(prefix + id, expiry);
      if (text === null || text === undefined) return undefined;
      return JSON.parse(String(text)) as StoredResponse;
    },
    async set(id, entry) {
      await client.set(prefix + id, JSON.stringify(entry), { expiration: expiry });
    },
    async delete(id) {
      return Number(await client.del(prefix + id)) > 0;
    },
  };
}
