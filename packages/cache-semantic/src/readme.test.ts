import { compose, fetchTransport, toFetch } from '@switchyard/core';
import { type MockProvider, startMockProvider } from '@switchyard/testing';
import OpenAI from 'openai';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cacheSemantic } from './index.js';

let provider: MockProvider;

beforeAll(async () => {
  provider = await startMockProvider();
}, 120_000);

afterAll(() => provider.close());

// The first request loads the embedding model.
it('runs the README snippet: MISS, SEMANTIC_HIT for the paraphrase, MISS for another country', {
  timeout: 120_000,
}, async () => {
  // The README's code, with the transport pointed at a local mock provider instead of OpenAI.
  const pipeline = compose(cacheSemantic({ maxAge: 3600 }))(fetchTransport({ baseURL: provider.url }));
  const openai = new OpenAI({ apiKey: 'sk-readme', fetch: toFetch(pipeline) });
  const ask = (content: string) =>
    openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content }] }).withResponse();

  const first = await ask('What is the capital of France?');
  expect(first.response.headers.get('x-switchyard-cache-status')).toBe('MISS');
  const second = await ask("Tell me France's capital");
  expect(second.response.headers.get('x-switchyard-cache-status')).toBe('SEMANTIC_HIT');
  expect(Number(second.response.headers.get('x-switchyard-cache-similarity'))).toBeGreaterThan(0.7);
  expect(second.data.choices[0]?.message.content).toBe(first.data.choices[0]?.message.content);
  const third = await ask('What is the capital of Germany?');
  expect(third.response.headers.get('x-switchyard-cache-status')).toBe('MISS');
  expect(provider.calls).toBe(2);
});
