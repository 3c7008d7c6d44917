import { compose, fetchTransport, toFetch } from '@switchyard/core';
import { type MockProvider, startMockProvider } from '@switchyard/testing';
import OpenAI from 'openai';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type RedisServer,
  redisServerForTests,
  startRedisServer,
} from '../../cache-simple/src/test-support/redis-server.js';
import { redisResponseStore } from './redis-response-store.js';
import { pendingResponse } from './response-object.js';
import type { StoredResponse } from './response-store.js';
import { responsesOverChat } from './responses-over-chat.js';

const redisAvailable = redisServerForTests('redisResponseStore tests');

const entry = (id: string, text: string, tenant?: string): StoredResponse => ({
  response: pendingResponse({ id, createdAt: 1, request: { model: 'm', input: text }, store: true }),
  input: [{ role: 'user', content: text }],
  ...(tenant === undefined ? {} : { tenant }),
});

describe('redisResponseStore options', () => {
  const client = { getEx: async () => null, set: async () => 'OK', del: async () => 0 };

  it('refuses a client without the commands it uses, and bad options, naming them', () => {
    expect(() => redisResponseStore({ set() {}, del() {} } as never)).toThrow(
      'redisResponseStore: client must be a node-redis client; it has no getEx() method',
    );
    expect(() => redisResponseStore(client, { ttlMs: 0 })).toThrow(
      'redisResponseStore: ttlMs must be an integer >= 1; got 0',
    );
    expect(() => redisResponseStore(client, { prefix: 5 as never })).toThrow(
      'redisResponseStore: prefix must be a string',
    );
  });
});

describe.skipIf(!redisAvailable)('redisResponseStore against a real redis-server', () => {
  let server: RedisServer;
  let redis: ReturnType<typeof createClient>;

  beforeAll(async () => {
    server = await startRedisServer();
    redis = createClient({ url: server.url });
    redis.on('error', () => undefined);
    await redis.connect();
  });

  afterAll(async () => {
    await redis?.close();
    await server?.stop();
  });

  it('sets, gets and deletes entries as JSON under the default prefix, with the tenant kept', async () => {
    const store = redisResponseStore(redis);
    const stored = entry('resp_1', 'Hi', 'team-a');
    await store.set('resp_1', stored);
    expect(JSON.parse((await redis.get('switchyard:response:resp_1'))!)).toEqual(stored);
    expect(await store.get('resp_1')).toEqual(stored);
    expect((await store.get('resp_1'))?.tenant).toBe('team-a');
    expect(await store.get('resp_unknown')).toBeUndefined();
    expect(await store.delete('resp_1')).toBe(true);
    expect(await store.delete('resp_1')).toBe(false);
    expect(await store.get('resp_1')).toBeUndefined();
  });

  it('gives every key a TTL in Redis (24 h by default), renewed on read', async () => {
    const byDefault = redisResponseStore(redis, { prefix: 'test:default-ttl:' });
    await byDefault.set('resp_d', entry('resp_d', 'Hi'));
    const dayTtl = await redis.pTTL('test:default-ttl:resp_d');
    expect(dayTtl).toBeGreaterThan(23 * 60 * 60 * 1000);
    expect(dayTtl).toBeLessThanOrEqual(24 * 60 * 60 * 1000);

    const short = redisResponseStore(redis, { prefix: 'test:short-ttl:', ttlMs: 5_000 });
    await short.set('resp_s', entry('resp_s', 'Hi'));
    const ttl = await redis.pTTL('test:short-ttl:resp_s');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(5_000);
    // A read renews the TTL (GETEX … PX), as the memory store's read does: shorten it by hand first.
    await redis.pExpire('test:short-ttl:resp_s', 100);
    expect(await short.get('resp_s')).toBeDefined();
    expect(await redis.pTTL('test:short-ttl:resp_s')).toBeGreaterThan(100);
    expect(await redis.pTTL('test:short-ttl:resp_s')).toBeLessThanOrEqual(5_000);
  });

  describe('two replicas sharing one store', () => {
    let mock: MockProvider;

    beforeAll(async () => {
      mock = await startMockProvider({
        reply: (body) => (body.messages.length === 1 ? 'Hello Ada.' : 'Your name is Ada.'),
      });
    });
    afterAll(() => mock?.close());

    /** The official SDK through one replica's own pipeline: `responsesOverChat` over a chat-only server. */
    function replica(): OpenAI {
      const store = redisResponseStore(redis, { prefix: 'test:replicas:' });
      return new OpenAI({
        apiKey: 'test-key',
        baseURL: mock.baseURL,
        maxRetries: 0,
        fetch: toFetch(compose(responsesOverChat({ store }))(fetchTransport())),
      });
    }

    it('continues on replica B a conversation started on replica A (previous_response_id)', async () => {
      const a = replica();
      const b = replica();
      const first = await a.responses.create({ model: 'gpt-4o-mini', input: 'My name is Ada.' });
      expect(first.output_text).toBe('Hello Ada.');
      expect(await redis.exists(`test:replicas:${first.id}`)).toBe(1);

      const second = await b.responses.create({
        model: 'gpt-4o-mini',
        input: 'What is my name?',
        previous_response_id: first.id,
      });
      expect(second.output_text).toBe('Your name is Ada.');
      expect(second.previous_response_id).toBe(first.id);
      const chats = mock.requests.filter((request) => request.path === '/v1/chat/completions');
      const sent = chats.at(-1)!.body as { messages: Array<{ role: string; content: unknown }> };
      expect(sent.messages.map((message) => [message.role, message.content])).toEqual([
        ['user', 'My name is Ada.'],
        ['assistant', 'Hello Ada.'],
        ['user', 'What is my name?'],
      ]);
      // And A reads what B stored.
      expect((await a.responses.retrieve(second.id)).output_text).toBe('Your name is Ada.');
    });
  });
});
