import { compose, fetchTransport } from '@switchyard/core';
import {
  fixtureFiles,
  type NativeAnswer,
  type NativeServer,
  nativeJson,
  type RecordingFetch,
  recordingFetch,
  startNativeServer,
} from '@switchyard/testing';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gemini } from './gemini.js';

const { text: fixtureText, json: fixtureJson } = fixtureFiles(new URL('./fixtures/', import.meta.url));

// The official `openai` package (v6) as the client; Gemini's wire format from a local server.
const apiKey = 'AIza-test-secret-gemini-key';
let server: NativeServer;
let answer: NativeAnswer;
let client: OpenAI;
let recording: RecordingFetch;

function responseOf(name: string): unknown {
  return fixtureJson<{ response: { body: unknown } }>(name).response.body;
}

beforeAll(async () => {
  server = await startNativeServer(() => answer);
  recording = recordingFetch(compose(gemini({ apiKey, baseURL: server.url }))(fetchTransport()));
  client = new OpenAI({
    apiKey: 'caller-key-not-for-gemini',
    baseURL: 'http://switchyard.local/v1',
    maxRetries: 0,
    fetch: recording.fetch,
  });
});

afterAll(() => {
  expect(recording.bodies.length).toBeGreaterThan(0);
  for (const text of recording.bodies) expect(text).not.toContain(apiKey);
  return server.close();
});

describe('the openai SDK receiving Gemini answers through toFetch', () => {
  it('parses a plain completion with usage details', async () => {
    answer = nativeJson(responseOf('chat-text.json'));
    const completion = await client.chat.completions.create({
      model: 'gemini-2.5-flash',
      messages: [{ role: 'user', content: 'Name a colour.' }],
    });
    expect(completion.choices[0]!.message.content).toBe('Green.');
    expect(completion.usage).toMatchObject({ prompt_tokens: 12, completion_tokens: 18, total_tokens: 30 });
    expect(completion.usage?.completion_tokens_details?.reasoning_tokens).toBe(16);
    expect(server.requests.at(-1)!.headers.authorization).toBeUndefined();
  });

  it('streams text, and rebuilds streamed tool calls with its final-message helper', async () => {
    answer = {
      headers: { 'content-type': 'text/event-stream' },
      body: fixtureText('stream-text.sse').split(/(?<=\r\n\r\n)/),
    };
    const stream = await client.chat.completions.create({
      model: 'gemini-2.5-flash',
      messages: [{ role: 'user', content: 'Hi' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toBe('Hello, wörld 👋!');
    expect(usage).toEqual({ prompt_tokens: 5, completion_tokens: 4, total_tokens: 9 });

    answer = { headers: { 'content-type': 'text/event-stream' }, body: fixtureText('stream-tools.sse') };
    const runner = client.chat.completions.stream({
      model: 'gemini-2.5-flash',
      messages: [{ role: 'user', content: 'Weather?' }],
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } }],
    });
    const final = await runner.finalChatCompletion();
    expect(final.choices[0]!.finish_reason).toBe('tool_calls');
    const calls = final.choices[0]!.message.tool_calls ?? [];
    expect(
      calls.map((call) =>
        call.type === 'function' ? [call.function.name, JSON.parse(call.function.arguments)] : [],
      ),
    ).toEqual([
      ['get_weather', { city: 'Paris' }],
      ['get_time', {}],
    ]);
  });

  it('returns tool calls and JSON answers the SDK can parse', async () => {
    answer = nativeJson(responseOf('chat-tools.json'));
    const tools = await client.chat.completions.create({
      model: 'gemini-2.5-flash',
      messages: [{ role: 'user', content: 'Weather in Oslo and the time?' }],
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } }],
    });
    expect(tools.choices[0]!.finish_reason).toBe('tool_calls');
    expect(tools.choices[0]!.message.tool_calls).toHaveLength(2);

    answer = nativeJson(responseOf('chat-json-schema.json'));
    const parsed = await client.chat.completions.parse({
      model: 'gemini-2.0-flash',
      messages: [{ role: 'user', content: 'A colour as JSON' }],
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'colour',
          strict: true,
          schema: {
            type: 'object',
            properties: { name: { type: 'string' }, hex: { type: 'string' } },
            required: ['name', 'hex'],
            additionalProperties: false,
          },
        },
      },
    });
    expect(parsed.choices[0]!.message.parsed).toEqual({ name: 'green', hex: '#00ff00' });
    expect(JSON.parse(server.requests.at(-1)!.body).generationConfig.responseMimeType).toBe(
      'application/json',
    );
  });

  it('decodes embeddings the SDK asked for as base64', async () => {
    answer = nativeJson({ embeddings: [{ values: [0.5, 0.25] }, { values: [-1, 2] }] });
    const result = await client.embeddings.create({ model: 'gemini-embedding-001', input: ['a', 'b'] });
    expect(result.data.map((item) => item.embedding)).toEqual([
      [0.5, 0.25],
      [-1, 2],
    ]);
  });

  it('raises the SDK typed errors for Gemini error answers', async () => {
    answer = nativeJson(
      { error: { code: 429, message: 'Quota exceeded', status: 'RESOURCE_EXHAUSTED' } },
      429,
    );
    const request = { model: 'gemini-2.5-flash', messages: [{ role: 'user' as const, content: 'x' }] };
    const rateLimited = await client.chat.completions.create(request).catch((error: unknown) => error);
    expect(rateLimited).toBeInstanceOf(OpenAI.RateLimitError);
    expect((rateLimited as InstanceType<typeof OpenAI.RateLimitError>).code).toBe('rate_limit_exceeded');

    answer = nativeJson(
      { error: { code: 400, message: 'Invalid JSON payload', status: 'INVALID_ARGUMENT' } },
      400,
    );
    const bad = await client.chat.completions.create(request).catch((error: unknown) => error);
    expect(bad).toBeInstanceOf(OpenAI.BadRequestError);
    expect((bad as Error).message).toContain('Invalid JSON payload');

    answer = { headers: { 'content-type': 'text/event-stream' }, body: fixtureText('stream-error.sse') };
    const stream = await client.chat.completions.create({ ...request, stream: true });
    const broken = await (async () => {
      for await (const _chunk of stream) {
        // read until the error event
      }
    })().catch((error: unknown) => error);
    expect(broken).toBeInstanceOf(OpenAI.APIError);
    expect((broken as Error).message).toContain('The model is overloaded');
  });
});
