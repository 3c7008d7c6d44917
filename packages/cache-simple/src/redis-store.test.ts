import { once } from 'node:events';
import { createServer, type Socket } from 'node:net';
import { compose } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import { chatCompletion, jsonResponse, scripted } from '@switchyard/testing';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cacheSimple } from './cache-simple.js';
import type { CacheEntry } from './cache-store.js';
import { redisStore } from './redis-store.js';
import { type RedisServer, redisServerForTests, startRedisServer } from './test-support/redis-server.js';

const redisAvailable = redisServerForTests('redisStore tests');

const question = {
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'What is the capital of France?' }],
};

function chat(): Request {
  return new Request('https://api.openai.com/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-redis-test' },
    body: JSON.stringify(question),
  });
}

const status = (response: Response) => response.headers.get(responseHeaders.cacheStatus);

const entry: CacheEntry = {
  format: 'json',
  status: 200,
  headers: [['content-type', 'application/json']],
  body: '{"ok":true}',
  storedAt: 1,
};

describe.skipIf(!redisAvailable)('redisStore against a real redis-server', () => {
  let server: RedisServer;
  let raw: ReturnType<typeof createClient>;

  beforeAll(async () => {
    server = await startRedisServer();
    raw = createClient({ url: server.url });
    raw.on('error', () => undefined);
    await raw.connect();
  });

  afterAll(async () => {
    await raw?.close();
    await server?.stop();
  });

  it('stores entries as JSON under the prefix, with the TTL set in Redis', async () => {
    const store = redisStore({ url: server.url, prefix: 'test:ttl:' });
    try {
      await store.set('k1', entry, 30);
      expect(JSON.parse((await raw.get('test:ttl:k1'))!)).toEqual(entry);
      // Redis itself expires the entry: the key carries a TTL of at most the one given. Nothing here
      // waits for it to pass (the exact milliseconds sent are pinned in the test further down).
      const ttl = await raw.pTTL('test:ttl:k1');
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(30_000);
      expect(await store.get('k1')).toEqual(entry);
      await store.delete('k1');
      expect(await store.get('k1')).toBeUndefined();
    } finally {
      await store.close();
    }
  });

  it('answers MISS then HIT through cacheSimple with a client the caller owns', async () => {
    const client = createClient({ url: server.url, disableOfflineQueue: true });
    client.on('error', () => undefined);
    await client.connect();
    try {
      const upstream = scripted([jsonResponse(chatCompletion({ content: 'Paris.' }))]);
      const pipeline = compose(cacheSimple({ store: redisStore({ client, prefix: 'test:owned:' }) }))(
        upstream,
      );
      expect(status(await pipeline(chat()))).toBe('MISS');
      const hit = await pipeline(chat());
      expect(status(hit)).toBe('HIT');
      expect(((await hit.json()) as ReturnType<typeof chatCompletion>).choices[0]?.message.content).toBe(
        'Paris.',
      );
      expect(upstream.calls).toBe(1);
      const keys = await raw.keys('test:owned:*');
      expect(keys).toHaveLength(1);
      expect(keys[0]).not.toContain('sk-redis-test');
      expect(await raw.get(keys[0]!)).not.toContain('sk-redis-test');
    } finally {
      await client.close();
    }
  });

  it('degrades to MISS with one warning when Redis dies mid-run, and caches again once it is back', async () => {
    const own = await startRedisServer();
    const warnings: string[] = [];
    const logger = { warn: (message: string) => warnings.push(message) };
    const store = redisStore({ url: own.url, logger });
    const upstream = scripted([], { otherwise: () => jsonResponse(chatCompletion({ content: 'Paris.' })) });
    const pipeline = compose(cacheSimple({ store, logger }))(upstream);
    try {
      expect(status(await pipeline(chat()))).toBe('MISS');
      expect(status(await pipeline(chat()))).toBe('HIT');

      await own.kill();
      for (let index = 0; index < 3; index++) {
        const response = await pipeline(chat());
        expect(response.status).toBe(200);
        expect(status(response)).toBe('MISS');
        expect(
          ((await response.json()) as ReturnType<typeof chatCompletion>).choices[0]?.message.content,
        ).toBe('Paris.');
      }
      expect(upstream.calls).toBe(4);
      const cacheWarnings = warnings.filter((message) => message.startsWith('cacheSimple:'));
      expect(cacheWarnings).toHaveLength(1);
      expect(cacheWarnings[0]).toContain('answering as cache misses');

      const restarted = await startRedisServer({ port: own.port });
      try {
        // The store reconnects in the background (backoff up to 2 s): ask until it caches again.
        await vi.waitFor(async () => expect(status(await pipeline(chat()))).toBe('HIT'), {
          timeout: 15_000,
          interval: 50,
        });
        expect(warnings.at(-1)).toBe('cacheSimple: cache store recovered');
      } finally {
        await store.close();
        await restarted.stop();
      }
    } finally {
      await store.close();
      await own.stop();
    }
  });
});

describe('redisStore without a usable Redis', () => {
  it('answers MISS when Redis accepts connections but never completes the handshake', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    silent.listen(0, '127.0.0.1');
    await once(silent, 'listening');
    const port = (silent.address() as { port: number }).port;
    const warn = vi.fn();
    const store = redisStore({ url: `redis://127.0.0.1:${port}`, commandTimeoutMs: 50, logger: { warn } });
    const upstream = scripted([], { otherwise: () => jsonResponse(chatCompletion()) });
    const pipeline = compose(cacheSimple({ store, logger: { warn } }))(upstream);
    try {
      const response = await pipeline(chat());
      expect(response.status).toBe(200);
      expect(status(response)).toBe('MISS');
      expect(warn).toHaveBeenCalledWith(
        `cacheSimple: cache store get failed, answering as cache misses until it recovers: Error: redisStore: not connected to Redis at 127.0.0.1:${port}`,
      );
    } finally {
      await store.close();
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });

  it('sets the TTL in milliseconds (SET ... PX), never below 1 ms', async () => {
    const sets: unknown[][] = [];
    const client = {
      get: async () => null,
      del: async () => 0,
      set: async (...args: unknown[]) => void sets.push(args),
    };
    const store = redisStore({ client, prefix: 'p:' });
    await store.set('a', entry, 12.345);
    await store.set('b', entry, 0.0001);
    expect(sets).toEqual([
      ['p:a', JSON.stringify(entry), { expiration: { type: 'PX', value: 12_345 } }],
      ['p:b', JSON.stringify(entry), { expiration: { type: 'PX', value: 1 } }],
    ]);
  });

  it('bounds every command by commandTimeoutMs', async () => {
    const never = () => new Promise<never>(() => undefined);
    const store = redisStore({ client: { get: never, set: never, del: never }, commandTimeoutMs: 20 });
    await expect(store.get('k')).rejects.toThrow('redisStore: GET not answered within 20 ms');
    await expect(store.set('k', entry, 1)).rejects.toThrow('redisStore: SET not answered within 20 ms');
  });

  it('rejects bad options without echoing the URL', () => {
    expect(() => redisStore({} as never)).toThrow('redisStore: give exactly one of client or url');
    // The whole message, word for word: the URL's password is not in it.
    expect(() => redisStore({ url: 'http://user:hunter2@host' })).toThrow(
      new TypeError('redisStore: url must start with redis:// or rediss://'),
    );
    expect(() => redisStore({ client: {} as never })).toThrow(
      'redisStore: client must be a node-redis client',
    );
    expect(() => redisStore({ url: 'redis://x', commandTimeoutMs: 0 })).toThrow(
      'redisStore: commandTimeoutMs must be an integer >= 1; got 0',
    );
  });
});
