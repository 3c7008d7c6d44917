import { compose } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import { chatCompletion, jsonResponse, scripted } from '@switchyard/testing';
import { trace, traceAttempt } from '@switchyard/trace';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { memoryUsageStore } from './memory-usage-store.js';
import { redisUsageStore } from './redis-usage-store.js';
import { chat, type RedisFixture, redisServerForTests, startRedisFixture } from './test-support/fixtures.js';
import { bucketStart } from './usage-buckets.js';
import { usageSink } from './usage-sink.js';
import { latencyBoundsMs, type UsageEntry, type UsageStore } from './usage-store.js';

const redisAvailable = redisServerForTests('redisUsageStore tests');
const noon = Date.UTC(2026, 11, 7, 12, 0, 0);
const minute = 60_000;

function entry(fields: Partial<UsageEntry> = {}): UsageEntry {
  return {
    at: noon,
    tenant: 'team-a',
    provider: 'openai',
    error: false,
    inputTokens: 100,
    outputTokens: 20,
    costUsd: 0.000_123_456_789,
    cacheHit: false,
    semanticHit: false,
    savedUsd: 0,
    retries: 0,
    fellBack: false,
    latencyMs: 80,
    ...fields,
  };
}

let redis: RedisFixture | undefined;
let prefixes = 0;
beforeAll(async () => {
  if (redisAvailable) redis = await startRedisFixture();
});
afterAll(async () => {
  await redis?.close();
});

const kinds = [
  { kind: 'memory', skip: false, make: (now: () => number): UsageStore => memoryUsageStore({ now }) },
  {
    kind: 'redis',
    skip: !redisAvailable,
    make: (now: () => number): UsageStore =>
      redisUsageStore(redis!.client, { prefix: `usage-test-${process.pid}-${++prefixes}:`, now }),
  },
];

describe.each(kinds)('$kind usage store', ({ skip, make }) => {
  it.skipIf(skip)('sums requests per tenant and per provider in minute, hour and day buckets', async () => {
    const store = make(() => noon);
    await store.add(entry());
    await store.add(
      entry({ at: noon + 30_000, error: true, inputTokens: 5, outputTokens: 0, costUsd: 0, latencyMs: 700 }),
    );
    await store.add(
      entry({ at: noon + 2 * minute, tenant: 'team-b', provider: 'anthropic', retries: 2, fellBack: true }),
    );
    await store.add(
      entry({
        at: noon + 3 * minute,
        cacheHit: true,
        semanticHit: true,
        costUsd: 0,
        savedUsd: 0.25,
        latencyMs: 999_999,
      }),
    );

    const minutes = await store.read({
      kind: 'tenant',
      name: 'team-a',
      granularity: 'minute',
      from: noon,
      to: noon + 10 * minute,
    });
    expect(minutes.map((row) => [row.start - noon, row.requests, row.errors])).toEqual([
      [0, 2, 1],
      [3 * minute, 1, 0],
    ]);
    expect(minutes[0]).toMatchObject({
      kind: 'tenant',
      name: 'team-a',
      granularity: 'minute',
      inputTokens: 105,
      outputTokens: 20,
    });
    // Dollars add up exactly (nano-dollars), whatever the store.
    expect(minutes[0]?.costUsd).toBe(0.000_123_457);
    expect(minutes[0]?.latencyHistogram[1]).toBe(1); // 80 ms: <= 100
    expect(minutes[0]?.latencyHistogram[4]).toBe(1); // 700 ms: <= 1000
    expect(minutes[1]).toMatchObject({ cacheHits: 1, semanticHits: 1, savedUsd: 0.25 });
    expect(minutes[1]?.latencyHistogram[latencyBoundsMs.length]).toBe(1);

    const days = await store.read({ kind: 'tenant', granularity: 'day', from: noon, to: noon });
    expect(days.map((row) => [row.name, row.start, row.requests])).toEqual([
      ['team-a', bucketStart(noon, 'day'), 3],
      ['team-b', bucketStart(noon, 'day'), 1],
    ]);
    const providers = await store.read({ kind: 'provider', granularity: 'hour', from: noon, to: noon });
    expect(providers.map((row) => [row.name, row.requests, row.retries, row.fallbacks])).toEqual([
      ['anthropic', 1, 2, 1],
      ['openai', 3, 0, 0],
    ]);
  });

  it.skipIf(skip)(
    'counts a request without a tenant under its provider only, and one without either nowhere',
    async () => {
      const store = make(() => noon);
      await store.add(entry({ tenant: undefined }));
      await store.add(entry({ tenant: undefined, provider: undefined }));
      expect(await store.read({ kind: 'tenant', granularity: 'day', from: noon, to: noon })).toEqual([]);
      const [openai] = await store.read({ kind: 'provider', granularity: 'day', from: noon, to: noon });
      expect(openai?.requests).toBe(1);
    },
  );

  it.skipIf(skip)('drops minute buckets after 3 hours and keeps day buckets', async () => {
    // Written 1 ms before its minute bucket's end of life: Redis gets a 1 ms lifetime.
    let now = noon + 3 * 3_600_000 - 1;
    const store = make(() => now);
    await store.add(entry());
    await new Promise((resolve) => setTimeout(resolve, 5));
    now = noon + 3 * 3_600_000 + minute;
    await store.add(entry({ at: now }));
    const minutes = await store.read({
      kind: 'tenant',
      name: 'team-a',
      granularity: 'minute',
      from: noon,
      to: noon,
    });
    const days = await store.read({
      kind: 'tenant',
      name: 'team-a',
      granularity: 'day',
      from: noon,
      to: now,
    });
    expect(minutes).toEqual([]);
    expect(days[0]?.requests).toBe(2);
  });

  it.skipIf(skip)('refuses a query that names no kind, or spans too many buckets', async () => {
    const store = make(() => noon);
    await expect(async () =>
      store.read({ kind: 'team' as 'tenant', granularity: 'day', from: noon, to: noon }),
    ).rejects.toThrow("usage query: kind must be 'tenant' or 'provider'; got team");
    await expect(async () =>
      store.read({ kind: 'tenant', granularity: 'minute', from: noon - 30 * 86_400_000, to: noon }),
    ).rejects.toThrow('ask a coarser granularity');
  });
});

