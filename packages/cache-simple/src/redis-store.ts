import { withTimeout } from '@switchyard/core/internal';
import type { CacheEntry, CacheStore } from './cache-store.js';

/**
 * The commands the Redis store uses, as node-redis 5 (`redis` on npm) spells them. A client
 * from `createClient()` fits; any object with the same three methods does too.
 */
export interface RedisStoreClient {
  get(key: string): Promise<unknown>;
  set(key: string, value: string, options: { expiration: { type: 'PX'; value: number } }): Promise<unknown>;
  del(key: string): Promise<unknown>;
}

/** Options of `redisStore`. Give `client` or `url`. */
export interface RedisStoreOptions {
  /**
   * A node-redis client you create, connect, listen to (`client.on('error', ...)`) and close.
   * Create it with `disableOfflineQueue: true` so commands fail fast (and the cache answers misses)
   * while Redis is unreachable instead of queueing. Default: none.
   */
  client?: RedisStoreClient;
  /**
   * `redis://[[user]:password@]host[:port][/db]`: the store creates its own client (with
   * `disableOfflineQueue` and reconnection), connects on first use and quits on `close()`.
   * Needs the optional peer dependency `redis`. Default: none.
   */
  url?: string;
  /** Prepended to every key, so several caches can share one Redis. Default: `'switchyard:cache:'`. */
  prefix?: string;
  /** A command (or the first connection) not answered by then fails, in ms. Default: 500. */
  commandTimeoutMs?: number;
  /** Receives connection errors of a client the store created (once per outage). Default: `console`. */
  logger?: { warn(message: string): void };
}

/** A `CacheStore` in Redis; `close()` quits a client the store created itself. */
export interface RedisStore<Value = CacheEntry> extends CacheStore<Value> {
  delete(key: string): Promise<void>;
  /** Quits the client created from `url` (a `client` you passed is left to you). */
  close(): Promise<void>;
}

/** The parts of a node-redis client the store drives when it created the client itself. */
interface OwnedClient extends RedisStoreClient {
  readonly isReady: boolean;
  readonly isOpen: boolean;
  connect(): Promise<unknown>;
  close(): Promise<unknown>;
  destroy(): void;
  on(event: 'error' | 'ready', listener: (error?: unknown) => void): unknown;
}

/**
 * A `CacheStore` in Redis: values are JSON strings under `prefix + key`, expiring in Redis after
 * their TTL (`SET ... PX`). Every command is bounded by `commandTimeoutMs`; a failure rejects, and
 * `cacheSimple` answers that request as a miss.
 */
export function redisStore<Value = CacheEntry>(options: RedisStoreOptions): RedisStore<Value> {
  const settings = resolveRedisStoreOptions(options);
  const { prefix, commandTimeoutMs } = settings;
  let owned: Promise<{ client: OwnedClient; connecting: Promise<unknown> }> | undefined;
  let firstConnection: Promise<unknown> | undefined;

  async function client(): Promise<RedisStoreClient> {
    if (settings.client) return settings.client;
    owned ??= openClient(settings.url!, commandTimeoutMs, settings.logger);
    const { client: redis, connecting } = await owned;
    // Requests wait (bounded) for the first connection only; later, while the client reconnects,
    // its commands fail at once (offline queue disabled) and the cache answers misses.
    firstConnection ??= withTimeout(connecting, commandTimeoutMs, 'redisStore: connect').catch(
      () => undefined,
    );
    await firstConnection;
    if (!redis.isReady) throw new Error(`redisStore: not connected to Redis at ${settings.target}`);
    return redis;
  }

  return {
    async get(key) {
      const redis = await client();
      const text = await withTimeout(redis.get(prefix + key), commandTimeoutMs, 'redisStore: GET');
      if (text === null || text === undefined) return undefined;
      return JSON.parse(String(text)) as Value;
    },
    async set(key, value, ttlSeconds) {
      const redis = await client();
      const ttl = Math.max(1, Math.round(ttlSeconds * 1000));
      await withTimeout(
        redis.set(prefix + key, JSON.stringify(value), { expiration: { type: 'PX', value: ttl } }),
        commandTimeoutMs,
        'redisStore: SET',
      );
    },
    async delete(key) {
      const redis = await client();
      await withTimeout(redis.del(prefix + key), commandTimeoutMs, 'redisStore: DEL');
    },
    async close() {
      if (!owned) return;
      const { client: redis } = await owned;
      owned = undefined;
      firstConnection = undefined;
      if (redis.isReady) await redis.close().catch(() => redis.destroy());
      else if (redis.isOpen) redis.destroy();
    },
  };
}

/** Loads `redis`, creates a client for `url` and starts connecting. */
async function openClient(
  url: string,
  commandTimeoutMs: number,
  logger: { warn(message: string): void },
): Promise<{ client: OwnedClient; connecting: Promise<unknown> }> {
  const { createClient } = await import('redis');
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: commandTimeoutMs,
      // Keep trying in the background; requests meanwhile are misses.
      reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2000),
    },
  }) as unknown as OwnedClient;
  let reported = false;
  client.on('error', (error) => {
    if (reported) return;
    reported = true;
    logger.warn(
      `redisStore: Redis connection error: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  client.on('ready', () => {
    reported = false;
  });
  const connecting = client.connect();
  connecting.catch(() => undefined);
  return { client, connecting };
}

interface RedisStoreSettings {
  client: RedisStoreClient | undefined;
  url: string | undefined;
  /** `host:port` of `url`, for messages (the URL itself may carry a password). */
  target: string;
  prefix: string;
  commandTimeoutMs: number;
  logger: { warn(message: string): void };
}

function resolveRedisStoreOptions(options: RedisStoreOptions): RedisStoreSettings {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('redisStore: options must be an object with client or url');
  }
  const { client, url } = options;
  if ((client === undefined) === (url === undefined)) {
    throw new TypeError('redisStore: give exactly one of client or url');
  }
  if (client !== undefined) {
    for (const method of ['get', 'set', 'del'] as const) {
      if (typeof (client as unknown as Record<string, unknown>)[method] !== 'function') {
        throw new TypeError(`redisStore: client must be a node-redis client; it has no ${method}() method`);
      }
    }
  }
  if (url !== undefined && (typeof url !== 'string' || !/^rediss?:\/\//.test(url))) {
    // The URL may carry a password: never echo it.
    throw new TypeError('redisStore: url must start with redis:// or rediss://');
  }
  let target = '';
  if (url !== undefined) {
    try {
      const parsed = new URL(url);
      target = `${parsed.hostname}:${parsed.port || '6379'}`;
    } catch {
      throw new TypeError('redisStore: url is not a valid URL');
    }
  }
  const prefix = options.prefix ?? 'switchyard:cache:';
  if (typeof prefix !== 'string') throw new TypeError('redisStore: prefix must be a string');
  const commandTimeoutMs = options.commandTimeoutMs ?? 500;
  if (!Number.isSafeInteger(commandTimeoutMs) || commandTimeoutMs < 1) {
    throw new TypeError(
      `redisStore: commandTimeoutMs must be an integer >= 1; got ${String(options.commandTimeoutMs)}`,
    );
  }
  const logger = options.logger ?? console;
  if (typeof logger !== 'object' || logger === null || typeof logger.warn !== 'function') {
    throw new TypeError('redisStore: logger must have a warn(message) method');
  }
  return { client, url, target, prefix, commandTimeoutMs, logger };
}
