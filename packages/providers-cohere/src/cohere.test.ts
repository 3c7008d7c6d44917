import { ConfigError, compose, fetchTransport, toFetch } from '@switchyard/core';
import {
  fixtureFiles,
  type NativeAnswer,
  type NativeServer,
  nativeJson,
  nativeSse,
  scripted,
  startNativeServer,
} from '@switchyard/testing';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cohere } from './cohere.js';

const fixtures = fixtureFiles(new URL('./fixtures/', import.meta.url));

let server: NativeServer;
let answer: NativeAnswer;
beforeAll(async () => {
  server = await startNativeServer(() => answer);
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

function client(): OpenAI {
  const provider = cohere({ apiKey: 'co-key', baseURL: server.url });
  return new OpenAI({
    apiKey: 'caller-key',
    fetch: toFetch(compose(provider)(fetchTransport())),
    maxRetries: 0,
  });
}

function sent(): { path: string; authorization: string | undefined; body: Record<string, unknown> } {
  const request = server.requests.at(-1)!;
  return {
    path: request.path,
    authorization: request.headers.authorization,
    body: JSON.parse(request.body) as Record<string, unknown>,
  };
}

const weatherTool = {
  type: 'function' as const,
  function: {
    name: 'get_weather',
    description: 'Weather in a city',
    parameters: { type: 'object', properties: { location: { type: 'string' } }, required: ['location'] },
  },
};

describe('chat through the openai SDK', () => {
  it("translates a chat request to /v2/chat and Cohere's answer back", async () => {
    answer = nativeJson(fixtures.json('chat-text.json'));
    const completion = await client().chat.completions.create({
      model: 'command-a-03-2025',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'What is an LLM?' },
      ],
      max_completion_tokens: 100,
      top_p: 0.9,
      stop: 'END',
      temperature: 0.3,
    });
    expect(sent()).toEqual({
      path: '/v2/chat',
      authorization: 'Bearer co-key',
      body: {
        model: 'command-a-03-2025',
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'What is an LLM?' },
        ],
        max_tokens: 100,
        p: 0.9,
        stop_sequences: ['END'],
        temperature: 0.3,
      },
    });
    expect(completion).toMatchObject({
      id: 'c14c80c3-18eb-4519-9460-6c92edd8cfb4',
      object: 'chat.completion',
      model: 'command-a-03-2025',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'LLMs stand for Large Language Models.' },
          finish_reason: 'stop',
        },
      ],
      usage: { prompt_tokens: 215, completion_tokens: 12, total_tokens: 227 },
    });
  });

  it('sends tools, a named tool choice and tool results; answers tool calls', async () => {
    answer = nativeJson(fixtures.json('chat-tool-call.json'));
    const completion = await client().chat.completions.create({
      model: 'command-a-03-2025',
      messages: [
        { role: 'user', content: 'Weather in Toronto?' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_1',
              type: 'function',
              function: { name: 'get_weather', arguments: '{"location":"Paris"}' },
            },
          ],
        },
        { role: 'tool', tool_call_id: 'call_1', content: '{"temperature":21}' },
      ],
      tools: [weatherTool, { type: 'function', function: { name: 'get_time' } }],
      tool_choice: { type: 'function', function: { name: 'get_weather' } },
    });
    const body = sent().body;
    expect(body.messages).toEqual([
      { role: 'user', content: 'Weather in Toronto?' },
      {
        role: 'assistant',
        tool_calls: [
          {
            id: 'call_1',
            type: 'function',
            function: { name: 'get_weather', arguments: '{"location":"Paris"}' },
          },
        ],
      },
      { role: 'tool', tool_call_id: 'call_1', content: '{"temperature":21}' },
    ]);
    expect(body.tools).toEqual([weatherTool]);
    expect(body.tool_choice).toBe('REQUIRED');
    expect(completion.choices[0]).toMatchObject({
      finish_reason: 'tool_calls',
      message: {
        content: null,
        tool_calls: [
          {
            id: 'get_weather_1byjy32y4hvq',
            type: 'function',
            function: { name: 'get_weather', arguments: '{"location":"Toronto"}' },
          },
        ],
      },
    });
  });

  it("passes Cohere's own parameters on and leaves out what Cohere has no counterpart for", async () => {
    answer = nativeJson(fixtures.json('chat-text.json'));
    await client().chat.completions.create({
      model: 'command-a-03-2025',
      messages: [{ role: 'user', content: 'What is our refund policy?' }],
      logit_bias: { '42': 1 },
      user: 'user-1',
      documents: [{ id: 'policy', data: { text: 'Refunds within 30 days.' } }],
      safety_mode: 'STRICT',
    } as OpenAI.ChatCompletionCreateParamsNonStreaming);
    expect(sent().body).toEqual({
      model: 'command-a-03-2025',
      messages: [{ role: 'user', content: 'What is our refund policy?' }],
      documents: [{ id: 'policy', data: { text: 'Refunds within 30 days.' } }],
      safety_mode: 'STRICT',
    });
  });

  it('asks for JSON with the schema of response_format', async () => {
    answer = nativeJson(fixtures.json('chat-text.json'));
    const schema = { type: 'object', properties: { answer: { type: 'string' } } };
    await client().chat.completions.create({
      model: 'command-a-03-2025',
      messages: [{ role: 'user', content: 'hi' }],
      response_format: { type: 'json_schema', json_schema: { name: 'a', schema } },
    });
    expect(sent().body.response_format).toEqual({ type: 'json_object', json_schema: schema });
  });

  it("streams Cohere's events as OpenAI chunks, usage last when asked", async () => {
    answer = nativeSse(fixtures.text('stream-text.sse'));
    const stream = await client().chat.completions.create({
      model: 'command-a-03-2025',
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(sent().body.stream).toBe(true);
    expect(chunks.map((chunk) => chunk.choices[0]?.delta.content ?? null).join('')).toBe('Hello there!');
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('stop');
    expect(chunks.at(-1)).toMatchObject({
      id: '29f14a5a-11de-4cae-9800-25e4747408ea',
      model: 'command-a-03-2025',
      choices: [],
      usage: { prompt_tokens: 69, completion_tokens: 3, total_tokens: 72 },
    });
  });

  it('streams tool calls: id and name first, then argument fragments', async () => {
    answer = nativeSse(fixtures.text('stream-tools.sse'));
    const stream = client().chat.completions.stream({
      model: 'command-a-03-2025',
      messages: [{ role: 'user', content: 'Weather in Toronto?' }],
      tools: [weatherTool],
    });
    const final = await stream.finalChatCompletion();
    expect(final.choices[0]).toMatchObject({
      finish_reason: 'tool_calls',
      message: {
        tool_calls: [
          {
            id: 'get_weather_nsz5zm3w56q3',
            type: 'function',
            function: { name: 'get_weather', arguments: '{"location":"Toronto"}' },
          },
        ],
      },
    });
  });

  it('ends a stream cut before message-end with an error event', async () => {
    answer = nativeSse(fixtures.text('stream-text.sse').split('event: message-end')[0]!);
    const stream = await client().chat.completions.create({
      model: 'command-a-03-2025',
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
    });
    const read = async () => {
      for await (const _ of stream);
    };
    await expect(read()).rejects.toThrow('cohere stream ended before message-end');
  });
});

