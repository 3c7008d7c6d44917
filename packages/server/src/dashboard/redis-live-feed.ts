import type { LiveFeed } from './live-feed.js';
import { checkCapacity, liveListeners } from './live-listeners.js';
import type { LiveRow } from './live-row.js';

/**
 * The connection `redisLiveFeed` subscribes on: a node-redis 5 client in subscriber mode, made by
 * `duplicate()` (a client that subscribes can send no other command).
 */
export interface RedisLiveSubscriber {
  connect(): Promise<unknown>;
  subscribe(channel: string, listener: (message: string) => void): Promise<unknown>;
  close(): Promise<unknown>;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * The commands `redisLiveFeed` sends, as node-redis 5 (`redis` on npm) spells them: a connected
 * client from `createClient()` fits.
 */
export interface RedisLiveClient {
  lPush(key: string, element: string): Promise<unknown>;
  lTrim(key: string, start: number, stop: number): Promise<unknown>;
  lRange(key: string, start: number, stop: number): Promise<unknown>;
  publish(channel: string, message: string): Promise<unknown>;
  duplicate(): RedisLiveSubscriber;
}

/** Options of `redisLiveFeed`. */
export interface RedisLiveFeedOptions {
  /** Prepended to the list's key and the channel's name. Default: `'switchyard:live:'`. */
  prefix?: string;
  /** Rows kept for `recent`, across the fleet. Default: 200. */
  capacity?: number;
  /**
   * Told when Redis fails a publish or the subscription (the feed goes on; the dashboard misses
   * rows meanwhile). Default: a `console.warn` naming the failure.
   */
  onError?: (error: Error) => void;
}

/**
 * A live feed shared through Redis, so every replica's dashboard sees the whole fleet's requests:
 * `publish` pushes the row onto a list capped at `capacity` (LPUSH + LTRIM) and PUBLISHes it;
 * subscribers listen on one connection made with `client.duplicate()` when the first one subscribes,
 * and closed by `close()`. Rows are JSON; a replica hears its own rows back through Redis.
 *
 * Create `client` yourself, connect it, listen to its `error` event and close it after the feed.
 *
 * @throws TypeError when `client` lacks a command the feed sends, or an option is invalid.
 */
export function redisLiveFeed(client: RedisLiveClient, options: RedisLiveFeedOptions = {}): LiveFeed {
  for (const command of ['lPush', 'lTrim', 'lRange', 'publish', 'duplicate'] as const) {
    if (typeof client?.[command] !== 'function') {
      throw new TypeError(`redisLiveFeed: client must be a node-redis 5 client; it has no ${command}()`);
    }
  }
  const prefix = options.prefix ?? 'switchyard:live:';
  if (typeof prefix !== 'string') throw new TypeError('redisLiveFeed: prefix must be a string');
  const capacity = checkCapacity('redisLiveFeed', options.capacity);
  const onError =
    options.onError ??
    ((error: Error) => console.warn(`redisLiveFeed: ${error.message} (live rows are missed)`));
  const key = `${prefix}rows`;
  const channel = `${prefix}rows`;
  const listeners = liveListeners();
  let subscriber: { connection: RedisLiveSubscriber; subscribed: Promise<unknown> } | undefined;
  let closed = false;

  const fail = (error: unknown) => onError(error instanceof Error ? error : new Error(String(error)));

  function subscribeOnce(): void {
    if (subscriber !== undefined || closed) return;
    let connection: RedisLiveSubscriber;
    try {
      connection = client.duplicate();
      connection.on('error', fail);
    } catch (error) {
      fail(error); // the next subscriber tries again
      return;
    }
    const subscribed = (async () => connection.connect())()
      .then(() =>
        connection.subscribe(channel, (message) => {
          const row = parseRow(message);
          if (row !== undefined) listeners.tell(row);
        }),
      )
      .catch(fail);
    subscriber = { connection, subscribed };
  }

  return {
    publish(row) {
      const message = JSON.stringify(row);
      // Sent together (node-redis pipelines the commands of one tick); nothing waits on them. Each
      // is called from an async function, so a client that throws at once is reported, not thrown.
      const sent = [
        async () => client.lPush(key, message),
        async () => client.lTrim(key, 0, capacity - 1),
        async () => client.publish(channel, message),
      ].map((command) => command());
      Promise.all(sent).catch(fail);
    },
    async recent(limit) {
      const count = Math.min(capacity, Math.max(0, Math.floor(limit)));
      if (count === 0) return [];
      const reply = await client.lRange(key, 0, count - 1);
      if (!Array.isArray(reply)) {
        throw new Error(`redisLiveFeed: unexpected reply to LRANGE ${key}: ${typeof reply}`);
      }
      const rows: LiveRow[] = [];
      for (const message of reply) {
        const row = parseRow(message);
        if (row !== undefined) rows.push(row);
      }
      return rows.reverse();
    },
    subscribe(listener) {
      const unsubscribe = listeners.add(listener);
      subscribeOnce();
      return unsubscribe;
    },
    async close() {
      closed = true;
      listeners.clear();
      const open = subscriber;
      subscriber = undefined;
      if (open === undefined) return;
      await open.subscribed;
      await open.connection.close().catch(fail);
    },
  };
}

/** A row as another replica wrote it; `undefined` for anything else on the list or the channel. */
function parseRow(message: unknown): LiveRow | undefined {
  if (typeof message !== 'string') return undefined;
  try {
    const value: unknown = JSON.parse(message);
    if (typeof value === 'object' && value !== null && typeof (value as LiveRow).time === 'number') {
      return value as LiveRow;
    }
  } catch {
    // Not JSON: not a row.
  }
  return undefined;
}
