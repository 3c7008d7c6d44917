import { checkCapacity, liveListeners } from './live-listeners.js';
import type { LiveRow } from './live-row.js';

export { type LiveRow, type LiveRowOptions, liveRowOf } from './live-row.js';
export { type RedisLiveClient, type RedisLiveFeedOptions, redisLiveFeed } from './redis-live-feed.js';

/**
 * The dashboard's stream of finished requests: the gateway publishes a row per request, the
 * dashboard reads the latest rows when a page opens and is told of each new one while it is open.
 */
export interface LiveFeed {
  /** Adds a row and tells every subscriber; never throws (the gateway calls it from a trace sink). */
  publish(row: LiveRow): void;
  /** The newest `limit` rows (at most the feed's capacity), oldest first. */
  recent(limit: number): Promise<LiveRow[]>;
  /**
   * Calls `listener` with every row published from now on (with Redis: by any replica). A listener
   * that throws is removed. Answers the function that unsubscribes.
   */
  subscribe(listener: (row: LiveRow) => void): () => void;
  /** Stops telling subscribers and frees what the feed holds (the Redis subscription). */
  close(): Promise<void>;
}

/** Options of `memoryLiveFeed`. */
export interface MemoryLiveFeedOptions {
  /** Rows kept for `recent`. Default: 200. */
  capacity?: number;
}

/**
 * A live feed in this process: a ring buffer of the last `capacity` rows. Each replica sees only
 * its own requests; use `redisLiveFeed` for a fleet.
 *
 * @throws TypeError when `capacity` is not an integer >= 1.
 */
export function memoryLiveFeed(options: MemoryLiveFeedOptions = {}): LiveFeed {
  const capacity = checkCapacity('memoryLiveFeed', options.capacity);
  const ring: LiveRow[] = [];
  let next = 0; // where the next row goes once the ring is full
  const listeners = liveListeners();
  return {
    publish(row) {
      if (ring.length < capacity) ring.push(row);
      else {
        ring[next] = row;
        next = (next + 1) % capacity;
      }
      listeners.tell(row);
    },
    async recent(limit) {
      const ordered = ring.length < capacity ? ring : [...ring.slice(next), ...ring.slice(0, next)];
      return ordered.slice(Math.max(0, ordered.length - Math.max(0, Math.floor(limit))));
    },
    subscribe: listeners.add,
    async close() {
      listeners.clear();
    },
  };
}
