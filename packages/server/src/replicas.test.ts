import { type MockProvider, startMockProvider } from '@switchyard/testing';
import OpenAI from 'openai';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type RedisServer,
  redisServerForTests,
  startRedisServer,
} from '../../cache-simple/src/test-support/redis-server.js';
import type { GatewayKey } from './gateway-keys.js';
import { type RunningGateway, type ServeOptions, serve } from './serve.js';

const redisAvailable = redisServerForTests('replica tests');
const key = 'sk-gw-team-a-0123456789';
const adminKey = 'sk-admin-0123456789abcdef';
// gpt-4o-mini at the catalog's prices: 1000 prompt and 200 completion tokens per answer.
const usage = { prompt_tokens: 1000, completion_tokens: 200, total_tokens: 1200 };

describe.skipIf(!redisAvailable)('three replicas sharing one Redis', () => {
  let redis: RedisServer;
  let upstream: MockProvider;
  let replicas: RunningGateway[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
    upstream = await startMockProvider({ reply: { content: 'served', usage } });
  });
  afterEach(async () => {
    await Promise.all(replicas.map((replica) => replica.close(0)));
    replicas = [];
  });
  afterAll(async () => {
    await upstream?.close();
    await redis?.stop();
  });

  /** Three gateways, as three processes behind a load balancer would be: each its own Redis client. */
  async function startReplicas(policy: Omit<GatewayKey, 'name' | 'key'>, extra: Partial<ServeOptions> = {}) {
    const warnings: string[] = [];
    const options: ServeOptions = {
      port: 0,
      hostname: '127.0.0.1',
      log: (line) => warnings.push(line),
      redis: redis.url,
      adminKey,
      config: { provider: 'openai', api_key: 'sk-upstream', custom_host: upstream.baseURL },
      keys: [{ name: `tenant-${Math.random().toString(36).slice(2)}`, key, ...policy }],
      ...extra,
    };
    replicas = await Promise.all([serve(options), serve(options), serve(options)]);
    return { warnings, tenant: options.keys![0]!.name };
  }

  /** `count` chat requests, round robin over the replicas; the raw responses. */
  async function send(count: number, body: Record<string, unknown> = {}): Promise<Response[]> {
    const answers: Response[] = [];
    for (let i = 0; i < count; i++) {
      const replica = replicas[i % replicas.length]!;
      const response = await fetch(`${replica.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }], ...body }),
      });
      await response.clone().arrayBuffer();
      answers.push(response);
    }
    return answers;
  }

  it('holds 10 requests a minute across them: of 30, exactly 10 succeed and 20 get a 429 with Retry-After', async () => {
    await startReplicas({ requests_per_minute: 10 });
    const answers = await send(30);
    const ok = answers.filter((answer) => answer.status === 200);
    const refused = answers.filter((answer) => answer.status === 429);
    expect(ok).toHaveLength(10);
    expect(refused).toHaveLength(20);
    for (const answer of refused) {
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await answer.json()) as { error: { code: string } }).error.code).toBe('rate_limit_exceeded');
    }
    // Every replica refused some: the count is shared, not per process.
    for (let i = 0; i < 3; i++)
      expect(answers.filter((_, index) => index % 3 === i).some((a) => a.status === 429)).toBe(true);
  });

  it('holds a token limit and a budget across them, as one gateway would', async () => {
    // 1200 tokens an answer: a limit of 3000 a minute admits 3 (the third while 2400 are used).
    await startReplicas({ tokens_per_minute: 3_000 });
    const tokens = await send(9);
    expect(tokens.map((answer) => answer.status)).toEqual([200, 200, 200, 429, 429, 429, 429, 429, 429]);
    expect(((await tokens[3]!.json()) as { error: { type: string } }).error.type).toBe('tokens');
    await Promise.all(replicas.map((replica) => replica.close(0)));

    // An answer costs 1000 * 0.15 + 200 * 0.60 per million: $0.00027; $0.001 is spent after 4.
    await startReplicas({ budget_usd: 0.001, budget_period: 'day' });
    const budget = await send(9);
    expect(budget.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 429, 429, 429, 429, 429]);
    const refused = budget[4]!;
    expect(refused.headers.get('x-should-retry')).toBe('false');
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('insufficient_quota');
  });

  it('serves a cache entry written through replica A as a HIT through replica B, and sums usage over all', async () => {
    const { tenant } = await startReplicas(
      {},
      {
        config: {
          provider: 'openai',
          api_key: 'sk-upstream',
          custom_host: upstream.baseURL,
          cache: { mode: 'simple' },
        },
      },
    );
    const ask = (replica: RunningGateway) =>
      new OpenAI({ apiKey: key, baseURL: `${replica.url}/v1`, maxRetries: 0 }).chat.completions
        .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `cached ${tenant}` }] })
        .withResponse();
    const first = await ask(replicas[0]!);
    expect(first.response.headers.get('x-portkey-cache-status')).toBe('MISS');
    const second = await ask(replicas[1]!);
    expect(second.response.headers.get('x-portkey-cache-status')).toBe('HIT');
    expect(second.data.choices[0]?.message.content).toBe('served');

    await vi.waitFor(async () => {
      const read = await fetch(`${replicas[2]!.url}/admin/usage?tenant=${tenant}&period=day`, {
        headers: { authorization: `Bearer ${adminKey}` },
      });
      const body = (await read.json()) as { totals: Record<string, { requests: number; cacheHits: number }> };
      expect(body.totals[tenant]).toMatchObject({ requests: 2, cacheHits: 1 });
    });
  });

  it('answers every request while Redis is down (limits fail open, saying so) and counts again once it is back', async () => {
    const { warnings } = await startReplicas({ requests_per_minute: 100 });
    expect((await send(3)).map((answer) => answer.status)).toEqual([200, 200, 200]);
    const port = redis.port;
    await redis.kill();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const during = await send(6);
      expect(during.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200]);
      expect(during.every((answer) => answer.headers.get('x-switchyard-limits') === 'unavailable')).toBe(
        true,
      );
      await vi.waitFor(() =>
        expect(warnings.some((line) => line.includes('Redis at redis://127.0.0.1'))).toBe(true),
      );
    } finally {
      warn.mockRestore();
      redis = await startRedisServer({ port });
    }
    await vi.waitFor(
      async () => {
        const [answer] = await send(1);
        expect(answer!.headers.get('x-switchyard-limits')).toBeNull();
        expect(answer!.headers.get('x-ratelimit-limit-requests')).toBe('100');
      },
      { timeout: 10_000, interval: 200 },
    );
  });
});
