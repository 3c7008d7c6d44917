import { compose, fetchTransport } from '@switchyard/core';
import {
  fixtureFiles,
  type NativeAnswer,
  type NativeServer,
  nativeJson,
  nativeSse,
  type RecordingFetch,
  recordingFetch,
  startNativeServer,
} from '@switchyard/testing';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anthropic } from './anthropic.js';

const { text: fixtureText, json: fixtureJson } = fixtureFiles(new URL('./fixtures/', import.meta.url));

// The official `openai` package (v6) as the client, Anthropic's wire format from a local server.
const apiKey = 'sk-ant-test-secret-key';
let server: NativeServer;
let answer: NativeAnswer;
let client: OpenAI;
let recording: RecordingFetch;

function sse(name: string): NativeAnswer {
  return nativeSse(fixtureText(name));
}

beforeAll(async () => {
  server = await startNativeServer(() => answer);
  const pipeline = compose(anthropic({ apiKey, baseURL: server.url }))(fetchTransport());
  recording = recordingFetch(pipeline);
  client = new OpenAI({
    apiKey: 'caller-key-not-for-anthropic',
    baseURL: 'http://switchyard.local/v1',
    maxRetries: 0,
    fetch: recording.fetch,
  });
});

afterAll(() => server.close());

describe('the openai SDK receiving Anthropic answers through toFetch', () => {
  it('parses a plain completion', async () => {
    answer = nativeJson(fixtureJson<{ response: { body: unknown } }>('chat-text.json').response.body);
    const completion = await client.chat.completions.create({
      model: 'claude-sonnet-4-5-20250929',
      messages: [{ role: 'user', content: 'Name a colour.' }],
    });
    expect(completion.choices[0]!.message.content).toBe('Green.');
    expect(completion.usage?.prompt_tokens_details?.cached_tokens).toBe(2000);
    expect(server.requests.at(-1)!.headers.authorization).toBeUndefined();
  });

  it('streams text with the SDK iterator and its final-message helper', async () => {
    answer = sse('stream-text.sse');
    const stream = await client.chat.completions.create({
      model: 'claude-sonnet-4-5-20250929',
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
    expect(text).toBe('Hello, wörld 👋');
    expect(usage).toMatchObject({ prompt_tokens: 35, completion_tokens: 15, total_tokens: 50 });

    answer = sse('stream-tools.sse');
    const runner = client.chat.completions.stream({
      model: 'claude-sonnet-4-5-20250929',
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
      ['toolu_01T1x1fJ34qAmk2tNTrN7Up6', 'get_weather', '{"city": "Paris"}'],
      ['toolu_02', 'get_time', '{}'],
    ]);
  });

  it('returns tool calls the SDK can run', async () => {
    answer = nativeJson(fixtureJson<{ response: { body: unknown } }>('chat-tool-call.json').response.body);
    const completion = await client.chat.completions.create({
      model: 'claude-sonnet-4-5-20250929',
      messages: [{ role: 'user', content: 'Weather in Paris and Rome?' }],
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } }],
    });
    const call = completion.choices[0]!.message.tool_calls?.[1];
    expect(call?.type === 'function' && JSON.parse(call.function.arguments)).toEqual({ city: 'Rome' });
    expect(completion.choices[0]!.finish_reason).toBe('tool_calls');
  });

  it('answers JSON the SDK parse helper accepts, plain and streamed', async () => {
    answer = nativeJson(fixtureJson<{ response: { body: unknown } }>('chat-json-schema.json').response.body);
    const schema = {
      type: 'object',
      properties: { name: { type: 'string' }, age: { type: 'integer' } },
      required: ['name', 'age'],
      additionalProperties: false,
    };
    const parsed = await client.chat.completions.parse({
      model: 'claude-sonnet-4-5-20250929',
      messages: [{ role: 'user', content: 'Extract: Ada, 36' }],
      response_format: { type: 'json_schema', json_schema: { name: 'person', schema, strict: true } },
    });
    expect(parsed.choices[0]!.message.parsed).toEqual({ name: 'Ada', age: 36 });
    expect(JSON.parse(server.requests.at(-1)!.body).tool_choice).toEqual({ type: 'tool', name: 'person' });

    answer = sse('stream-json.sse');
    const stream = await client.chat.completions.create({
      model: 'claude-haiku-4-5-20251001',
      messages: [{ role: 'user', content: 'Extract: Ada, 36' }],
      response_format: { type: 'json_schema', json_schema: { name: 'person', schema } },
      stream: true,
    });
    let content = '';
    for await (const chunk of stream) content += chunk.choices[0]?.delta.content ?? '';
    expect(JSON.parse(content)).toEqual({ name: 'Ada', age: 36 });
  });

  it('raises the SDK typed errors for Anthropic errors', async () => {
    const ask = () =>
      client.chat.completions.create({
        model: 'claude-sonnet-4-5',
        messages: [{ role: 'user', content: 'hi' }],
      });

    answer = nativeJson({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }, 529);
    const overloaded = await ask().catch((error: unknown) => error);
    expect(overloaded).toBeInstanceOf(OpenAI.InternalServerError);
    expect(overloaded).toMatchObject({ status: 529, type: 'overloaded_error', code: 'overloaded' });

    answer = nativeJson({ type: 'error', error: { type: 'rate_limit_error', message: 'Slow down' } }, 429, {
      'retry-after': '3',
    });
    const limited = await ask().catch((error: unknown) => error);
    expect(limited).toBeInstanceOf(OpenAI.RateLimitError);
    expect((limited as InstanceType<typeof OpenAI.RateLimitError>).headers.get('retry-after')).toBe('3');

    answer = nativeJson(
      { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } },
      401,
    );
    await expect(ask()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);

    answer = nativeJson(
      { type: 'error', error: { type: 'invalid_request_error', message: 'max_tokens: too large' } },
      400,
    );
    const invalid = await ask().catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(OpenAI.BadRequestError);

    for (const error of [overloaded, limited, invalid]) {
      const headers = Object.fromEntries((error as InstanceType<typeof OpenAI.APIError>).headers ?? []);
      expect(`${String(error)} ${JSON.stringify(error)} ${JSON.stringify(headers)}`).not.toContain(apiKey);
    }
  });

  it('raises an APIError from a stream that reports an error or is cut', async () => {
    const iterate = async () => {
      const stream = await client.chat.completions.create({
        model: 'claude-sonnet-4-5',
        messages: [{ role: 'user', content: 'hi' }],
        stream: true,
      });
      for await (const _chunk of stream) {
        // drain
      }
    };
    answer = sse('stream-overloaded.sse');
    const overloaded = await iterate().catch((error: unknown) => error);
    expect(overloaded).toBeInstanceOf(OpenAI.APIError);
    expect(String((overloaded as Error).message)).toContain('Overloaded');

    answer = {
      headers: { 'content-type': 'text/event-stream' },
      body: [fixtureText('stream-text.sse').slice(0, 600)],
      cut: true,
    };
    const cut = await iterate().catch((error: unknown) => error);
    expect(cut).toBeInstanceOf(OpenAI.APIError);
  });

  it('never lets the Anthropic API key reach the caller', () => {
    expect(recording.bodies.length).toBeGreaterThan(5);
    for (const body of recording.bodies) expect(body).not.toContain(apiKey);
  });
});
