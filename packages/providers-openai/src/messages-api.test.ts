import Anthropic, { type APIError } from '@anthropic-ai/sdk';
import { compose, fetchTransport, toFetch } from '@switchyard/core';
import { fault, type MockProvider, startMockProvider } from '@switchyard/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openai } from './openai.js';
import { groq } from './presets.js';

// The official Anthropic SDK as the client; OpenAI and an OpenAI-compatible preset answer
// /v1/messages through chat completions, here from a real local OpenAI-speaking server.
let mock: MockProvider;

function anthropicOver(provider: Parameters<typeof compose>[0]): Anthropic {
  return new Anthropic({
    apiKey: 'caller-key-not-for-openai',
    baseURL: 'http://switchyard.local',
    maxRetries: 0,
    fetch: toFetch(compose(provider)(fetchTransport())),
  });
}

beforeAll(async () => {
  mock = await startMockProvider({
    reply: (body) =>
      body.messages.some((message) => message.role === 'tool')
        ? 'Sunny, 25°C.'
        : body.tools
          ? { toolCalls: [{ id: 'call_w', name: 'get_weather', arguments: { city: 'Rome' } }] }
          : 'Hello from the mock.',
  });
});

beforeEach(() => mock.setFaults(undefined));

afterAll(() => mock.close());

describe('the Anthropic SDK against openai() and presets', () => {
  it('OpenAI: a text message through chat completions with max_completion_tokens and the provider key', async () => {
    const client = anthropicOver(openai({ apiKey: 'sk-provider', baseURL: mock.baseURL }));
    const message = await client.messages.create({
      model: 'gpt-4o-mini',
      max_tokens: 64,
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(message.content).toEqual([{ type: 'text', text: 'Hello from the mock.' }]);
    expect(message.stop_reason).toBe('end_turn');
    const sent = mock.requests.at(-1)!;
    expect(sent.path).toBe('/v1/chat/completions');
    expect(sent.headers.authorization).toBe('Bearer sk-provider');
    expect(sent.headers['x-api-key']).toBeUndefined();
    expect(sent.body).toMatchObject({ max_completion_tokens: 64 });
    expect((sent.body as Record<string, unknown>).max_tokens).toBeUndefined();
  });

  it('a preset: a tool_use → tool_result round trip, streamed, with max_tokens', async () => {
    const client = anthropicOver(groq({ apiKey: 'gsk-provider', baseURL: mock.baseURL }));
    const tools: Anthropic.Tool[] = [{ name: 'get_weather', input_schema: { type: 'object' } }];
    const first = await client.messages
      .stream({
        model: 'llama-3.3-70b',
        max_tokens: 64,
        tools,
        messages: [{ role: 'user', content: 'Rome?' }],
      })
      .finalMessage();
    expect(first.stop_reason).toBe('tool_use');
    expect(first.content).toEqual([
      { type: 'tool_use', id: 'call_w', name: 'get_weather', input: { city: 'Rome' } },
    ]);
    expect(mock.requests.at(-1)!.body).toMatchObject({ max_tokens: 64, stream: true });

    const second = await client.messages.create({
      model: 'llama-3.3-70b',
      max_tokens: 64,
      tools,
      messages: [
        { role: 'user', content: 'Rome?' },
        { role: 'assistant', content: first.content },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'call_w', content: 'sunny, 25' }] },
      ],
    });
    expect(second.content).toEqual([{ type: 'text', text: 'Sunny, 25°C.' }]);
    expect(mock.requests.at(-1)!.headers.authorization).toBe('Bearer gsk-provider');
  });

  it('maps an OpenAI 429 to RateLimitError, retry-after kept', async () => {
    mock.setFaults([fault.status(429, { retryAfter: 2 })]);
    const client = anthropicOver(openai({ apiKey: 'sk-provider', baseURL: mock.baseURL }));
    const error = await client.messages
      .create({ model: 'gpt-4o-mini', max_tokens: 8, messages: [{ role: 'user', content: 'Hi' }] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.RateLimitError);
    expect((error as APIError).type).toBe('rate_limit_error');
    expect((error as APIError).headers?.get('retry-after')).toBe('2');
  });

  it('still passes OpenAI paths that end in /messages (the Assistants API) through untouched', async () => {
    const pipeline = compose(openai({ apiKey: 'sk-provider', baseURL: mock.baseURL }))(fetchTransport());
    const response = await pipeline(
      new Request('http://switchyard.local/v1/threads/thread_1/messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'user', content: 'x' }),
      }),
    );
    await response.body?.cancel();
    expect(mock.requests.at(-1)!.path).toBe('/v1/threads/thread_1/messages');
  });
});
