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
import { gemini } from './gemini.js';

const { text: fixtureText, json: fixtureJson } = fixtureFiles(new URL('./fixtures/', import.meta.url));

// The official Anthropic SDK as the client; Gemini's wire format from a local server. gemini()
// answers /v1/messages through its chat translation (messagesOverChat in front).
const apiKey = 'AIza-test-secret-gemini-key';
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
    apiKey: 'caller-key-not-for-gemini',
    baseURL: 'http://switchyard.local',
    maxRetries: 0,
    fetch: toFetch(compose(gemini({ apiKey, baseURL: server.url }))(fetchTransport())),
  });
});

afterAll(() => server.close());

describe('the Anthropic SDK against Gemini', () => {
  it('creates a plain text message from a generateContent answer', async () => {
    answer = nativeJson(responseOf('chat-text.json'));
    const message = await client.messages.create({
      model: 'gemini-2.5-flash',
      max_tokens: 300,
      system: 'Answer with one word.',
      messages: [{ role: 'user', content: 'Name a colour.' }],
    });
    expect(message).toMatchObject({
      type: 'message',
      role: 'assistant',
      content: [{ type: 'text', text: 'Green.' }],
      stop_reason: 'end_turn',
    });
    expect(message.usage.input_tokens + (message.usage.cache_read_input_tokens ?? 0)).toBe(12);
    const native = lastNative();
    expect(native.path).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
    expect(native.body).toMatchObject({
      systemInstruction: { parts: [{ text: 'Answer with one word.' }] },
      contents: [{ role: 'user', parts: [{ text: 'Name a colour.' }] }],
      generationConfig: { maxOutputTokens: 300 },
    });
    expect(server.requests.at(-1)!.headers['x-goog-api-key']).toBe(apiKey);
    expect(server.requests.at(-1)!.headers['x-api-key']).toBeUndefined();
  });

  it('round-trips tool_use blocks and their tool_result', async () => {
    answer = nativeJson(responseOf('chat-tools.json'));
    const tools: Anthropic.Tool[] = [
      { name: 'get_weather', input_schema: { type: 'object', properties: { city: { type: 'string' } } } },
      { name: 'get_time', input_schema: { type: 'object', properties: {} } },
    ];
    const question: Anthropic.MessageParam = { role: 'user', content: 'Weather in Oslo, and the time?' };
    const first = await client.messages.create({
      model: 'gemini-2.5-flash',
      max_tokens: 300,
      tools,
      tool_choice: { type: 'any' },
      messages: [question],
    });
    expect(first.stop_reason).toBe('tool_use');
    expect(first.content).toMatchObject([
      { type: 'text', text: 'Checking.' },
      { type: 'tool_use', name: 'get_weather', input: { city: 'Oslo' } },
      { type: 'tool_use', name: 'get_time', input: {} },
    ]);
    expect(lastNative().body).toMatchObject({ toolConfig: { functionCallingConfig: { mode: 'ANY' } } });

    answer = nativeJson(responseOf('chat-text.json'));
    const [, weather, time] = first.content as [
      Anthropic.TextBlock,
      Anthropic.ToolUseBlock,
      Anthropic.ToolUseBlock,
    ];
    const second = await client.messages.create({
      model: 'gemini-2.5-flash',
      max_tokens: 300,
      tools,
      messages: [
        question,
        { role: 'assistant', content: first.content },
        {
          role: 'user',
          content: [
            { type: 'tool_result', tool_use_id: weather.id, content: '{"temp_c":4}' },
            { type: 'tool_result', tool_use_id: time.id, content: [{ type: 'text', text: '09:30' }] },
          ],
        },
      ],
    });
    expect(second.content).toEqual([{ type: 'text', text: 'Green.' }]);
    expect((lastNative().body.contents as unknown[]).at(-1)).toEqual({
      role: 'user',
      parts: [
        { functionResponse: { name: 'get_weather', response: { temp_c: 4 } } },
        { functionResponse: { name: 'get_time', response: { content: '09:30' } } },
      ],
    });
  });

  it('sends an image as inline data', async () => {
    answer = nativeJson(responseOf('chat-text.json'));
    await client.messages.create({
      model: 'gemini-2.5-flash',
      max_tokens: 50,
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is this?' },
            { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
          ],
        },
      ],
    });
    expect(lastNative().body.contents).toEqual([
      {
        role: 'user',
        parts: [{ text: 'What is this?' }, { inlineData: { mimeType: 'image/png', data: 'iVBORw0KGgo=' } }],
      },
    ]);
  });

  it('streams text in Anthropic event order, the SDK accumulating the final message', async () => {
    answer = {
      headers: { 'content-type': 'text/event-stream' },
      body: fixtureText('stream-text.sse').split(/(?<=\n\n)/),
    };
    const stream = client.messages.stream({
      model: 'gemini-2.5-flash',
      max_tokens: 50,
      messages: [{ role: 'user', content: 'Say hello.' }],
    });
    const types: string[] = [];
    stream.on('streamEvent', (event) => types.push(event.type));
    const message = await stream.finalMessage();
    expect(types).toEqual([
      'message_start',
      'content_block_start',
      'content_block_delta',
      'content_block_delta',
      'content_block_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    expect(message.content).toEqual([{ type: 'text', text: 'Hello, wörld 👋!' }]);
    expect(message.stop_reason).toBe('end_turn');
    expect(message.usage).toMatchObject({ input_tokens: 5, output_tokens: 4 });
    expect(lastNative().path).toBe('/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse');
  });

  it('raises RateLimitError with rate_limit_error for a Gemini 429', async () => {
    answer = nativeJson(
      { error: { code: 429, message: 'Quota exceeded', status: 'RESOURCE_EXHAUSTED' } },
      429,
    );
    const error = await client.messages
      .create({ model: 'gemini-2.5-flash', max_tokens: 10, messages: [{ role: 'user', content: 'Hi' }] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.RateLimitError);
    expect((error as APIError).type).toBe('rate_limit_error');
    expect((error as APIError).message).toContain('Quota exceeded');
    expect(String(error)).not.toContain(apiKey);
  });

  it('answers count_tokens with a not-found error: Gemini is not asked', async () => {
    const calls = server.requests.length;
    const error = await client.messages
      .countTokens({ model: 'gemini-2.5-flash', messages: [{ role: 'user', content: 'Hi' }] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.NotFoundError);
    expect(server.requests.length).toBe(calls);
  });
});
