import { costOf } from '@switchyard/catalog';
import { compose } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import {
  chatCompletion,
  chatCompletionChunks,
  jsonResponse,
  openaiErrorResponse,
  scripted,
  sseStreamResponse,
} from '@switchyard/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type BudgetOptions, budget } from './budget.js';
import { budgetWindow } from './budget-period.js';
import type { LimitStore } from './limit-store.js';
import { memoryLimitStore } from './memory-limit-store.js';
import {
  byUser,
  chat,
  clock,
  type RedisFixture,
  redisServerForTests,
  startRedisFixture,
  storeKinds,
  tracked,
} from './test-support/fixtures.js';

const redisAvailable = redisServerForTests('budget tests on the Redis store');
let redis: RedisFixture | undefined;

beforeAll(async () => {
  if (redisAvailable) redis = await startRedisFixture();
});

afterAll(async () => {
  await redis?.close();
});

// 1000 prompt + 500 completion tokens at $1 / $2 per million: $0.002 a call.
const usage = { prompt_tokens: 1000, completion_tokens: 500, total_tokens: 1500 };
const prices = { 'test-model': { input: 1, output: 2 } };
const answer = async () =>
  jsonResponse(chatCompletion({ model: 'test-model', usage }), {
    headers: { [responseHeaders.provider]: 'openai' },
  });

/** What the upstream answers in a test. */
type Answer = (request: Request) => Response | Promise<Response>;

async function errorOf(response: Response) {
  return ((await response.json()) as { error: Record<string, unknown> }).error;
}

describe.each(storeKinds(redisAvailable, () => redis))('budget on the $kind store', ({ skip, make }) => {
  function setup(options: Partial<BudgetOptions>, respond: Answer = answer) {
    const time = clock();
    const store = tracked(make());
    const upstream = scripted([], { otherwise: (request) => respond(request) });
    const pipeline = compose(
      budget({ key: byUser, usd: 0.005, prices, store: store.store, now: time.now, ...options }),
    )(upstream);
    /** A call whose answer is read whole, and whose spend has been recorded. */
    const call = async (body: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
      const response = await pipeline(chat({ model: 'test-model', ...body }, headers));
      const text = await response.text();
      await store.settled();
      return { response, text };
    };
    return { time, store, upstream, pipeline, call };
  }

  it.skipIf(skip)(
    'admits until the spend reaches usd, then answers insufficient_quota without retry',
    async () => {
      const { call, upstream } = setup({ period: 'month' });
      // $0 spent, $0.002, $0.004: all under $0.005; then $0.006.
      for (let index = 0; index < 3; index++) expect((await call()).response.status).toBe(200);
      const { response, text } = await call();
      expect(response.status).toBe(429);
      expect(response.headers.get('x-should-retry')).toBe('false');
      expect(JSON.parse(text).error).toEqual({
        message:
          'You exceeded your current quota: the budget of 0.005 USD per month is spent. It renews at 2025-02-01T00:00:00.000Z.',
        type: 'insufficient_quota',
        code: 'insufficient_quota',
        param: null,
      });
      expect(upstream.calls).toBe(3);
      // Other subjects have budgets of their own.
      expect((await call({}, { 'x-user': 'bob' })).response.status).toBe(200);
    },
  );

  it.skipIf(skip)('starts again from zero in the next window', async () => {
    const { call, time } = setup({ period: 'day', usd: 0.002 });
    expect((await call()).response.status).toBe(200);
    expect((await call()).response.status).toBe(429);
    time.t = budgetWindow('day', time.t).end;
    expect((await call()).response.status).toBe(200);
    expect((await call()).response.status).toBe(429);
    time.t += 3_600_000;
    expect((await call()).response.status).toBe(429);
  });

  it.skipIf(skip)('uses windows of a number of seconds', async () => {
    const { call, time } = setup({ period: 60, usd: 0.001 });
    expect((await call()).response.status).toBe(200);
    expect((await call()).response.status).toBe(429);
    time.t = budgetWindow(60, time.t).end;
    expect((await call()).response.status).toBe(200);
  });

  it.skipIf(skip)(
    'prices with the catalog as trace does, for the model and provider that answered',
    async () => {
      const served = { prompt_tokens: 2_000_000, completion_tokens: 1_000_000, total_tokens: 3_000_000 };
      const expected = costOf('gpt-4o-mini', served, { provider: 'openai' })!;
      expect(expected).toBeGreaterThan(0);
      const { call } = setup({ prices: undefined, usd: expected * 2 - 1e-6 }, () =>
        jsonResponse(chatCompletion({ model: 'gpt-4o-mini', usage: served }), {
          headers: { [responseHeaders.provider]: 'openai' },
        }),
      );
      expect((await call({ model: 'gpt-4o-mini' })).response.status).toBe(200);
      expect((await call({ model: 'gpt-4o-mini' })).response.status).toBe(200);
      expect((await call({ model: 'gpt-4o-mini' })).response.status).toBe(429);
    },
  );

  it.skipIf(skip)(
    'charges a stream from its final usage chunk, which the caller did not ask for and does not see',
    async () => {
      const { pipeline, store, upstream } = setup({ usd: 0.003 }, async (request) => {
        const body = (await request.json()) as { stream_options?: { include_usage?: boolean } };
        return sseStreamResponse(
          chatCompletionChunks({
            model: 'test-model',
            usage,
            includeUsage: body.stream_options?.include_usage === true,
          }),
        );
      });
      const first = await pipeline(chat({ model: 'test-model', stream: true }));
      expect(await first.text()).not.toContain('"usage"');
      await store.settled();
      expect(JSON.parse(upstream.requests[0]!.body).stream_options).toEqual({ include_usage: true });
      // $0.002 spent of $0.003: a second stream is admitted, and charged once read to its end.
      const second = await pipeline(chat({ model: 'test-model', stream: true }));
      expect(second.status).toBe(200);
      await second.text();
      await store.settled();
      expect((await pipeline(chat({ model: 'test-model', stream: true }))).status).toBe(429);
    },
  );

  it.skipIf(skip)('charges nothing for error statuses and cache hits', async () => {
    let step = 0;
    const { call, upstream } = setup({ usd: 0.001 }, () => {
      step++;
      if (step === 1) return openaiErrorResponse(400);
      if (step === 2) {
        return jsonResponse(chatCompletion({ model: 'test-model', usage }), {
          headers: { [responseHeaders.cacheStatus]: 'HIT' },
        });
      }
      return answer();
    });
    expect((await call()).response.status).toBe(400);
    expect((await call()).response.status).toBe(200);
    expect((await call()).response.status).toBe(200);
    expect((await call()).response.status).toBe(429);
    expect(upstream.calls).toBe(3);
  });
});