describe('usageSink', () => {
  it('sums trace records: tenant from the request, provider, tokens, cost, cache savings and retries', async () => {
    const store = memoryUsageStore();
    const usage = { prompt_tokens: 1000, completion_tokens: 500, total_tokens: 1500 };
    const answer = (headers: Record<string, string>) =>
      jsonResponse(chatCompletion({ model: 'gpt-4o-mini', usage }), {
        headers: { [responseHeaders.provider]: 'openai', ...headers },
      });
    const pipeline = compose(
      trace({ sink: usageSink(store) }),
      traceAttempt(),
    )(
      scripted([
        answer({ [responseHeaders.retryAttemptCount]: '2' }),
        answer({ [responseHeaders.cacheStatus]: 'HIT' }),
        jsonResponse(
          { error: { message: 'no' } },
          { status: 500, headers: { [responseHeaders.provider]: 'openai' } },
        ),
      ]),
    );
    const sent = () => chat({ model: 'gpt-4o-mini' }, { 'x-switchyard-tenant': 'team-a' });
    for (let i = 0; i < 3; i++) await (await pipeline(sent())).text();
    await vi.waitFor(async () => {
      const [row] = await store.read({
        kind: 'tenant',
        name: 'team-a',
        granularity: 'day',
        from: Date.now(),
        to: Date.now(),
      });
      expect(row).toMatchObject({
        requests: 3,
        errors: 1,
        inputTokens: 2000,
        outputTokens: 1000,
        cacheHits: 1,
        retries: 2,
      });
      expect(row?.costUsd).toBeGreaterThan(0);
      expect(row?.savedUsd).toBe(row?.costUsd);
    });
  });

  it('warns once while the store fails and never fails the request', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing: UsageStore = {
      add: () => Promise.reject(new Error('redis down')),
      read: () => [],
    };
    const pipeline = trace({ sink: usageSink(failing) })(
      scripted([jsonResponse(chatCompletion()), jsonResponse(chatCompletion())]),
    );
    expect((await pipeline(chat())).status).toBe(200);
    expect((await pipeline(chat())).status).toBe(200);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
    expect(warn.mock.calls[0]?.[0]).toBe('usageSink: usage not recorded: redis down');
    warn.mockRestore();
  });
});
