import { ConfigError, compose, fetchTransport, toFetch } from '@switchyard/core';
import {
  fixtureFiles,
  type NativeAnswer,
  type NativeServer,
  nativeJson,
  nativeSse,
  startNativeServer,
} from '@switchyard/testing';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vertex } from './vertex.js';
import { vertexAnthropicErrorCode } from './vertex-anthropic-error.js';

const fixtures = fixtureFiles(new URL('./fixtures/', import.meta.url));

let server: NativeServer;
let answer: NativeAnswer;
beforeAll(async () => {
  server = await startNativeServer(() => answer);
});
afterAll(() => server.close());

const claudePath =
  '/v1/projects/my-project/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-5@20250929';

function pipeline() {
  const provider = vertex({
    project: 'my-project',
    region: 'us-east5',
    accessToken: 'ya29.vertex-token',
    baseURL: server.url,
  });
  return compose(provider)(fetchTransport());
}

function client(): OpenAI {
  return new OpenAI({ apiKey: 'not-sent', fetch: toFetch(pipeline()), maxRetries: 0 });
}

const last = () => server.requests.at(-1)!;

describe('Claude on Vertex AI through the openai SDK', () => {
  it('sends rawPredict with the model in the URL and anthropic_version in the body', async () => {
    answer = nativeJson(fixtures.json('vertex-anthropic-message.json'));
    const completion = await client().chat.completions.create({
      model: 'claude-sonnet-4-5@20250929',
      messages: [
        { role: 'system', content: 'One word.' },
        { role: 'user', content: 'Capital of France?' },
      ],
      max_tokens: 50,
    });
    expect(last().path).toBe(`${claudePath}:rawPredict`);
    expect(last().headers.authorization).toBe('Bearer ya29.vertex-token');
    expect(JSON.parse(last().body)).toEqual({
      anthropic_version: 'vertex-2023-10-16',
      system: 'One word.',
      messages: [{ role: 'user', content: 'Capital of France?' }],
      max_tokens: 50,
    });
    expect(completion.choices[0]).toMatchObject({
      message: { role: 'assistant', content: 'Paris.' },
      finish_reason: 'stop',
    });
    expect(completion.usage).toMatchObject({ prompt_tokens: 21, completion_tokens: 4 });
  });

  it('answers a refusal without content as a content_filter error, as from Anthropic itself', async () => {
    answer = nativeJson({
      ...(fixtures.json('vertex-anthropic-message.json') as Record<string, unknown>),
      content: [],
      stop_reason: 'refusal',
    });
    const refused = await client()
      .chat.completions.create({
        model: 'claude-sonnet-4-5@20250929',
        messages: [{ role: 'user', content: 'Something Claude refuses.' }],
      })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(OpenAI.BadRequestError);
    expect((refused as InstanceType<typeof OpenAI.BadRequestError>).code).toBe('content_filter');
  });

  it('streams through streamRawPredict', async () => {
    answer = nativeSse(fixtures.text('vertex-anthropic-stream.sse'));
    const stream = await client().chat.completions.create({
      model: 'claude-sonnet-4-5@20250929',
      messages: [{ role: 'user', content: 'Capital of France?' }],
      stream: true,
    });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    expect(last().path).toBe(`${claudePath}:streamRawPredict`);
    expect(JSON.parse(last().body)).toMatchObject({ anthropic_version: 'vertex-2023-10-16', stream: true });
    expect(JSON.parse(last().body).model).toBeUndefined();
    expect(text).toBe('Paris.');
  });

  it("answers a stream whose first event is Claude's overloaded_error as a 503", async () => {
    answer = nativeSse(
      'event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n',
    );
    const error = await client()
      .chat.completions.create({
        model: 'claude-sonnet-4-5@20250929',
        messages: [{ role: 'user', content: 'hi' }],
        stream: true,
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect(error).toMatchObject({ status: 503, code: 'overloaded', message: '503 Overloaded' });
  });

  it('still sends Gemini models to generateContent', async () => {
    answer = nativeJson(fixtures.json<{ response: { body: unknown } }>('chat-text.json').response.body);
    await client().chat.completions.create({
      model: 'gemini-2.5-flash',
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(last().path).toBe(
      '/v1/projects/my-project/locations/us-east5/publishers/google/models/gemini-2.5-flash:generateContent',
    );
  });

  it("answers Anthropic's Messages API for Claude through rawPredict", async () => {
    answer = nativeJson(fixtures.json('vertex-anthropic-message.json'));
    const response = await toFetch(pipeline())('http://switchyard.local/v1/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'claude-sonnet-4-5@20250929',
        max_tokens: 20,
        messages: [{ role: 'user', content: 'Capital of France?' }],
      }),
    });
    expect(last().path).toBe(`${claudePath}:rawPredict`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      type: 'message',
      content: [{ type: 'text', text: 'Paris.' }],
    });
  });
});

describe('errors of Claude on Vertex AI', () => {
  it.each([
    [
      529,
      { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
      'overloaded',
      'Overloaded',
    ],
    [
      400,
      {
        type: 'error',
        error: {
          type: 'invalid_request_error',
          message: 'prompt is too long: 210000 tokens > 200000 maximum',
        },
      },
      'context_length_exceeded',
      'prompt is too long: 210000 tokens > 200000 maximum',
    ],
    [
      429,
      {
        error: {
          code: 429,
          message: 'Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model',
          status: 'RESOURCE_EXHAUSTED',
        },
      },
      'rate_limit_exceeded',
      'Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model',
    ],
    [
      403,
      {
        error: {
          code: 403,
          message: 'Permission denied on resource project my-project.',
          status: 'PERMISSION_DENIED',
        },
      },
      'permission_denied',
      'Permission denied on resource project my-project.',
    ],
  ])('maps a %i to %s, status and message kept', async (status, body, code, message) => {
    answer = nativeJson(body, status);
    const error = await client()
      .chat.completions.create({
        model: 'claude-sonnet-4-5@20250929',
        messages: [{ role: 'user', content: 'hi' }],
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect(error).toMatchObject({ status, code, message: `${status} ${message}` });
  });

  it('codes what nothing in the body explains by status', () => {
    expect(vertexAnthropicErrorCode(503, undefined, 'Service Unavailable')).toBe('overloaded');
    expect(
      vertexAnthropicErrorCode(
        400,
        { type: 'invalid_request_error' },
        'messages: at least one message is required',
      ),
    ).toBe('invalid_request');
    expect(vertexAnthropicErrorCode(404, { status: 'NOT_FOUND' }, 'Publisher model not found')).toBe(
      'model_not_found',
    );
  });
});

it('refuses a defaultMaxTokens that is not a positive integer, as a ConfigError', () => {
  expect(() => vertex({ project: 'p', accessToken: 't', defaultMaxTokens: 0 })).toThrow(
    new ConfigError(['vertex: defaultMaxTokens must be an integer >= 1; got 0']),
  );
});
