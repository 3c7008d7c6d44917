import { compose, fetchTransport, requestOptions, toFetch } from '@switchyard/core';
import { type MockProvider, startMockProvider } from '@switchyard/testing';
import { trace } from '@switchyard/trace';
import OpenAI from 'openai';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { budget, memoryLimitStore, memoryUsageStore, rateLimit, usageSink } from './index.js';

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

it("runs the README's usage snippet: a tenant's month, by day", async () => {
  const usage = memoryUsageStore();
  const observed = trace({ sink: usageSink(usage) });
  const pipeline = observed(fetchTransport({ baseURL: provider.url }));
  const openai = new OpenAI({
    apiKey: 'sk-readme',
    fetch: toFetch(pipeline),
    defaultHeaders: { 'x-switchyard-tenant': 'team-a' },
  });
  await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] });
  const now = Date.now();
  await vi.waitFor(async () => {
    const month = await usage.read({
      kind: 'tenant',
      name: 'team-a',
      granularity: 'day',
      from: now - 30 * 86_400_000,
      to: now,
    });
    expect(month.map((day) => [day.name, day.requests])).toEqual([['team-a', 1]]);
  });
});
