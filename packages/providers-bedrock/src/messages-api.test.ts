import Anthropic, { type APIError } from '@anthropic-ai/sdk';
import { compose, fetchTransport, toFetch } from '@switchyard/core';
import {
  fixtureFiles,
  type NativeAnswer,
  type NativeServer,
  nativeJson,
  startNativeServer,
} from '@switchyard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bedrock } from './bedrock.js';
import { fixtureFrames } from './fixtures/event-stream-fixture.js';

const { json: fixtureJson } = fixtureFiles(new URL('./fixtures/', import.meta.url));

// The official Anthropic SDK as the client; Bedrock's Converse wire format (JSON and binary event
// stream) from a local server. bedrock() answers /v1/messages through its chat translation.
const credentials = {
  accessKeyId: 'AKIATESTACCESSKEY123',
  secretAccessKey: 'test/Secret+Access+Key/0123456789abcdef',
};
const llama = 'us.meta.llama3-3-70b-instruct-v1:0';
let server: NativeServer;
let answer: NativeAnswer;
let client: Anthropic;

function responseOf(name: string): unknown {
  return fixtureJson<{ response: { body: unknown } }>(name).response.body;
}

function lastNative(): { path: string; body: Record<string, unknown> } {
  const request = server.requests.at(-1)!;
  return { path: request.path, body: JSON.parse(request.body) };
}

beforeAll(async () => {
  server = await startNativeServer(() => answer);
  client = new Anthropic({
    apiKey: 'caller-key-not-for-aws',
    baseURL: 'http://switchyard.local',
    maxRetries: 0,
    fetch: toFetch(
      compose(bedrock({ region: 'us-east-1', ...credentials, baseURL: server.url }))(fetchTransport()),
    ),
  });
});

afterAll(() => server.close());

describe('the Anthropic SDK against Bedrock Converse', () => {
  it('creates a plain text message, cached input reported apart', async () => {
    answer = nativeJson(responseOf('chat-text.json'));
    const message = await client.messages.create({
      model: llama,
      max_tokens: 100,
      temperature: 0.3,
      system: 'Be brief.',
      messages: [{ role: 'user', content: 'Name a colour.' }],
    } as Anthropic.MessageCreateParamsNonStreaming);
    expect(message).toMatchObject({
      content: [{ type: 'text', text: 'Green.' }],
      stop_reason: 'end_turn',
      usage: { input_tokens: 10, output_tokens: 2, cache_read_input_tokens: 100 },
    });
    const native = lastNative();
    expect(native.path).toBe(`/model/${encodeURIComponent(llama)}/converse`);
    expect(native.body).toMatchObject({
      system: [{ text: 'Be brief.' }],
      messages: [{ role: 'user', content: [{ text: 'Name a colour.' }] }],
      inferenceConfig: { maxTokens: 100, temperature: 0.3 },
    });
    expect(String(server.requests.at(-1)!.headers.authorization)).toMatch(/^AWS4-HMAC-SHA256 /);
  });

  it('round-trips tool_use blocks and their tool_result', async () => {
    answer = nativeJson(responseOf('chat-tools.json'));
    const tools: Anthropic.Tool[] = [
      { name: 'get_weather', input_schema: { type: 'object', properties: { city: { type: 'string' } } } },
      { name: 'get_time', input_schema: { type: 'object', properties: {} } },
    ];
    const question: Anthropic.MessageParam = { role: 'user', content: 'Weather in Oslo, and the time?' };
    const first = await client.messages.create({
      model: llama,
      max_tokens: 100,
      tools,
      messages: [question],
    });
    expect(first.stop_reason).toBe('tool_use');
    expect(first.content).toEqual([
      { type: 'text', text: 'Checking.' },
      { type: 'tool_use', id: 'tooluse_c', name: 'get_weather', input: { city: 'Oslo' } },
      { type: 'tool_use', id: 'tooluse_d', name: 'get_time', input: {} },
    ]);

    answer = nativeJson(responseOf('chat-text.json'));
    await client.messages.create({
      model: llama,
      max_tokens: 100,
      tools,
      messages: [
        question,
        { role: 'assistant', content: first.content },
        {
          role: 'user',
          content: [
            { type: 'tool_result', tool_use_id: 'tooluse_c', content: '{"temp_c":4}' },
            { type: 'tool_result', tool_use_id: 'tooluse_d', content: '09:30' },
          ],
        },
      ],
    });
    const messages = lastNative().body.messages as Array<{ role: string; content: unknown[] }>;
    expect(messages[1]).toEqual({
      role: 'assistant',
      content: [
        { text: 'Checking.' },
        { toolUse: { toolUseId: 'tooluse_c', name: 'get_weather', input: { city: 'Oslo' } } },
        { toolUse: { toolUseId: 'tooluse_d', name: 'get_time', input: {} } },
      ],
    });
    expect(messages[2]!.role).toBe('user');
    expect(messages[2]!.content).toMatchObject([
      { toolResult: { toolUseId: 'tooluse_c' } },
      { toolResult: { toolUseId: 'tooluse_d' } },
    ]);
  });

  it('sends an image as bytes', async () => {
    answer = nativeJson(responseOf('chat-text.json'));
    await client.messages.create({
      model: llama,
      max_tokens: 50,
      messages: [
        {
          role: 'user',
          content: [
            { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
            { type: 'text', text: 'What is this?' },
          ],
        },
      ],
    });
    expect((lastNative().body.messages as unknown[])[0]).toEqual({
      role: 'user',
      content: [{ image: { format: 'png', source: { bytes: 'iVBORw0KGgo=' } } }, { text: 'What is this?' }],
    });
  });

  it('streams a ConverseStream answer in Anthropic event order', async () => {
    answer = {
      headers: { 'content-type': 'application/vnd.amazon.eventstream' },
      body: fixtureFrames('stream-text.json'),
    };
    const stream = client.messages.stream({
      model: llama,
      max_tokens: 50,
      messages: [{ role: 'user', content: 'Say hello.' }],
    });
    const types: string[] = [];
    stream.on('streamEvent', (event) => types.push(event.type));
    const message = await stream.finalMessage();
    expect(types[0]).toBe('message_start');
    expect(types.slice(-3)).toEqual(['content_block_stop', 'message_delta', 'message_stop']);
    expect(message.content).toEqual([{ type: 'text', text: 'Hello, wörld 👋!' }]);
    expect(message.usage).toMatchObject({ input_tokens: 5, output_tokens: 4 });
    expect(lastNative().path).toBe(`/model/${encodeURIComponent(llama)}/converse-stream`);
  });

  it('raises RateLimitError with rate_limit_error for a throttled call', async () => {
    answer = nativeJson({ message: 'Too many requests' }, 429, { 'x-amzn-errortype': 'ThrottlingException' });
    const error = await client.messages
      .create({ model: llama, max_tokens: 10, messages: [{ role: 'user', content: 'Hi' }] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.RateLimitError);
    expect((error as APIError).type).toBe('rate_limit_error');
    expect(JSON.stringify((error as APIError).error)).not.toContain(credentials.secretAccessKey);
  });
});
