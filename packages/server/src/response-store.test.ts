import { createRegistry } from '@switchyard/config';
import { defaultResponseStore, redisResponseStore, setDefaultResponseStore } from '@switchyard/responses-api';
import { type MockProvider, startMockProvider } from '@switchyard/testing';
import OpenAI from 'openai';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type RedisServer,
  redisServerForTests,
  startRedisServer,
} from '../../cache-simple/src/test-support/redis-server.js';
import { type RunningGateway, serve } from './serve.js';

const redisAvailable = redisServerForTests('the gateway responseStore test');

describe.skipIf(!redisAvailable)('serve({ responseStore }) with a redisResponseStore', () => {
  const before = defaultResponseStore();
  let server: RedisServer;
  let redis: ReturnType<typeof createClient>;
  let anthropicMock: MockProvider;
  const gateways: RunningGateway[] = [];

  beforeAll(async () => {
    server = await startRedisServer();
    redis = createClient({ url: server.url });
    redis.on('error', () => undefined);
    await redis.connect();
    anthropicMock = await startMockProvider({
      dialect: 'anthropic',
      reply: (body) => (body.messages.length === 1 ? 'Hello Ada.' : 'Your name is Ada.'),
    });
    const registry = createRegistry({
      'to-claude': { provider: 'anthropic', api_key: 'sk-upstream-ant', custom_host: anthropicMock.url },
    });
    // Two replicas: each its own gateway, both given the same Redis-backed store.
    const responseStore = redisResponseStore(redis, { prefix: 'test:gateway:' });
    for (let i = 0; i < 2; i++) {
      gateways.push(await serve({ port: 0, hostname: '127.0.0.1', log: () => {}, registry, responseStore }));
    }
  });

  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.close(0)));
    await anthropicMock?.close();
    await redis?.close();
    await server?.stop();
    setDefaultResponseStore(before);
  });

  function client(gateway: RunningGateway): OpenAI {
    return new OpenAI({
      apiKey: 'unused',
      baseURL: `${gateway.url}/v1`,
      maxRetries: 0,
      defaultHeaders: { 'x-portkey-config': 'to-claude' },
    });
  }

  it('continues on gateway B a conversation started on gateway A', async () => {
    const [a, b] = gateways as [RunningGateway, RunningGateway];
    const first = await client(a).responses.create({ model: 'claude-test', input: 'My name is Ada.' });
    expect(first.output_text).toBe('Hello Ada.');
    // The turn lives in Redis, not in either gateway's memory.
    expect(await redis.exists(`test:gateway:${first.id}`)).toBe(1);

    const second = await client(b).responses.create({
      model: 'claude-test',
      input: 'What is my name?',
      previous_response_id: first.id,
    });
    expect(second.output_text).toBe('Your name is Ada.');
    expect(second.previous_response_id).toBe(first.id);
    const sent = anthropicMock.requests.at(-1)!.body as { messages: Array<{ role: string }> };
    expect(sent.messages.map((message) => message.role)).toEqual(['user', 'assistant', 'user']);
    expect((await client(a).responses.retrieve(second.id)).output_text).toBe('Your name is Ada.');
  });
});
