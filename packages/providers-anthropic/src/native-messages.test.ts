import Anthropic, { type APIError } from '@anthropic-ai/sdk';
import { compose, fetchTransport, type Handler, type Middleware, toFetch } from '@switchyard/core';
import {
  fixtureFiles,
  type NativeAnswer,
  type NativeServer,
  nativeJson,
  nativeSse,
  startNativeServer,
} from '@switchyard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anthropic } from './anthropic.js';

const { text: fixtureText, json: fixtureJson } = fixtureFiles(new URL('./fixtures/', import.meta.url));

// The official Anthropic SDK as the client; anthropic() passes its Messages API through to a local
// server speaking Anthropic's wire format: bodies, streams and error bodies as they are.
const apiKey = 'sk-ant-provider-secret';
let server: NativeServer;
let answer: NativeAnswer;
let pipeline: Handler;
let client: Anthropic;
/** The `anthropic-version` the SDK sent, before the provider saw it. */
let callerVersion: string | null = null;
const recordVersion: Middleware = (next) => (request) => {
  callerVersion = request.headers.get('anthropic-version');
  return next(request);
};

function responseOf(name: string): unknown {
  return fixtureJson<{ response: { body: unknown } }>(name).response.body;
}

beforeAll(async () => {
  server = await startNativeServer(() => answer);
  pipeline = compose(anthropic({ apiKey, baseURL: server.url, beta: 'provider-beta-1' }))(fetchTransport());
  client = new Anthropic({
    apiKey: 'caller-key-not-for-anthropic',
    baseURL: 'http://switchyard.local',
    maxRetries: 0,
    defaultHeaders: { 'anthropic-beta': 'caller-beta-1' },
    fetch: toFetch(compose(recordVersion)(pipeline)),
  });
});

afterAll(() => server.close());

describe('anthropic() passing the Messages API through', () => {
  it('sends the body untouched with the provider key, and answers the native message', async () => {
    answer = nativeJson(responseOf('chat-text.json'), 200, { 'request-id': 'req_native_1' });
    const params: Anthropic.MessageCreateParamsNonStreaming = {
      model: 'claude-sonnet-4-5-20250929',
      max_tokens: 100,
      system: [{ type: 'text', text: 'Be brief.', cache_control: { type: 'ephemeral' } }],
      messages: [{ role: 'user', content: 'Name a colour.' }],
      thinking: { type: 'enabled', budget_tokens: 1024 },
    };
    const message = await client.messages.create(params);
    expect(message).toEqual(responseOf('chat-text.json'));
    const sent = server.requests.at(-1)!;
    expect(sent.path).toBe('/v1/messages');
    expect(JSON.parse(sent.body)).toEqual(params);
    expect(sent.headers['x-api-key']).toBe(apiKey);
    expect(sent.headers.authorization).toBeUndefined();
    // The caller's version: its body is written for it.
    expect(callerVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sent.headers['anthropic-version']).toBe(callerVersion);
    expect(sent.headers['anthropic-beta']).toBe('provider-beta-1,caller-beta-1');
  });

  it('streams Anthropic events through as they are', async () => {
    answer = nativeSse(fixtureText('stream-tools.sse'));
    const stream = client.messages.stream({
      model: 'claude-sonnet-4-5-20250929',
      max_tokens: 100,
      tools: [{ name: 'get_weather', input_schema: { type: 'object' } }],
      messages: [{ role: 'user', content: 'Weather in Paris?' }],
    });
    const message = await stream.finalMessage();
    expect(message.id).toBe('msg_stream_tools');
    expect(message.content[1]).toMatchObject({
      type: 'tool_use',
      name: 'get_weather',
      input: { city: 'Paris' },
    });
    expect(JSON.parse(server.requests.at(-1)!.body)).toMatchObject({ stream: true });
  });

  it('hands Anthropic error bodies and statuses back untouched', async () => {
    const body = {
      type: 'error',
      error: { type: 'overloaded_error', message: 'Overloaded' },
      request_id: 'req_o',
    };
    answer = nativeJson(body, 529);
    const error = await client.messages
      .create({
        model: 'claude-sonnet-4-5-20250929',
        max_tokens: 8,
        messages: [{ role: 'user', content: 'Hi' }],
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.APIError);
    expect((error as APIError).status).toBe(529);
    expect((error as APIError).error).toEqual(body);
  });

  it('passes count_tokens through', async () => {
    answer = nativeJson({ input_tokens: 14 });
    const counted = await client.messages.countTokens({
      model: 'claude-sonnet-4-5-20250929',
      messages: [{ role: 'user', content: 'How many tokens?' }],
    });
    expect(counted).toEqual({ input_tokens: 14 });
    expect(server.requests.at(-1)!.path).toBe('/v1/messages/count_tokens');
  });

  it('gives a caller without anthropic-version the provider one, and keeps the query', async () => {
    answer = nativeJson(responseOf('chat-text.json'));
    const response = await pipeline(
      new Request('http://switchyard.local/gateway/v1/messages?beta=true', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': 'caller-key' },
        body: JSON.stringify({ model: 'claude-sonnet-4-5-20250929', max_tokens: 8, messages: [] }),
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-switchyard-provider')).toBe('anthropic');
    await response.body?.cancel();
    const sent = server.requests.at(-1)!;
    expect(sent.path).toBe('/v1/messages?beta=true');
    expect(sent.headers['anthropic-version']).toBe('2023-06-01');
    expect(sent.headers['anthropic-beta']).toBe('provider-beta-1');
    expect(sent.headers['x-api-key']).toBe(apiKey);
  });
});
