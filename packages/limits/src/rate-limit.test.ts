import { compose } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import {
  chatCompletion,
  chatCompletionChunks,
  collectSse,
  jsonResponse,
  openaiErrorResponse,
  scripted,
  sseStreamResponse,
} from '@switchyard/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LimitStore } from './limit-store.js';
import { memoryLimitStore } from './memory-limit-store.js';
import { type RateLimitOptions, rateLimit } from './rate-limit.js';
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

const redisAvailable = redisServerForTests('rateLimit tests on the Redis store');
let redis: RedisFixture | undefined;

beforeAll(async () => {
  if (redisAvailable) redis = await startRedisFixture();
});

afterAll(async () => {
  await redis?.close();
});

const ok = async () => jsonResponse(chatCompletion());

/** What the upstream answers in a test. */
type Answer = (request: Request) => Response | Promise<Response>;

function header(response: Response, name: string): string | null {
  return response.headers.get(name);
}

function rateHeaders(response: Response, kind: 'requests' | 'tokens') {
  return {
    limit: header(response, `x-ratelimit-limit-${kind}`),
    remaining: header(response, `x-ratelimit-remaining-${kind}`),
    reset: header(response, `x-ratelimit-reset-${kind}`),
  };
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: Record<string, unknown> }).error;
}

