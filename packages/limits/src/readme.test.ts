import { compose, fetchTransport, requestOptions, toFetch } from '@switchyard/core';
import { type MockProvider, startMockProvider } from '@switchyard/testing';
import OpenAI from 'openai';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { budget, memoryLimitStore, rateLimit } from './index.js';

let provider: MockProvider;

beforeAll(async () => {
  provider = await startMockProvider({ reply: 'Hello!' });
});

afterAll(() => provider.close());

it('runs the README snippet: an answer with the rate-limit headers', async () => {
  // The README's code, with the transport pointed at a local mock provider instead of OpenAI.
  const byUser = (request: Request) => requestOptions(request).metadata?.user;
  const store = memoryLimitStore();
  const pipeline = compose(
    rateLimit({ key: byUser, requestsPerMinute: 60, tokensPerMinute: 100_000, store }),
    budget({ key: byUser, usd: 5, period: 'month', store }),
  )(fetchTransport({ baseURL: provider.url }));

  const openai = new OpenAI({
    apiKey: 'sk-readme',
    fetch: toFetch(pipeline),
    defaultHeaders: { 'x-switchyard-metadata': JSON.stringify({ user: 'alice' }) },
  });
  const { data, response } = await openai.chat.completions
    .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Say hello.' }] })
    .withResponse();
  expect(data.choices[0]?.message.content).toBe('Hello!');
  expect(response.headers.get('x-ratelimit-remaining-requests')).toBe('59');
  // Per-request option headers never reach the provider.
  expect(provider.requests[0]?.headers['x-switchyard-metadata']).toBeUndefined();
});
