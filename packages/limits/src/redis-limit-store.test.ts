import { compose } from '@switchyard/core';
import { chatCompletion, jsonResponse, scripted, seededRandom } from '@switchyard/testing';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { budget } from './budget.js';
import { budgetWindow } from './budget-period.js';
import type { RateCounter } from './limit-store.js';
import { memoryLimitStore } from './memory-limit-store.js';
import { rateLimit } from './rate-limit.js';
import { type RedisLimitClient, redisLimitStore } from './redis-limit-store.js';
import { takeScript } from './redis-scripts.js';
import {
  byUser,
  chat,
  clock,
  type RedisFixture,
  type RedisServer,
  redisServerForTests,
  startRedisFixture,
  startRedisServer,
  tracked,
} from './test-support/fixtures.js';

const redisAvailable = redisServerForTests('redisLimitStore tests');
const ok = () => jsonResponse(chatCompletion());

describe.skipIf(!redisAvailable)('redisLimitStore against a real redis-server', () => {
  let redis: RedisFixture;

  beforeAll(async () => {
    redis = await startRedisFixture();
  });

  afterAll(async () => {
    await redis?.close();
  });

  it('keeps one expiring key per counter and budget window, named by a hash of the subject', async () => {
    const { store, settled } = tracked(redisLimitStore(redis.client, { prefix: 'keys:' }));
    const time = clock();
    const subject = () => 'sk-secret-of-a-user';
    const usage = { prompt_tokens: 400, completion_tokens: 100, total_tokens: 500 };
    const pipeline = compose(
      budget({ key: subject, usd: 1, period: 'day', store, now: time.now }),
      rateLimit({ key: subject, requestsPerMinute: 10, tokensPerMinute: 1000, store, now: time.now }),
    )(scripted([], { otherwise: () => jsonResponse(chatCompletion({ usage })) }));
    await (await pipeline(chat())).text();
    await settled();
    const keys = (await redis.client.keys('keys:*')).sort();
    const window = budgetWindow('day', time.t);
    expect(keys).toEqual([
      expect.stringMatching(new RegExp(`^keys:budget:\\{[\\w-]{22}\\}:${window.start}$`)),
      expect.stringMatching(/^keys:rate:\{[\w-]{22}\}:requests$/),
      expect.stringMatching(/^keys:rate:\{[\w-]{22}\}:tokens$/),
    ]);
    for (const key of keys) {
      expect(key).not.toContain('secret');
      const ttl = await redis.client.pTTL(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(key.includes(':budget:') ? window.end - time.t : 60_000);
    }
    // The requests counter expires when full again: one request of 10 a minute is back in 6 s.
    expect(await redis.client.pTTL(keys[1]!)).toBeLessThanOrEqual(6000);
  });

  it('answers the same as the memory store, to the bit, over a long random run', async () => {
    const store = redis.store();
    const memory = memoryLimitStore();
    const random = seededRandom(7);
    let now = Date.UTC(2025, 5, 1);
    const counter = (name: string, limit: number, cost: number): RateCounter => ({
      key: name,
      limit,
      periodMs: 60_000,
      cost,
    });
    for (let step = 0; step < 400; step++) {
      now += Math.floor(random() * 3000);
      const counters = [counter('a', 7, 1), counter('b', 5000, Math.floor(random() * 900))];
      if (random() < 0.3) {
        const adjusted = counter('b', 5000, Math.floor(random() * 1200) - 600);
        await store.adjust(adjusted, now);
        memory.adjust(adjusted, now);
        continue;
      }
      const fromRedis = await store.take(counters, now);
      expect(fromRedis).toEqual(memory.take(counters, now));
    }
  });

  it('falls back to EVAL when Redis has lost its scripts, then uses EVALSHA again', async () => {
    const client = redis.client;
    const evalSpy = vi.spyOn(client, 'eval');
    try {
      const store = redisLimitStore(client, { prefix: 'noscript:' });
      const counters = [{ key: 'k', limit: 2, periodMs: 60_000, cost: 1 }];
      await store.take(counters, 1000);
      await client.scriptFlush();
      expect(await client.scriptExists(takeScript.sha1)).toEqual([0]);
      expect(await store.take(counters, 1000)).toEqual({ allowed: true, tats: [61_000] });
      expect(await client.scriptExists(takeScript.sha1)).toEqual([1]);
      expect(await store.take(counters, 1000)).toEqual({ allowed: false, tats: [61_000] });
      expect(evalSpy).toHaveBeenCalledTimes(1);
    } finally {
      evalSpy.mockRestore();
    }
  });

  it('holds one limit across replicas: 30 concurrent requests over 3 clients, exactly 10 admitted', async () => {
    const clients = await Promise.all(
      [0, 1, 2].map(async () => {
        const client = createClient({ url: redis.server.url, disableOfflineQueue: true });
        client.on('error', () => undefined);
        await client.connect();
        return client;
      }),
    );
    try {
      const upstream = scripted([], { otherwise: ok });
      const replicas = clients.map((client) =>
        compose(
          rateLimit({
            key: byUser,
            requestsPerMinute: 10,
            store: redisLimitStore(client, { prefix: 'replicas:' }),
          }),
        )(upstream),
      );
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, index) => replicas[index % 3]!(chat())),
      );
      const refused = answers.filter((response) => response.status === 429);
      expect(answers.filter((response) => response.status === 200)).toHaveLength(10);
      expect(refused).toHaveLength(20);
      for (const response of refused) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(upstream.calls).toBe(10);
    } finally {
      await Promise.all(clients.map((client) => client.close()));
    }
  });
});