describe.each(storeKinds(redisAvailable, () => redis))('rateLimit on the $kind store', ({ skip, make }) => {
  function setup(options: Partial<RateLimitOptions>, answer: Answer = ok) {
    const time = clock();
    const store = tracked(make());
    const upstream = scripted([], { otherwise: (request) => answer(request) });
    const pipeline = compose(rateLimit({ key: byUser, store: store.store, now: time.now, ...options }))(
      upstream,
    );
    return { time, store, upstream, pipeline };
  }

  it.skipIf(skip)(
    'admits requestsPerMinute at once, then refuses with OpenAI 429 and Retry-After',
    async () => {
      const { pipeline, upstream } = setup({ requestsPerMinute: 3 });
      const answers = [];
      for (let index = 0; index < 4; index++) answers.push(await pipeline(chat()));
      expect(answers.map((response) => response.status)).toEqual([200, 200, 200, 429]);
      expect(upstream.calls).toBe(3);
      // GCRA: one request comes back every 20 s; the counter is full again once all three have.
      expect(answers.map((response) => rateHeaders(response, 'requests'))).toEqual([
        { limit: '3', remaining: '2', reset: '20s' },
        { limit: '3', remaining: '1', reset: '40s' },
        { limit: '3', remaining: '0', reset: '1m0s' },
        { limit: '3', remaining: '0', reset: '1m0s' },
      ]);
      const refused = answers[3]!;
      expect(header(refused, 'retry-after')).toBe('20');
      expect(header(refused, 'retry-after-ms')).toBe('20000');
      expect(header(refused, 'content-type')).toBe('application/json');
      expect(await errorOf(refused)).toEqual({
        message:
          'Rate limit reached on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s.',
        type: 'requests',
        code: 'rate_limit_exceeded',
        param: null,
      });
    },
  );

  it.skipIf(skip)('gives requests back as the window slides, one every minute / limit', async () => {
    const { pipeline, time } = setup({ requestsPerMinute: 3 });
    for (let index = 0; index < 3; index++) expect((await pipeline(chat())).status).toBe(200);
    time.t += 19_999;
    const early = await pipeline(chat());
    expect(early.status).toBe(429);
    expect(header(early, 'retry-after-ms')).toBe('1');
    expect(header(early, 'retry-after')).toBe('1');
    time.t += 1;
    expect((await pipeline(chat())).status).toBe(200);
    expect((await pipeline(chat())).status).toBe(429);
    // A quiet minute later the counter is full: the whole limit at once again.
    time.t += 60_000;
    const statuses = [];
    for (let index = 0; index < 4; index++) statuses.push((await pipeline(chat())).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it.skipIf(skip)(
    'counts each subject apart, and lets requests without a subject through unmarked',
    async () => {
      const { pipeline, upstream } = setup({ requestsPerMinute: 1 });
      expect((await pipeline(chat({}, { 'x-user': 'alice' }))).status).toBe(200);
      expect((await pipeline(chat({}, { 'x-user': 'alice' }))).status).toBe(429);
      expect((await pipeline(chat({}, { 'x-user': 'bob' }))).status).toBe(200);
      const anonymous = new Request('https://api.example.test/v1/models');
      for (let index = 0; index < 3; index++) {
        const response = await pipeline(anonymous.clone());
        expect(response.status).toBe(200);
        expect(header(response, 'x-ratelimit-limit-requests')).toBeNull();
      }
      expect(upstream.calls).toBe(5);
    },
  );

  it.skipIf(skip)(
    'reserves the estimate, then settles to the usage of a JSON answer as it arrives',
    async () => {
      const usage = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 };
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const { pipeline, store } = setup({ tokensPerMinute: 1000, estimateTokens: () => 100 }, async () => {
        await held;
        return jsonResponse(chatCompletion({ usage }));
      });
      // Both admitted while neither has been answered: two reservations stand.
      const first = pipeline(chat());
      const second = pipeline(chat());
      release();
      expect(rateHeaders(await first, 'tokens')).toEqual({ limit: '1000', remaining: '900', reset: '6s' });
      expect(header(await second, 'x-ratelimit-remaining-tokens')).toBe('800');
      await store.settled();
      // Both settled to 15 tokens as they arrived, unread: 1000 - 30 used, - 100 reserved for this one.
      const third = await pipeline(chat());
      expect(rateHeaders(third, 'tokens')).toEqual({ limit: '1000', remaining: '870', reset: '7.8s' });
      // The answer the caller gets is whole.
      expect(((await (await first).json()) as { usage: unknown }).usage).toEqual(usage);
    },
  );

  it.skipIf(skip)(
    'settles a stream from its final usage chunk, asked for and hidden from a caller who did not ask',
    async () => {
      const usage = { prompt_tokens: 20, completion_tokens: 30, total_tokens: 50 };
      const { pipeline, store, upstream } = setup(
        { tokensPerMinute: 1000, estimateTokens: () => 200 },
        async (request) => {
          const body = (await request.json()) as { stream_options?: { include_usage?: boolean } };
          const includeUsage = body.stream_options?.include_usage === true;
          return sseStreamResponse(chatCompletionChunks({ content: 'Hello there', usage, includeUsage }));
        },
      );
      const streamed = await pipeline(chat({ stream: true }));
      expect(header(streamed, 'x-ratelimit-remaining-tokens')).toBe('800');
      const text = await streamed.text();
      expect(text).toContain('Hello there'.split(' ')[1]);
      expect(text).not.toContain('"usage"');
      expect(text.endsWith('data: [DONE]\n\n')).toBe(true);
      expect(JSON.parse(upstream.requests[0]!.body).stream_options).toEqual({ include_usage: true });
      await store.settled();
      expect(header(await pipeline(chat()), 'x-ratelimit-remaining-tokens')).toBe('750');

      // A caller who asked for usage gets the chunk, and the stream settles all the same.
      const asking = await pipeline(chat({ stream: true, stream_options: { include_usage: true } }));
      const chunks = await collectSse(asking);
      expect(chunks.filter((chunk) => chunk.usage?.total_tokens === 50)).toHaveLength(1);
      await store.settled();
      expect(header(await pipeline(chat()), 'x-ratelimit-remaining-tokens')).toBe('500');
    },
  );

  it.skipIf(skip)('keeps the reservation of a stream cancelled before its usage chunk', async () => {
    const { pipeline, store } = setup({ tokensPerMinute: 1000, estimateTokens: () => 300 }, () =>
      sseStreamResponse(chatCompletionChunks({ content: 'a b c d e f' })),
    );
    const streamed = await pipeline(chat({ stream: true }));
    const reader = streamed.body!.getReader();
    await reader.read();
    await reader.cancel();
    await store.settled();
    expect(header(await pipeline(chat()), 'x-ratelimit-remaining-tokens')).toBe('400');
  });

  it.skipIf(skip)(
    'gives the reservation back on an error status, a thrown error and a cache hit',
    async () => {
      let step = 0;
      const { pipeline, store } = setup({ tokensPerMinute: 1000, estimateTokens: () => 400 }, () => {
        step++;
        if (step === 1) return openaiErrorResponse(500);
        if (step === 2) throw new TypeError('fetch failed');
        return jsonResponse(chatCompletion(), { headers: { [responseHeaders.cacheStatus]: 'HIT' } });
      });
      expect((await pipeline(chat())).status).toBe(500);
      await expect(pipeline(chat())).rejects.toThrow('fetch failed');
      await (await pipeline(chat())).json();
      await store.settled();
      expect(header(await pipeline(chat()), 'x-ratelimit-remaining-tokens')).toBe('600');
    },
  );

  it.skipIf(skip)('refuses on tokens once usage beyond the reservation has used the minute up', async () => {
    const usage = { prompt_tokens: 900, completion_tokens: 300, total_tokens: 1200 };
    const { pipeline, store, time, upstream } = setup(
      { tokensPerMinute: 1000, requestsPerMinute: 100, estimateTokens: () => 10 },
      () => jsonResponse(chatCompletion({ usage })),
    );
    await (await pipeline(chat())).json();
    await store.settled();
    const refused = await pipeline(chat());
    expect(refused.status).toBe(429);
    expect(await errorOf(refused)).toMatchObject({ type: 'tokens', code: 'rate_limit_exceeded' });
    // 1200 used of 1000: 200 over, plus 10 to fit, at 1000 a minute.
    expect(header(refused, 'retry-after-ms')).toBe('12600');
    expect(header(refused, 'retry-after')).toBe('13');
    expect(rateHeaders(refused, 'tokens')).toEqual({ limit: '1000', remaining: '0', reset: '1m12s' });
    // The refused request was not counted against requests either.
    expect(header(refused, 'x-ratelimit-remaining-requests')).toBe('99');
    time.t += 12_600;
    expect((await pipeline(chat())).status).toBe(200);
    expect(upstream.calls).toBe(2);
  });

  it.skipIf(skip)(
    'refuses a request larger than the whole token limit, telling SDKs not to retry',
    async () => {
      const { pipeline, upstream } = setup({ tokensPerMinute: 100 });
      const refused = await pipeline(chat({ max_completion_tokens: 500 }));
      expect(refused.status).toBe(429);
      expect(header(refused, 'x-should-retry')).toBe('false');
      expect(header(refused, 'retry-after')).toBeNull();
      expect(await errorOf(refused)).toMatchObject({
        type: 'tokens',
        code: 'rate_limit_exceeded',
        message: expect.stringMatching(
          /^Request too large for tokens per min \(TPM\): Limit 100, Requested 5\d\d\./,
        ),
      });
      expect(upstream.calls).toBe(0);
    },
  );

  it.skipIf(skip)('carries both header sets on every answer, the provider’s own replaced', async () => {
    const { pipeline } = setup(
      { requestsPerMinute: 60, tokensPerMinute: 10_000, estimateTokens: () => 1000 },
      () => jsonResponse(chatCompletion(), { headers: { 'x-ratelimit-limit-requests': '5000' } }),
    );
    const response = await pipeline(chat());
    expect(rateHeaders(response, 'requests')).toEqual({ limit: '60', remaining: '59', reset: '1s' });
    expect(rateHeaders(response, 'tokens')).toEqual({ limit: '10000', remaining: '9000', reset: '6s' });
  });
});

describe('rateLimit with a failing store', () => {
  function failingStore(failures: { on: boolean; adjust?: boolean }): LimitStore {
    const memory = memoryLimitStore();
    const fail = () => {
      throw new Error('connection lost');
    };
    return {
      take: (counters, now) =>
        failures.on ? Promise.reject(new Error('connection lost')) : memory.take(counters, now),
      adjust: (counter, now) => (failures.on || failures.adjust ? fail() : memory.adjust(counter, now)),
      spent: (key, now) => memory.spent(key, now),
      spend: (key, usd, expiresAt, now) => memory.spend(key, usd, expiresAt, now),
    };
  }

  it('fails open by default: answers unlimited and marked, with one warning per outage', async () => {
    const failures = { on: false };
    const warn = vi.fn();
    const upstream = scripted([], { otherwise: ok });
    const pipeline = compose(
      rateLimit({ key: byUser, requestsPerMinute: 1, store: failingStore(failures), logger: { warn } }),
    )(upstream);
    expect((await pipeline(chat())).status).toBe(200);
    failures.on = true;
    for (let index = 0; index < 3; index++) {
      const response = await pipeline(chat());
      expect(response.status).toBe(200);
      expect(header(response, 'x-switchyard-limits')).toBe('unavailable');
      expect(header(response, 'x-ratelimit-limit-requests')).toBeNull();
    }
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(
      'rateLimit: limit store take failed; letting requests through unlimited (x-switchyard-limits: unavailable) until it recovers: Error: connection lost',
    );
    failures.on = false;
    expect((await pipeline(chat())).status).toBe(429);
    expect(warn).toHaveBeenLastCalledWith('rateLimit: limit store recovered');
    expect(upstream.calls).toBe(4);
  });

  it('fails closed when asked: 503 in OpenAI shape, nothing sent upstream', async () => {
    const warn = vi.fn();
    const upstream = scripted([], { otherwise: ok });
    const pipeline = compose(
      rateLimit({
        key: byUser,
        requestsPerMinute: 10,
        store: failingStore({ on: true }),
        failOpen: false,
        logger: { warn },
      }),
    )(upstream);
    for (let index = 0; index < 2; index++) {
      const response = await pipeline(chat());
      expect(response.status).toBe(503);
      expect(await errorOf(response)).toEqual({
        message:
          'rateLimit: limits cannot be checked right now (the limit store is unavailable); try again later',
        type: 'server_error',
        code: 'limits_unavailable',
        param: null,
      });
    }
    expect(upstream.calls).toBe(0);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('refusing requests with 503');
  });

  it('answers normally when only the settlement fails, warning once', async () => {
    const warn = vi.fn();
    const store = failingStore({ on: false, adjust: true });
    const pipeline = compose(rateLimit({ key: byUser, tokensPerMinute: 1000, store, logger: { warn } }))(
      scripted([], { otherwise: ok }),
    );
    for (let index = 0; index < 2; index++) {
      const response = await pipeline(chat());
      expect(response.status).toBe(200);
      expect((await response.json()) as unknown).toMatchObject({ object: 'chat.completion' });
    }
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/^rateLimit: limit store adjust failed/);
  });
});

describe('rateLimit options', () => {
  const key = byUser;
  it.each([
    [
      {},
      'rateLimit: key must be a function (request) => string | undefined naming the subject to limit; got undefined',
    ],
    [{ key }, 'rateLimit: give requestsPerMinute, tokensPerMinute or both'],
    [{ key, requestsPerMinute: 0 }, 'rateLimit: requestsPerMinute must be an integer >= 1; got 0'],
    [{ key, tokensPerMinute: 1.5 }, 'rateLimit: tokensPerMinute must be an integer >= 1; got 1.5'],
    [{ key, requestsPerMinute: '10' }, 'rateLimit: requestsPerMinute must be an integer >= 1; got "10"'],
    [{ key, requestsPerMinute: 1, failOpen: 'no' }, 'rateLimit: failOpen must be a boolean; got "no"'],
    [
      { key, requestsPerMinute: 1, store: {} },
      'rateLimit: store must be a LimitStore (memoryLimitStore() or redisLimitStore(client)); it has no take() method',
    ],
    [
      { key, requestsPerMinute: 1, name: 'a{b}' },
      'rateLimit: name must be a non-empty string without braces; got "a{b}"',
    ],
    [{ key, requestsPerMinute: 1, logger: {} }, 'rateLimit: logger must have a warn(message) method'],
    [
      { key, requestsPerMinute: 1, now: 5 },
      'rateLimit: now must be a function returning ms since the epoch; got 5',
    ],
    [
      { key, tokensPerMinute: 1, estimateTokens: 4 },
      'rateLimit: estimateTokens must be a function (body, text) => number; got 4',
    ],
  ])('rejects %j at factory time', (options, message) => {
    expect(() => rateLimit(options as unknown as RateLimitOptions)).toThrow(new TypeError(message));
  });

  it('rejects a key function that names a subject with something other than a string', async () => {
    const pipeline = compose(rateLimit({ key: () => 42 as unknown as string, requestsPerMinute: 1 }))(ok);
    await expect(pipeline(chat())).rejects.toThrow(
      new TypeError('rateLimit: key(request) must return a string or undefined; got 42'),
    );
  });

  it('accepts an async key function', async () => {
    const pipeline = compose(rateLimit({ key: async () => 'team-a', requestsPerMinute: 1 }))(ok);
    expect((await pipeline(chat())).status).toBe(200);
    expect((await pipeline(chat())).status).toBe(429);
  });
});
