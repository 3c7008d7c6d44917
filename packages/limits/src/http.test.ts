import { compose, type FetchFunction, fetchTransport, type Middleware, toFetch } from '@switchyard/core';
import { type MockProvider, startMockProvider } from '@switchyard/testing';
import OpenAI, { APIError, RateLimitError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budget } from './budget.js';
import { rateLimit } from './rate-limit.js';
import { clock } from './test-support/fixtures.js';

// End to end over HTTP: the official `openai` SDK as the client (through `toFetch`), a real local
// mock provider as the upstream.
let provider: MockProvider;
const usage = { prompt_tokens: 7, completion_tokens: 3, total_tokens: 10 };

beforeAll(async () => {
  provider = await startMockProvider({ reply: { content: 'Paris is the capital.', usage } });
});

afterAll(() => provider?.close());

const messages = [{ role: 'user' as const, content: 'What is the capital of France?' }];

/** An SDK on `limits` in front of the mock provider, counting the attempts the SDK makes. */
function sdk(limits: Middleware[], maxRetries: number): { openai: OpenAI; attempts: () => number } {
  const pipeline = toFetch(compose(...limits)(fetchTransport({ baseURL: provider.url })));
  let attempts = 0;
  const counting: FetchFunction = (input, init) => {
    attempts++;
    return pipeline(input, init);
  };
  return {
    openai: new OpenAI({
      apiKey: 'sk-tenant',
      baseURL: 'http://switchyard.local/v1',
      maxRetries,
      fetch: counting,
    }),
    attempts: () => attempts,
  };
}

const byKey = (request: Request) => request.headers.get('authorization') ?? undefined;

describe('limits seen through the official openai SDK', () => {
  it('shows the x-ratelimit headers, and a RateLimitError with OpenAI’s type, code and Retry-After', async () => {
    const { openai } = sdk([rateLimit({ key: byKey, requestsPerMinute: 2, tokensPerMinute: 10_000 })], 0);
    const { response } = await openai.chat.completions
      .create({ model: 'gpt-4o-mini', messages })
      .withResponse();
    expect(response.headers.get('x-ratelimit-limit-requests')).toBe('2');
    expect(response.headers.get('x-ratelimit-remaining-requests')).toBe('1');
    expect(response.headers.get('x-ratelimit-limit-tokens')).toBe('10000');
    expect(response.headers.get('x-ratelimit-reset-requests')).toMatch(/^\d+(\.\d+)?s$/);
    await openai.chat.completions.create({ model: 'gpt-4o-mini', messages });

    const error = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages }).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, code: 'rate_limit_exceeded', type: 'requests' });
    expect(Number((error as RateLimitError).headers?.get('retry-after'))).toBeGreaterThan(0);
    expect((error as RateLimitError).headers?.get('x-ratelimit-remaining-requests')).toBe('0');
  });

  it('lets the SDK retry a rate limit after the Retry-After it was given', async () => {
    const time = clock();
    const ticking = () => time.t++;
    const { openai, attempts } = sdk([rateLimit({ key: byKey, requestsPerMinute: 1, now: ticking })], 2);
    await openai.chat.completions.create({ model: 'gpt-4o-mini', messages });
    // One millisecond before the request is back: the 429 says `retry-after-ms: 1`, the SDK waits
    // that long and tries again, by which time the clock has moved on.
    time.t += 59_998;
    const before = provider.calls;
    const completion = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages });
    expect(completion.choices[0]?.message.content).toBe('Paris is the capital.');
    expect(attempts()).toBe(3);
    expect(provider.calls - before).toBe(1);
  });

  it('does not let the SDK retry an exhausted budget (x-should-retry: false)', async () => {
    const prices = { 'gpt-4o-mini': { input: 1000, output: 1000 } }; // $0.01 for the 10 tokens
    const { openai, attempts } = sdk([budget({ key: byKey, usd: 0.01, prices })], 3);
    await openai.chat.completions.create({ model: 'gpt-4o-mini', messages });
    const error = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages }).catch((e) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: 429, code: 'insufficient_quota', type: 'insufficient_quota' });
    // The SDK retries 429s up to maxRetries (3) unless told not to: it made one attempt.
    expect(attempts()).toBe(2);
  });

  it('settles tokens from a stream the SDK reads, without showing it a usage chunk it did not ask for', async () => {
    const { now } = clock();
    const limiter = rateLimit({ key: byKey, tokensPerMinute: 1000, estimateTokens: () => 100, now });
    const { openai } = sdk([limiter], 0);
    const before = provider.calls;
    const stream = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true });
    let text = '';
    for await (const chunk of stream) {
      expect(chunk.usage ?? undefined).toBeUndefined();
      text += chunk.choices[0]?.delta.content ?? '';
    }
    expect(text).toBe('Paris is the capital.');
    expect(provider.requests[before]?.body).toMatchObject({
      stream: true,
      stream_options: { include_usage: true },
    });
    // 10 tokens used, 100 reserved for this call.
    const { response } = await openai.chat.completions
      .create({ model: 'gpt-4o-mini', messages })
      .withResponse();
    expect(response.headers.get('x-ratelimit-remaining-tokens')).toBe('890');
  });
});