describe.skipIf(!redisAvailable)('limits when Redis dies mid-run', () => {
  let server: RedisServer;
  let client: ReturnType<typeof createClient>;

  beforeAll(async () => {
    server = await startRedisServer();
    client = createClient({
      url: server.url,
      disableOfflineQueue: true,
      socket: { reconnectStrategy: () => 50 },
    });
    client.on('error', () => undefined);
    await client.connect();
  });

  afterAll(async () => {
    if (client.isOpen) client.destroy();
    await server?.stop();
  });

  it('fails open, then closed, as configured, and limits again once Redis is back', async () => {
    const store = redisLimitStore(client, { prefix: 'outage:', commandTimeoutMs: 200 });
    const warnings: string[] = [];
    const logger = { warn: (message: string) => warnings.push(message) };
    const upstream = scripted([], { otherwise: ok });
    const open = compose(rateLimit({ key: byUser, requestsPerMinute: 2, store, logger }))(upstream);
    const closed = compose(
      budget({ key: byUser, usd: 10, store, failOpen: false, logger: { warn: () => undefined } }),
    )(upstream);

    expect((await open(chat())).status).toBe(200);
    expect((await open(chat())).status).toBe(200);
    expect((await open(chat())).status).toBe(429);
    expect((await closed(chat())).status).toBe(200);

    await server.kill();
    for (let index = 0; index < 3; index++) {
      const response = await open(chat());
      expect(response.status).toBe(200);
      expect(response.headers.get('x-switchyard-limits')).toBe('unavailable');
      const refused = await closed(chat());
      expect(refused.status).toBe(503);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('limits_unavailable');
    }
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^rateLimit: limit store take failed; letting requests through unlimited/);
    expect(upstream.calls).toBe(2 + 1 + 3);

    const restarted = await startRedisServer({ port: server.port });
    try {
      // The restarted Redis is empty: the subject starts with a full counter. Reconnection takes a
      // moment (the client retries every 50 ms); ask until the limiter limits again.
      await vi.waitFor(
        async () => expect((await open(chat())).headers.get('x-ratelimit-limit-requests')).toBe('2'),
        { timeout: 10_000, interval: 50 },
      );
      expect(warnings.at(-1)).toBe('rateLimit: limit store recovered');
    } finally {
      await restarted.stop();
    }
  });
});

describe('redisLimitStore without a usable Redis', () => {
  it('bounds every script call by commandTimeoutMs', async () => {
    const never = () => new Promise<never>(() => undefined);
    const store = redisLimitStore({ evalSha: never, eval: never }, { commandTimeoutMs: 20 });
    await expect(store.take([{ key: 'k', limit: 1, periodMs: 1000, cost: 1 }], 0)).rejects.toThrow(
      'redisLimitStore: EVALSHA not answered within 20 ms',
    );
    await expect(store.spent('k', 0)).rejects.toThrow('redisLimitStore: EVALSHA not answered within 20 ms');
  });

  it('sends prefixed keys and the counters as arguments, one call per admission', async () => {
    const calls: unknown[][] = [];
    const client: RedisLimitClient = {
      evalSha: async (...args) => {
        calls.push(args);
        return [1, '61000', '7000'];
      },
      eval: async () => {
        throw new Error('unexpected EVAL');
      },
    };
    const store = redisLimitStore(client, { prefix: 'p:' });
    const result = await store.take(
      [
        { key: 'a:requests', limit: 60, periodMs: 60_000, cost: 1 },
        { key: 'a:tokens', limit: 1000, periodMs: 60_000, cost: 100.5 },
      ],
      1000,
    );
    expect(result).toEqual({ allowed: true, tats: [61_000, 7000] });
    expect(calls).toEqual([
      [
        takeScript.sha1,
        {
          keys: ['p:a:requests', 'p:a:tokens'],
          arguments: ['1000', '60', '60000', '1', '1000', '60000', '100.5'],
        },
      ],
    ]);
  });

  it('rejects a client that is not node-redis and bad options', () => {
    expect(() => redisLimitStore({} as never)).toThrow(
      new TypeError('redisLimitStore: client must be a node-redis 5 client; it has no evalSha() method'),
    );
    expect(() => redisLimitStore(undefined as never)).toThrow(
      new TypeError('redisLimitStore: client must be a node-redis client (from createClient())'),
    );
    const client = { evalSha: async () => null, eval: async () => null };
    expect(() => redisLimitStore(client, { commandTimeoutMs: 0 })).toThrow(
      new TypeError('redisLimitStore: commandTimeoutMs must be an integer >= 1; got 0'),
    );
    expect(() => redisLimitStore(client, { prefix: 5 as never })).toThrow(
      new TypeError('redisLimitStore: prefix must be a string; got number'),
    );
  });
});
