import { compose, fetchTransport, toFetch } from '@switchyard/core';
import { type MockProvider, startMockProvider } from '@switchyard/testing';
import OpenAI from 'openai';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cacheSimple, memoryStore } from './index.js';

let provider: MockProvider;

beforeAll(async () => {
  provider = await startMockProvider();
});

afterAll(() => provider.close());

it('runs the README snippet: MISS, then HIT', async () => {
  // The README's code, with the transport pointed at a local mock provider instead of OpenAI.
  const pipeline = compose(cacheSimple({ store: memoryStore(), maxAge: 3600 }))(
    fetchTransport({ baseURL: provider.url }),
  );
  const openai = new OpenAI({ apiKey: 'sk-readme', fetch: toFetch(pipeline) });
  const ask = () =>
    openai.chat.completions
      .create({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: 'What is the capital of France?' }],
      })
      .withResponse();

  expect((await ask()).response.headers.get('x-switchyard-cache-status')).toBe('MISS');
  expect((await ask()).response.headers.get('x-switchyard-cache-status')).toBe('HIT');
  expect(provider.calls).toBe(1);
});
