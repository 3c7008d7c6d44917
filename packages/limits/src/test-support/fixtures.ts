import { createClient } from 'redis';
import {
  type RedisServer,
  redisServerForTests,
  startRedisServer,
} from '../../../cache-simple/src/test-support/redis-server.js';
import type { LimitStore } from '../limit-store.js';
import { memoryLimitStore } from '../memory-limit-store.js';
import { redisLimitStore } from '../redis-limit-store.js';

export { type RedisServer, redisServerForTests, startRedisServer };

export const chatURL = 'https://api.example.test/v1/chat/completions';

/** A chat completion request as a user's code makes it. */
export function chat(body: Record<string, unknown> = {}, headers: Record<string, string> = {}): Request {
  return new Request(chatURL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-user': 'alice', ...headers },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }], ...body }),
  });
}

/** The `x-user` header: the subject the tests limit by. */
export const byUser = (request: Request) => request.headers.get('x-user') ?? undefined;

/** A clock the test moves by hand. */
export interface Clock {
  t: number;
  now: () => number;
}

export function clock(t = Date.UTC(2025, 0, 15, 12, 0, 0)): Clock {
  const state = { t, now: () => state.t };
  return state;
}

/** A store whose writes after an answer (settlements, spend) can be awaited: no sleeps, no polling. */
export interface TrackedStore {
  store: LimitStore;
  /** Resolves once every adjust/spend started so far has finished. */
  settled(): Promise<void>;
}

export function tracked(store: LimitStore): TrackedStore {
  const pending = new Set<Promise<unknown>>();
  const track = <T>(value: T | Promise<T>): T | Promise<T> => {
    if (!(value instanceof Promise)) return value;
    pending.add(value);
    value.then(
      () => pending.delete(value),
      () => pending.delete(value),
    );
    return value;
  };
  return {
    store: {
      take: (counters, now) => store.take(counters, now),
      adjust: (counter, now) => track(store.adjust(counter, now)),
      spent: (key, now) => store.spent(key, now),
      spend: (key, usd, expiresAt, now) => track(store.spend(key, usd, expiresAt, now)),
    },
    async settled() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}

/** A Redis server and a connected node-redis client for one test file. */
export interface RedisFixture {
  server: RedisServer;
  client: ReturnType<typeof createClient>;
  /** A store with a prefix of its own, so tests never see each other's keys. */
  store(): LimitStore;
  close(): Promise<void>;
}

let prefixes = 0;

export async function startRedisFixture(): Promise<RedisFixture> {
  const server = await startRedisServer();
  const client = createClient({ url: server.url, disableOfflineQueue: true });
  client.on('error', () => undefined);
  await client.connect();
  return {
    server,
    client,
    store: () => redisLimitStore(client, { prefix: `test-${process.pid}-${++prefixes}:` }),
    async close() {
      await client.close();
      await server.stop();
    },
  };
}

/** The stores every scenario runs against: memory always, Redis where redis-server runs. */
export function storeKinds(redisAvailable: boolean, redis: () => RedisFixture | undefined) {
  return [
    { kind: 'memory', skip: false, make: (): LimitStore => memoryLimitStore() },
    { kind: 'redis', skip: !redisAvailable, make: (): LimitStore => redis()!.store() },
  ];
}
