import Anthropic from '@anthropic-ai/sdk';
import { createRegistry } from '@switchyard/config';
import { type RunningGateway, serve } from '@switchyard/server';
import { type MockProvider, startMockProvider } from '@switchyard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Anthropic's Messages API as a front of the gateway: the official Anthropic SDK, given the gateway
// key as its apiKey (sent as x-api-key), reaches any provider an operator's config names; the
// gateway's own errors on these routes are in Anthropic's shape, so the SDK reads them.
let openaiMock: MockProvider;
let anthropicMock: MockProvider;
let gateway: RunningGateway;

const gatewayKey = 'sk-gw-messages';

beforeAll(async () => {
  openaiMock = await startMockProvider({ reply: 'Hello from chat.' });
  anthropicMock = await startMockProvider({ dialect: 'anthropic', reply: 'Hello from Anthropic.' });
  gateway = await serve({
    port: 0,
    hostname: '127.0.0.1',
    log: () => {},
    apiKeys: [gatewayKey],
    registry: createRegistry({
      'to-openai': { provider: 'openai', api_key: 'sk-upstream-openai', custom_host: openaiMock.baseURL },
      'to-anthropic': { provider: 'anthropic', api_key: 'sk-upstream-ant', custom_host: anthropicMock.url },
    }),
  });
});

afterAll(async () => {
  await gateway?.close(0);
  await Promise.all([openaiMock?.close(), anthropicMock?.close()]);
});

function client(config: string, apiKey = gatewayKey): Anthropic {
  return new Anthropic({
    apiKey,
    baseURL: gateway.url,
    maxRetries: 0,
    defaultHeaders: { 'x-portkey-config': config },
  });
}

const hello: Anthropic.MessageCreateParamsNonStreaming = {
  model: 'gpt-4o-mini',
  max_tokens: 64,
  messages: [{ role: 'user', content: 'Say hello' }],
};

describe('the gateway speaks the Messages API', () => {
  it('translates for an OpenAI target; the gateway key never reaches the provider', async () => {
    const message = await client('to-openai').messages.create(hello);
    expect(message.type).toBe('message');
    expect(message.content).toEqual([{ type: 'text', text: 'Hello from chat.' }]);
    expect(message.stop_reason).toBe('end_turn');
    const sent = openaiMock.requests.at(-1)!;
    expect(sent.path).toBe('/v1/chat/completions');
    expect(sent.headers.authorization).toBe('Bearer sk-upstream-openai');
    expect(JSON.stringify(sent.headers)).not.toContain(gatewayKey);
  });

  it('streams the Messages event sequence for an OpenAI target', async () => {
    const stream = client('to-openai').messages.stream(hello);
    const types: string[] = [];
    stream.on('streamEvent', (event) => types.push(event.type));
    const message = await stream.finalMessage();
    expect(message.content).toEqual([{ type: 'text', text: 'Hello from chat.' }]);
    expect(types[0]).toBe('message_start');
    expect(types.at(-1)).toBe('message_stop');
    expect(types).toContain('content_block_delta');
  });

  it('passes through to Anthropic with the provider key, not the gateway key', async () => {
    const message = await client('to-anthropic').messages.create(hello);
    expect(message.content).toEqual([{ type: 'text', text: 'Hello from Anthropic.' }]);
    const sent = anthropicMock.requests.at(-1)!;
    expect(sent.headers['x-api-key']).toBe('sk-upstream-ant');
  });

  it("answers a wrong gateway key with a 401 in Anthropic's shape", async () => {
    const error = await client('to-openai', 'sk-not-a-gateway-key')
      .messages.create(hello)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.AuthenticationError);
    expect((error as InstanceType<typeof Anthropic.AuthenticationError>).error).toMatchObject({
      type: 'error',
      error: { type: 'authentication_error' },
    });
  });

  it('answers count_tokens for a target that cannot count with a 404 the SDK reads', async () => {
    const error = await client('to-openai')
      .messages.countTokens({ model: 'gpt-4o-mini', messages: hello.messages })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.NotFoundError);
  });
});
