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
import { bedrock } from './bedrock.js';
import { fixtureFrames } from './fixtures/event-stream-fixture.js';

const { json: fixtureJson } = fixtureFiles(new URL('./fixtures/', import.meta.url));

// The official `openai` package (v6) as the client; Bedrock's wire format (JSON and binary event
// stream) from a local server.
const credentials = {
  accessKeyId: 'AKIATESTACCESSKEY123',
  secretAccessKey: 'test/Secret+Access+Key/0123456789abcdef',
  sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN',
};
const claude = 'anthropic.claude-3-5-sonnet-20240620-v1:0';
let server: NativeServer;
let answer: NativeAnswer;
let client: OpenAI;
let recording: RecordingFetch;
const errors: unknown[] = [];

function frames(name: string): NativeAnswer {
  return { headers: { 'content-type': 'application/vnd.amazon.eventstream' }, body: fixtureFrames(name) };
}

function responseOf(name: string): unknown {
  return fixtureJson<{ response: { body: unknown } }>(name).response.body;
}

beforeAll(async () => {
  server = await startNativeServer(() => answer);
  recording = recordingFetch(
    compose(bedrock({ region: 'us-east-1', ...credentials, baseURL: server.url }))(fetchTransport()),
  );
  client = new OpenAI({
    apiKey: 'caller-key-not-for-aws',
    baseURL: 'http://switchyard.local/v1',
    maxRetries: 0,
    fetch: recording.fetch,
  });
});

afterAll(() => {
  // Neither answers nor thrown errors ever carry a key, token or signature.
  const everything = [
    ...recording.bodies,
    ...errors.map((error) => `${String(error)} ${JSON.stringify(error)}`),
  ].join('\n');
  for (const secret of Object.values(credentials)) expect(everything).not.toContain(secret);
  expect(server.requests.length).toBeGreaterThan(0);
  for (const request of server.requests) {
    const signature = /Signature=([0-9a-f]{64})/.exec(String(request.headers.authorization))?.[1];
    expect(signature).toBeDefined();
    expect(everything).not.toContain(signature);
  }
  return server.close();
});

describe('the openai SDK receiving Bedrock answers through toFetch', () => {
  it('parses a plain completion', async () => {
    answer = nativeJson(responseOf('chat-text.json'), 200, { 'x-amzn-requestid': 'req-sdk' });
    const completion = await client.chat.completions.create({
      model: claude,
      messages: [{ role: 'user', content: 'Name a colour.' }],
    });
    expect(completion.id).toBe('chatcmpl-req-sdk');
    expect(completion.choices[0]!.message.content).toBe('Green.');
    expect(completion.usage?.prompt_tokens_details?.cached_tokens).toBe(100);
  });

  it('streams text, and rebuilds streamed tool calls with its final-message helper', async () => {
    answer = frames('stream-text.json');
    const stream = await client.chat.completions.create({
      model: claude,
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

    answer = frames('stream-tools.json');
    const runner = client.chat.completions.stream({
      model: claude,
      messages: [{ role: 'user', content: 'Weather?' }],
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } }],
    });
    const final = await runner.finalChatCompletion();
    expect(final.choices[0]!.finish_reason).toBe('tool_calls');
    const calls = final.choices[0]!.message.tool_calls ?? [];
    expect(
      calls.map((call) =>
        call.type === 'function' ? [call.id, call.function.name, call.function.arguments] : [],
      ),
    ).toEqual([
      ['tooluse_1', 'get_weather', '{"city":"Paris"}'],
      ['tooluse_2', 'get_time', '{}'],
    ]);
  });

  it('returns tool calls, and JSON answers its parse helper accepts (plain and streamed)', async () => {
    answer = nativeJson(responseOf('chat-tools.json'));
    const tools = await client.chat.completions.create({
      model: 'us.meta.llama3-3-70b-instruct-v1:0',
      messages: [{ role: 'user', content: 'Weather in Oslo and the time?' }],
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } }],
    });
    expect(tools.choices[0]!.message.tool_calls?.map((call) => call.id)).toEqual(['tooluse_c', 'tooluse_d']);

    const responseFormat = {
      type: 'json_schema' as const,
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
    };
    answer = nativeJson(responseOf('chat-json-schema.json'));
    const parsed = await client.chat.completions.parse({
      model: 'amazon.nova-pro-v1:0',
      messages: [{ role: 'user', content: 'A colour as JSON' }],
      response_format: responseFormat,
    });
    expect(parsed.choices[0]!.message.parsed).toEqual({ name: 'green', hex: '#00ff00' });

    answer = frames('stream-json.json');
    const streamed = await client.chat.completions
      .stream({
        model: 'amazon.nova-pro-v1:0',
        messages: [{ role: 'user', content: 'A colour as JSON' }],
        response_format: responseFormat,
      })
      .finalChatCompletion();
    expect(streamed.choices[0]!.finish_reason).toBe('stop');
    expect(JSON.parse(streamed.choices[0]!.message.content ?? '')).toEqual({ name: 'green', hex: '#00ff00' });
  });

  it('decodes embeddings the SDK asked for as base64', async () => {
    answer = nativeJson({
      id: 'e',
      embeddings: [[0.5, 0.25]],
      texts: ['a'],
      response_type: 'embeddings_floats',
    });
    const result = await client.embeddings.create({ model: 'cohere.embed-multilingual-v3', input: 'a' });
    expect(result.data[0]!.embedding).toEqual([0.5, 0.25]);
  });

  it('raises the SDK typed errors for Bedrock error answers and stream exceptions', async () => {
    const request = { model: claude, messages: [{ role: 'user' as const, content: 'x' }] };
    answer = nativeJson({ message: 'Too many requests' }, 429, { 'x-amzn-errortype': 'ThrottlingException' });
    const throttled = await client.chat.completions.create(request).catch((error: unknown) => error);
    errors.push(throttled);
    expect(throttled).toBeInstanceOf(OpenAI.RateLimitError);
    expect((throttled as InstanceType<typeof OpenAI.RateLimitError>).code).toBe('rate_limit_exceeded');

    answer = nativeJson({ message: 'The security token included in the request is invalid.' }, 403, {
      'x-amzn-errortype': 'UnrecognizedClientException',
    });
    const denied = await client.chat.completions.create(request).catch((error: unknown) => error);
    errors.push(denied);
    expect(denied).toBeInstanceOf(OpenAI.PermissionDeniedError);

    answer = nativeJson({ message: 'Malformed input request: extraneous key [foo]' }, 400, {
      'x-amzn-errortype': 'ValidationException',
    });
    const invalid = await client.chat.completions.create(request).catch((error: unknown) => error);
    errors.push(invalid);
    expect(invalid).toBeInstanceOf(OpenAI.BadRequestError);

    answer = frames('stream-throttled.json');
    const stream = await client.chat.completions.create({ ...request, stream: true });
    const broken = await (async () => {
      for await (const _chunk of stream) {
        // read until the error event
      }
    })().catch((error: unknown) => error);
    errors.push(broken);
    expect(broken).toBeInstanceOf(OpenAI.APIError);
    expect((broken as Error).message).toContain('Too many tokens');
  });
});