describe('budget without a price', () => {
  it('counts nothing for an unpriced model and warns once per model', async () => {
    const warn = vi.fn();
    const pipeline = compose(
      budget({ key: byUser, usd: 0.000001, logger: { warn }, catalogPrices: false, prices }),
    )(scripted([], { otherwise: () => jsonResponse(chatCompletion({ model: 'mystery-1', usage })) }));
    for (let index = 0; index < 3; index++) {
      const response = await pipeline(chat({ model: 'mystery-1' }));
      expect(response.status).toBe(200);
      await response.text();
    }
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(
      'budget: no price is known for model "mystery-1"; its usage is not counted against budgets. Give its price in the prices option.',
    );
  });
});

describe('budget with a failing store', () => {
  const broken: LimitStore = {
    ...memoryLimitStore(),
    spent: () => Promise.reject(new Error('ECONNREFUSED')),
  };

  it('fails open with the header and one warning', async () => {
    const warn = vi.fn();
    const pipeline = compose(budget({ key: byUser, usd: 1, store: broken, logger: { warn } }))(
      scripted([], { otherwise: answer }),
    );
    for (let index = 0; index < 2; index++) {
      const response = await pipeline(chat());
      expect(response.status).toBe(200);
      expect(response.headers.get('x-switchyard-limits')).toBe('unavailable');
    }
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toBe(
      'budget: limit store spent failed; letting requests through unlimited (x-switchyard-limits: unavailable) until it recovers: Error: ECONNREFUSED',
    );
  });

  it('fails closed with a 503', async () => {
    const pipeline = compose(
      budget({ key: byUser, usd: 1, store: broken, failOpen: false, logger: { warn: () => undefined } }),
    )(scripted([]));
    const response = await pipeline(chat());
    expect(response.status).toBe(503);
    expect(await errorOf(response)).toMatchObject({ code: 'limits_unavailable', type: 'server_error' });
  });
});

describe('budget options', () => {
  const key = byUser;
  it.each([
    [
      { usd: 1 },
      'budget: key must be a function (request) => string | undefined naming the subject to limit; got undefined',
    ],
    [{ key }, 'budget: usd must be a number > 0 (US dollars per period); got undefined'],
    [{ key, usd: 0 }, 'budget: usd must be a number > 0 (US dollars per period); got 0'],
    [
      { key, usd: Number.POSITIVE_INFINITY },
      'budget: usd must be a number > 0 (US dollars per period); got Infinity',
    ],
    [
      { key, usd: 1, period: 'week' },
      "budget: period must be 'day', 'month' or a number of seconds (an integer >= 1); got \"week\"",
    ],
    [
      { key, usd: 1, period: 0.5 },
      "budget: period must be 'day', 'month' or a number of seconds (an integer >= 1); got 0.5",
    ],
    [
      { key, usd: 1, prices: { m: { input: -1, output: 1 } } },
      'budget: prices["m"].input must be a number >= 0; got -1',
    ],
    [{ key, usd: 1, catalogPrices: 'yes' }, 'budget: catalogPrices must be a boolean; got "yes"'],
  ])('rejects %j at factory time', (options, message) => {
    expect(() => budget(options as unknown as BudgetOptions)).toThrow(new TypeError(message));
  });
});

describe('budgetWindow', () => {
  it('is the UTC day, the UTC calendar month, or epoch-aligned windows of seconds', () => {
    const at = Date.UTC(2024, 1, 29, 23, 59, 59, 999);
    expect(budgetWindow('day', at)).toEqual({ start: Date.UTC(2024, 1, 29), end: Date.UTC(2024, 2, 1) });
    expect(budgetWindow('month', at)).toEqual({ start: Date.UTC(2024, 1, 1), end: Date.UTC(2024, 2, 1) });
    expect(budgetWindow('month', Date.UTC(2024, 11, 31, 12))).toEqual({
      start: Date.UTC(2024, 11, 1),
      end: Date.UTC(2025, 0, 1),
    });
    expect(budgetWindow(3600, Date.UTC(2024, 0, 1, 5, 30))).toEqual({
      start: Date.UTC(2024, 0, 1, 5),
      end: Date.UTC(2024, 0, 1, 6),
    });
  });
});
