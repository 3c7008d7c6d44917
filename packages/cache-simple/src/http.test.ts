import { compose, fetchTransport, toFetch } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import { fault, type MockProvider, startMockProvider } from '@switchyard/testing';
import OpenAI from 'openai';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cacheSimple } from './cache-simple.js';
import type { CacheStore } from './cache-store.js';
import { memoryStore } from './memory-store.js';
import { type RedisStore, redisStore } from './redis-store.js';
import { type RedisServer, redisServerForTests, startRedisServer } from './test-support/redis-server.js';

// End to end over HTTP: the official `openai` SDK as the client (through `toFetch`), a real local
// mock provider as the upstream, and each store (Redis only where redis-server is installed).
const redisAvailable = redisServerForTests('the Redis end-to-end tests');
const messages = [{ role: 'user' as const, content: 'What is the capital of France?' }];

let provider: MockProvider;
let redis: RedisServer | undefined;

beforeAll(async () => {
  // Every upstream call gets a different answer, so a cached answer is recognisable.
  provider = await startMockProvider({ reply: (_request, index) => `Paris (upstream call ${index})` });
  if (redisAvailable) redis = await startRedisServer();
});

afterAll(async () => {
  await provider?.close();
  await redis?.stop();
});

const stores: Array<{ name: string; make: () => CacheStore; skip: boolean }> = [
  { name: 'memory', make: () => memoryStore(), skip: false },
  {
    name: 'redis',
    make: () => redisStore({ url: redis!.url, prefix: `http-${Date.now()}:` }),
    skip: !redisAvailable,
  },
];

describe.each(stores)('cacheSimple over HTTP with the $name store', ({ make, skip }) => {
  let store: CacheStore;

  function client(apiKey: string): OpenAI {
    const pipeline = compose(cacheSimple({ store }))(fetchTransport({ baseURL: provider.url }));
    return new OpenAI({
      apiKey,
      baseURL: 'http://switchyard.local/v1',
      maxRetries: 0,
      fetch: toFetch(pipeline),
    });
  }

  afterEach(async () => {
    await (store as Partial<RedisStore>).close?.();
  });

  it.skipIf(skip)('answers MISS then HIT, and the SDK parses both', async () => {
    store = make();
    const openai = client('sk-tenant-a');
    const before = provider.calls;
    const first = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages }).withResponse();
    expect(first.response.headers.get(responseHeaders.cacheStatus)).toBe('MISS');
    const second = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages }).withResponse();
    expect(second.response.headers.get(responseHeaders.cacheStatus)).toBe('HIT');
    expect(second.data.choices[0]?.message.content).toBe(first.data.choices[0]?.message.content);
    expect(provider.calls - before).toBe(1);
  });

  it.skipIf(skip)('never answers one API key with the answer cached for another', async () => {
    store = make();
    const ask = (key: string) =>
      client(key).chat.completions.create({ model: 'gpt-4o', messages, temperature: 0 });
    const forA = (await ask('sk-tenant-a')).choices[0]?.message.content;
    const forB = (await ask('sk-tenant-b')).choices[0]?.message.content;
    expect(forB).not.toBe(forA);
    expect((await ask('sk-tenant-a')).choices[0]?.message.content).toBe(forA);
    expect((await ask('sk-tenant-b')).choices[0]?.message.content).toBe(forB);
  });

  it.skipIf(skip)('replays a streamed answer to a streaming caller and to a non-streaming one', async () => {
    store = make();
    const openai = client('sk-tenant-a');
    const before = provider.calls;
    const request = { model: 'gpt-4o-mini', messages, max_tokens: 50 };
    let streamed = '';
    for await (const chunk of await openai.chat.completions.create({ ...request, stream: true })) {
      streamed += chunk.choices[0]?.delta.content ?? '';
    }
    expect(streamed).toMatch(/^Paris \(upstream call \d+\)$/);
    let replayed = '';
    const hit = await openai.chat.completions.create({ ...request, stream: true }).withResponse();
    expect(hit.response.headers.get(responseHeaders.cacheStatus)).toBe('HIT');
    for await (const chunk of hit.data) replayed += chunk.choices[0]?.delta.content ?? '';
    expect(replayed).toBe(streamed);
    const json = await openai.chat.completions.create(request);
    expect(json.choices[0]?.message.content).toBe(streamed);
    expect(json.choices[0]?.finish_reason).toBe('stop');
    expect(provider.calls - before).toBe(1);
  });

  it.skipIf(skip)('coalesces concurrent identical misses into one upstream call', async () => {
    store = make();
    provider.setFaults([fault.latency(50)]);
    const openai = client('sk-tenant-a');
    const before = provider.calls;
    const request = { model: 'gpt-4o-mini', messages, seed: 7 };
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => openai.chat.completions.create(request)),
    );
    expect(new Set(answers.map((answer) => answer.choices[0]?.message.content)).size).toBe(1);
    expect(provider.calls - before).toBe(1);
    provider.setFaults(undefined);
  });

  it.skipIf(skip)('does not cache a stream the provider cut, nor an error status', async () => {
    store = make();
    const openai = client('sk-tenant-a');
    const request = { model: 'gpt-4o-mini', messages, max_tokens: 7 };
    provider.setFaults([fault.cutStream(1), fault.status(500)]);
    await expect(
      (async () => {
        for await (const _chunk of await openai.chat.completions.create({ ...request, stream: true })) {
          // read until the cut
        }
      })(),
    ).rejects.toThrow();
    await expect(openai.chat.completions.create(request)).rejects.toMatchObject({ status: 500 });
    const after = await openai.chat.completions.create(request).withResponse();
    expect(after.response.headers.get(responseHeaders.cacheStatus)).toBe('MISS');
    provider.setFaults(undefined);
  });
});
