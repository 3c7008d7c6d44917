import { type ChatCompletion, compose, fetchTransport, type Handler } from '@switchyard/core';
import { requestOptionHeaders } from '@switchyard/core/internal';
import {
  fixtureFiles,
  type NativeAnswer,
  type NativeServer,
  scripted,
  startNativeServer,
} from '@switchyard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gemini } from './gemini.js';

const { text: fixtureText, json: fixtureJson } = fixtureFiles(new URL('./fixtures/', import.meta.url));

const apiKey = 'AIza-test-secret-gemini-key';

interface ChatFixture {
  description: string;
  openai: Record<string, unknown>;
  native: { path: string; body: unknown };
  response: { status: number; body: unknown };
  expected: ChatCompletion;
}

let server: NativeServer;
let answer: NativeAnswer;
let pipeline: Handler;

beforeAll(async () => {
  server = await startNativeServer(() => answer);
  pipeline = compose(gemini({ apiKey, baseURL: server.url }))(fetchTransport());
});

afterAll(() => server.close());

function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return pipeline(
    new Request(`http://switchyard.local${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer caller-secret', ...headers },
      body: JSON.stringify(body),
    }),
  );
}

describe('gemini chat completions against fixtures', () => {
  for (const name of ['chat-text', 'chat-tools', 'chat-json-schema', 'chat-images', 'chat-safety']) {
    const fixture = fixtureJson<ChatFixture>(`${name}.json`);
    it(`${name}: ${fixture.description}`, async () => {
      answer = { status: fixture.response.status, body: JSON.stringify(fixture.response.body) };
      const response = await post('/v1/chat/completions', fixture.openai);
      const received = server.requests.at(-1)!;
      expect(received.method).toBe('POST');
      expect(received.path).toBe(fixture.native.path);
      expect(received.headers['x-goog-api-key']).toBe(apiKey);
      expect(received.headers['content-type']).toBe('application/json');
      expect(received.headers.authorization).toBeUndefined();
      expect(JSON.parse(received.body)).toEqual(fixture.native.body);

      expect(response.status).toBe(200);
      expect(response.headers.get('x-switchyard-provider')).toBe('gemini');
      const completion = (await response.json()) as ChatCompletion;
      expect(completion.created).toBeGreaterThan(1_700_000_000);
      expect({ ...completion, created: 0 }).toEqual(fixture.expected);
    });
  }

  it('maps a named tool_choice to ANY with allowedFunctionNames, and none to NONE', async () => {
    answer = { body: JSON.stringify(fixtureJson<ChatFixture>('chat-text.json').response.body) };
    const tools = [{ type: 'function', function: { name: 'get_time' } }];
    const messages = [{ role: 'user', content: 'Time?' }];
    await post('/v1/chat/completions', {
      model: 'gemini-2.5-flash',
      messages,
      tools,
      tool_choice: { type: 'function', function: { name: 'get_time' } },
    });
    expect(JSON.parse(server.requests.at(-1)!.body).toolConfig).toEqual({
      functionCallingConfig: { mode: 'ANY', allowedFunctionNames: ['get_time'] },
    });
    await post('/v1/chat/completions', { model: 'gemini-2.5-flash', messages, tools, tool_choice: 'none' });
    expect(JSON.parse(server.requests.at(-1)!.body).toolConfig).toEqual({
      functionCallingConfig: { mode: 'NONE' },
    });
  });

  it('answers a blocked prompt (no candidates) as a content_filter error', async () => {
    answer = {
      body: JSON.stringify({ promptFeedback: { blockReason: 'SAFETY' }, responseId: 'resp-blocked' }),
    };
    const response = await post('/v1/chat/completions', {
      model: 'gemini-2.5-flash',
      messages: [{ role: 'user', content: 'x' }],
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-switchyard-provider')).toBe('gemini');
    expect(await response.json()).toEqual({
      error: {
        message: 'Gemini blocked the prompt (SAFETY)',
        type: 'invalid_request_error',
        code: 'content_filter',
        param: null,
      },
    });
  });

  it('answers a SAFETY finish without content as a content_filter error', async () => {
    answer = {
      body: JSON.stringify({
        candidates: [
          {
            finishReason: 'SAFETY',
            index: 0,
            safetyRatings: [
              { category: 'HARM_CATEGORY_DANGEROUS_CONTENT', probability: 'HIGH', blocked: true },
            ],
          },
        ],
        usageMetadata: { promptTokenCount: 8, totalTokenCount: 8 },
        responseId: 'resp-safety',
      }),
    };
    const response = await post('/v1/chat/completions', {
      model: 'gemini-2.5-flash',
      messages: [{ role: 'user', content: 'x' }],
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { message: 'Gemini withheld the answer (finish reason SAFETY)', code: 'content_filter' },
    });
  });

  it.each([
    [
      400,
      'INVALID_ARGUMENT',
      'The input token count (1200000) exceeds the maximum number of tokens allowed (1048576).',
      'context_length_exceeded',
    ],
    [400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.', 'invalid_api_key'],
    [400, 'INVALID_ARGUMENT', 'Invalid JSON payload received. Unknown name "foo"', 'invalid_request'],
    [403, 'PERMISSION_DENIED', 'Your API key was reported as leaked.', 'permission_denied'],
    [404, 'NOT_FOUND', 'models/gemini-9 is not found for API version v1beta', 'model_not_found'],
    [429, 'RESOURCE_EXHAUSTED', 'Resource has been exhausted (e.g. check quota).', 'rate_limit_exceeded'],
    [500, 'INTERNAL', 'An internal error has occurred.', 'server_error'],
    [503, 'UNAVAILABLE', 'The model is overloaded. Please try again later.', 'overloaded'],
    [504, 'DEADLINE_EXCEEDED', 'Deadline expired before operation could complete.', 'timeout'],
  ])(
    "maps a %i %s to the error code of its kind, keeping Google's status in the message",
    async (status, googleStatus, message, code) => {
      answer = { status, body: JSON.stringify({ error: { code: status, message, status: googleStatus } }) };
      const response = await post('/v1/chat/completions', {
        model: 'gemini-2.5-flash',
        messages: [{ role: 'user', content: 'x' }],
      });
      expect(response.status).toBe(status);
      expect(await response.json()).toMatchObject({
        error: { message: `${googleStatus}: ${message}`, code },
      });
    },
  );

  it('sends per-request option headers on for the transport to strip, never to Gemini', async () => {
    answer = { body: JSON.stringify(fixtureJson<ChatFixture>('chat-text.json').response.body) };
    await post(
      '/v1/chat/completions',
      { model: 'gemini-2.5-flash', messages: [{ role: 'user', content: 'x' }] },
      { [requestOptionHeaders.traceId]: 'trace-1' },
    );
    expect(
      Object.keys(server.requests.at(-1)!.headers).filter((name) => name.startsWith('x-switchyard-')),
    ).toEqual([]);
    const inner = scripted([
      new Response(JSON.stringify(fixtureJson<ChatFixture>('chat-text.json').response.body)),
    ]);
    await gemini({ apiKey })(inner)(
      new Request('http://x/v1/chat/completions', {
        method: 'POST',
        headers: { [requestOptionHeaders.traceId]: 'trace-1' },
        body: JSON.stringify({ model: 'gemini-2.5-flash', messages: [{ role: 'user', content: 'x' }] }),
      }),
    );
    expect(inner.requests[0]!.headers.get(requestOptionHeaders.traceId)).toBe('trace-1');
    expect(inner.requests[0]!.url).toBe(
      'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent',
    );
  });
});

describe('gemini errors', () => {
  it('keeps the status, takes the message and status code from Google, keeps Retry-After', async () => {
    answer = {
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': '7' },
      body: JSON.stringify({
        error: {
          code: 429,
          message: 'Resource has been exhausted (e.g. check quota).',
          status: 'RESOURCE_EXHAUSTED',
        },
      }),
    };
    const response = await post('/v1/chat/completions', {
      model: 'gemini-2.5-flash',
      messages: [{ role: 'user', content: 'x' }],
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(response.headers.get('x-switchyard-provider')).toBe('gemini');
    expect(await response.json()).toEqual({
      error: {
        message: 'RESOURCE_EXHAUSTED: Resource has been exhausted (e.g. check quota).',
        type: 'rate_limit_error',
        code: 'rate_limit_exceeded',
        param: null,
      },
    });
  });

  it('never repeats the API key, even when Google echoes it', async () => {
    answer = {
      status: 400,
      body: JSON.stringify({
        error: { code: 400, message: `API key not valid: ${apiKey}`, status: 'INVALID_ARGUMENT' },
      }),
    };
    const response = await post('/v1/chat/completions', {
      model: 'gemini-2.5-flash',
      messages: [{ role: 'user', content: 'x' }],
    });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text).toContain('API key not valid: [redacted]');
    expect(text).not.toContain(apiKey);
  });

  it('answers requests it cannot translate with a 400 naming the parameter, without calling Gemini', async () => {
    const before = server.requests.length;
    const response = await post('/v1/chat/completions', {
      model: 'gemini-2.5-flash',
      messages: [{ role: 'tool', tool_call_id: 'call_unknown', content: '1' }],
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { param: string } }).error.param).toBe(
      'messages[0].tool_call_id',
    );
    const missingModel = await post('/v1/chat/completions', { messages: [] });
    expect(((await missingModel.json()) as { error: { param: string } }).error.param).toBe('model');
    const notJson = await pipeline(
      new Request('http://x/v1/chat/completions', { method: 'POST', body: '{' }),
    );
    expect(notJson.status).toBe(400);
    expect(server.requests.length).toBe(before);
  });

  it('answers endpoints Gemini does not serve with 404 unsupported_endpoint', async () => {
    const response = await post('/v1/images/generations', { prompt: 'a cat' });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unsupported_endpoint');
  });

  it('validates options at factory time', () => {
    const saved = { gemini: process.env['GEMINI_API_KEY'], google: process.env['GOOGLE_API_KEY'] };
    delete process.env['GEMINI_API_KEY'];
    delete process.env['GOOGLE_API_KEY'];
    try {
      expect(() => gemini()).toThrow('gemini: apiKey is required (or set GEMINI_API_KEY / GOOGLE_API_KEY)');
      process.env['GOOGLE_API_KEY'] = 'from-env';
      expect(() => gemini()).not.toThrow();
    } finally {
      if (saved.gemini === undefined) delete process.env['GEMINI_API_KEY'];
      else process.env['GEMINI_API_KEY'] = saved.gemini;
      if (saved.google === undefined) delete process.env['GOOGLE_API_KEY'];
      else process.env['GOOGLE_API_KEY'] = saved.google;
    }
    expect(() => gemini({ apiKey, baseURL: 'ftp://x' })).toThrow(
      'gemini.baseURL must use http or https; got ftp:',
    );
    expect(() => gemini({ apiKey, apiVersion: '../v1' })).toThrow(
      'gemini: apiVersion must look like v1beta; got "../v1"',
    );
  });
});

describe('gemini embeddings', () => {
  it('uses embedContent for one text and batchEmbedContents for several', async () => {
    answer = { body: JSON.stringify({ embedding: { values: [0.5, -0.25] } }) };
    const single = await post('/v1/embeddings', {
      model: 'text-embedding-004',
      input: 'hello',
      dimensions: 2,
    });
    let received = server.requests.at(-1)!;
    expect(received.path).toBe('/v1beta/models/text-embedding-004:embedContent');
    expect(JSON.parse(received.body)).toEqual({
      content: { parts: [{ text: 'hello' }] },
      outputDimensionality: 2,
    });
    expect(await single.json()).toEqual({
      object: 'list',
      data: [{ object: 'embedding', index: 0, embedding: [0.5, -0.25] }],
      model: 'text-embedding-004',
      usage: { prompt_tokens: 0, total_tokens: 0 },
    });

    answer = { body: JSON.stringify({ embeddings: [{ values: [1, 0] }, { values: [0, 1] }] }) };
    const batch = await post('/v1/embeddings', {
      model: 'gemini-embedding-001',
      input: ['a', 'b'],
      encoding_format: 'base64',
    });
    received = server.requests.at(-1)!;
    expect(received.path).toBe('/v1beta/models/gemini-embedding-001:batchEmbedContents');
    expect(JSON.parse(received.body)).toEqual({
      requests: [
        { model: 'models/gemini-embedding-001', content: { parts: [{ text: 'a' }] } },
        { model: 'models/gemini-embedding-001', content: { parts: [{ text: 'b' }] } },
      ],
    });
    const body = (await batch.json()) as { data: Array<{ embedding: string }> };
    const decoded = body.data.map((item) =>
      Array.from(new Float32Array(Uint8Array.from(Buffer.from(item.embedding, 'base64')).buffer)),
    );
    expect(decoded).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('rejects token-array input with a 400', async () => {
    const response = await post('/v1/embeddings', { model: 'text-embedding-004', input: [[1, 2, 3]] });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { param: string } }).error.param).toBe('input');
    const empty = await post('/v1/embeddings', { model: 'text-embedding-004', input: [] });
    expect(empty.status).toBe(400);
  });
});

describe('gemini fixtures are real SSE', () => {
  it('stream fixtures use the CRLF framing Google sends', () => {
    expect(fixtureText('stream-text.sse')).toContain('\r\n\r\n');
  });
});