describe('streams that fail before their first content', () => {
  it('answers a stream that ends after message-start as a 502, so fallbacks act on it', async () => {
    answer = nativeSse(fixtures.text('stream-text.sse').split('event: content-start')[0]!);
    const error = await client()
      .chat.completions.create({
        model: 'command-a-03-2025',
        messages: [{ role: 'user', content: 'hi' }],
        stream: true,
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect(error).toMatchObject({ status: 502, code: 'server_error' });
  });
});

describe('errors', () => {
  it.each([
    [
      400,
      'too many tokens: size limit exceeded by 1178 tokens. Try using shorter or fewer inputs.',
      'context_length_exceeded',
    ],
    [401, 'invalid api token', 'invalid_api_key'],
    [498, 'invalid api token', 'invalid_api_key'],
    [404, "model 'command-z' not found, make sure the correct model ID was used", 'model_not_found'],
    [429, 'You are using a Trial key, which is limited to 10 API calls / minute.', 'rate_limit_exceeded'],
    [400, 'invalid request: message must be at least 1 token long', 'invalid_request'],
    [500, 'internal server error, this has been reported to our developers', 'server_error'],
    [503, 'service unavailable', 'overloaded'],
  ])('maps a %i "%s" to %s, status and message kept', async (status, message, code) => {
    answer = nativeJson({ id: 'e1', message }, status);
    const error = await client()
      .chat.completions.create({ model: 'command-a-03-2025', messages: [{ role: 'user', content: 'hi' }] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect(error).toMatchObject({ status, code, message: `${status} ${message}` });
  });

  it('refuses what Cohere cannot take, naming the parameter, without a call', async () => {
    const transport = scripted([]);
    const provider = cohere({ apiKey: 'k' })(transport);
    const response = await provider(
      new Request('http://x/v1/chat/completions', {
        method: 'POST',
        body: JSON.stringify({ model: 'command-a-03-2025', messages: [], n: 2 }),
      }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        message: 'n: Cohere answers one choice: n must be 1',
        type: 'invalid_request_error',
        code: 'invalid_request',
        param: 'n',
      },
    });
    expect(transport.calls).toBe(0);
  });

  it('reports option mistakes as ConfigErrors', () => {
    expect(() => cohere({ apiKey: '' })).toThrow(
      new ConfigError(['cohere: apiKey must be a non-empty string']),
    );
    expect(() => cohere({ apiKey: 'k', inputType: 'search' as 'search_query' })).toThrow(
      new ConfigError([
        'cohere: inputType must be one of search_document, search_query, classification, clustering; got "search"',
      ]),
    );
  });
});

describe('embeddings and rerank', () => {
  it('translates embeddings to /v2/embed and back, base64 as the SDK asks', async () => {
    answer = nativeJson(fixtures.json('embed.json'));
    const result = await client().embeddings.create({
      model: 'embed-v4.0',
      input: ['hello', 'goodbye'],
      dimensions: 256,
    });
    expect(sent()).toMatchObject({
      path: '/v2/embed',
      body: {
        model: 'embed-v4.0',
        texts: ['hello', 'goodbye'],
        input_type: 'search_document',
        embedding_types: ['float'],
        output_dimension: 256,
      },
    });
    expect(result.data.map((item) => item.index)).toEqual([0, 1]);
    expect(result.data[0]!.embedding[0]).toBeCloseTo(0.016296387, 6);
    expect(result.usage).toEqual({ prompt_tokens: 2, total_tokens: 2 });
  });

  it("takes the request's own input_type", async () => {
    answer = nativeJson(fixtures.json('embed.json'));
    await client().embeddings.create({
      model: 'embed-v4.0',
      input: 'hello',
      input_type: 'search_query',
    } as OpenAI.EmbeddingCreateParams);
    expect(sent().body.input_type).toBe('search_query');
  });

  it('reranks through /v2/rerank with a plain fetch, documents returned when asked', async () => {
    answer = nativeJson(fixtures.json('rerank.json'));
    const call = toFetch(compose(cohere({ apiKey: 'co-key', baseURL: server.url }))(fetchTransport()));
    const response = await call('http://switchyard.local/v1/rerank', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'rerank-v3.5',
        query: 'What is the capital of the United States?',
        documents: [
          'Carson City is the capital city of Nevada.',
          { text: 'Washington, D.C. is the capital.' },
        ],
        top_n: 2,
        return_documents: true,
      }),
    });
    expect(sent()).toEqual({
      path: '/v2/rerank',
      authorization: 'Bearer co-key',
      body: {
        model: 'rerank-v3.5',
        query: 'What is the capital of the United States?',
        documents: ['Carson City is the capital city of Nevada.', 'Washington, D.C. is the capital.'],
        top_n: 2,
      },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { results: unknown }).results).toEqual([
      { index: 1, relevance_score: 0.999071, document: { text: 'Washington, D.C. is the capital.' } },
      {
        index: 0,
        relevance_score: 0.32713068,
        document: { text: 'Carson City is the capital city of Nevada.' },
      },
    ]);
  });

  it('answers 404 for endpoints Cohere has not', async () => {
    const transport = scripted([]);
    const response = await cohere({ apiKey: 'k' })(transport)(
      new Request('http://x/v1/images/generations', { method: 'POST', body: '{}' }),
    );
    expect(response.status).toBe(404);
    expect(transport.calls).toBe(0);
  });
});

describe("Anthropic's Messages API", () => {
  it('is answered through the chat translation', async () => {
    answer = nativeJson(fixtures.json('chat-text.json'));
    const call = toFetch(compose(cohere({ apiKey: 'co-key', baseURL: server.url }))(fetchTransport()));
    const response = await call('http://switchyard.local/v1/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'command-a-03-2025',
        max_tokens: 50,
        messages: [{ role: 'user', content: 'What is an LLM?' }],
      }),
    });
    expect(sent().path).toBe('/v2/chat');
    expect(sent().body).toMatchObject({ model: 'command-a-03-2025', max_tokens: 50 });
    expect(await response.json()).toMatchObject({
      type: 'message',
      role: 'assistant',
      content: [{ type: 'text', text: 'LLMs stand for Large Language Models.' }],
    });
  });
});
