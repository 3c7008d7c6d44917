import Anthropic, { type APIError } from '@anthropic-ai/sdk';
import { compileConfig } from '@switchyard/config';
import { fetchTransport, toFetch } from '@switchyard/core';
import { fault, type MockProvider, startMockProvider } from '@switchyard/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

// The official Anthropic SDK in process, through Portkey-style configs compiled by
// @switchyard/config: every provider a config names answers Anthropic's Messages API, Anthropic
// natively and the others through chat completions, and a fallback crosses between the two.
let openaiMock: MockProvider;
let anthropicMock: MockProvider;

function clientFor(config: unknown): Anthropic {
  return new Anthropic({
    apiKey: 'caller-key',
    baseURL: 'http://switchyard.local',
    maxRetries: 0,
    fetch: toFetch(compileConfig(config)(fetchTransport())),
  });
}

const hello: Anthropic.MessageCreateParamsNonStreaming = {
  model: 'any-model',
  max_tokens: 64,
  messages: [{ role: 'user', content: 'Say hello' }],
};

beforeAll(async () => {
  openaiMock = await startMockProvider({ reply: 'Hello from chat.' });
  anthropicMock = await startMockProvider({ dialect: 'anthropic', reply: 'Hello from Anthropic.' });
});

beforeEach(() => {
  openaiMock.setFaults(undefined);
  anthropicMock.setFaults(undefined);
});

afterAll(() => Promise.all([openaiMock.close(), anthropicMock.close()]));

describe('the Anthropic SDK through compiled configs', () => {
  it('falls back from a failing OpenAI target (translated) to Anthropic (native)', async () => {
    openaiMock.setFaults([fault.status(503)]);
    const client = clientFor({
      strategy: { mode: 'fallback' },
      targets: [
        { provider: 'openai', api_key: 'sk-openai', custom_host: openaiMock.baseURL },
        { provider: 'anthropic', api_key: 'sk-ant', custom_host: anthropicMock.url },
      ],
    });
    const message = await client.messages.create(hello);
    expect(message.content).toEqual([{ type: 'text', text: 'Hello from Anthropic.' }]);
    expect(openaiMock.requests.at(-1)!.path).toBe('/v1/chat/completions');
    const native = anthropicMock.requests.at(-1)!;
    expect(native.path).toBe('/v1/messages');
    expect(native.headers['x-api-key']).toBe('sk-ant');
    expect(native.body).toEqual(hello);
  });

  it('streams through a preset target, the SDK accumulating the final message', async () => {
    const client = clientFor({ provider: 'groq', api_key: 'gsk-test', custom_host: openaiMock.baseURL });
    const message = await client.messages.stream({ ...hello, stream: true }).finalMessage();
    expect(message.content).toEqual([{ type: 'text', text: 'Hello from chat.' }]);
    expect(message.stop_reason).toBe('end_turn');
    expect(message.usage.output_tokens).toBe(3);
    expect(openaiMock.requests.at(-1)!.headers.authorization).toBe('Bearer gsk-test');
  });

  it('answers through an OpenAI-compatible server named only by its custom_host', async () => {
    const client = clientFor({ provider: 'my-local-llm', custom_host: openaiMock.baseURL });
    const message = await client.messages.create(hello);
    expect(message.content).toEqual([{ type: 'text', text: 'Hello from chat.' }]);
  });

  it('maps the last target error to the Anthropic error class when every target fails', async () => {
    openaiMock.setFaults([fault.status(429, { retryAfter: 1 })]);
    const client = clientFor({ provider: 'openai', api_key: 'sk-openai', custom_host: openaiMock.baseURL });
    const error = await client.messages.create(hello).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.RateLimitError);
    expect((error as APIError).type).toBe('rate_limit_error');
  });

  it('counts tokens on Anthropic, and says why another provider cannot', async () => {
    const request = { model: 'any-model', messages: [{ role: 'user' as const, content: 'Hi' }] };
    const openaiClient = clientFor({
      provider: 'openai',
      api_key: 'sk-openai',
      custom_host: openaiMock.baseURL,
    });
    const refused = await openaiClient.messages.countTokens(request).catch((caught: unknown) => caught);
    expect(refused).toBeInstanceOf(Anthropic.NotFoundError);
    expect((refused as APIError).message).toContain('cannot count tokens');

    const anthropicClient = clientFor({
      provider: 'anthropic',
      api_key: 'sk-ant',
      custom_host: anthropicMock.url,
    });
    const passed = await anthropicClient.messages.countTokens(request).catch((caught: unknown) => caught);
    // The mock Anthropic serves /v1/messages only: its own 404 body reaches the SDK untouched.
    expect(passed).toBeInstanceOf(Anthropic.NotFoundError);
    expect((passed as APIError).message).toContain('Unknown route: POST /v1/messages/count_tokens');
    expect(anthropicMock.requests.at(-1)!.path).toBe('/v1/messages/count_tokens');
  });
});
