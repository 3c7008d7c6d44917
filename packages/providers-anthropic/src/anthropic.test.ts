import { compose, fetchTransport, type Handler, UpstreamProtocolError } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import { fixtureFiles, type NativeServer, scripted, startNativeServer } from '@switchyard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anthropic } from './anthropic.js';

const { json: fixtureJson } = fixtureFiles(new URL('./fixtures/', import.meta.url));

interface ChatFixture {
  openai: Record<string, unknown>;
  native: { method: string; path: string; headers: Record<string, string>; body: unknown };
  response: { status: number; headers: Record<string, string>; body: unknown };
  expected: Record<string, unknown>;
}

const apiKey = 'sk-ant-test-secret-key';
const fixtures = [
  'chat-text.json',
  'chat-images.json',
  'chat-tool-call.json',
  'chat-tool-results.json',
  'chat-json-schema.json',
  'chat-json-object.json',
];

let server: NativeServer;
let current: ChatFixture['response'] | { status: number; headers: Record<string, string>; raw: string };
let pipeline: Handler;

beforeAll(async () => {
  server = await startNativeServer(() => {
    if ('raw' in current) return { status: current.status, headers: current.headers, body: current.raw };
    return { status: current.status, headers: current.headers, body: JSON.stringify(current.body) };
  });
  pipeline = compose(anthropic({ apiKey, baseURL: server.url }))(fetchTransport());
});

afterAll(() => server.close());

function chatRequest(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request('http://switchyard.local/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer caller-openai-key', ...headers },
    body: JSON.stringify(body),
  });
}

describe('anthropic chat completions against a local Messages API', () => {
  for (const name of fixtures) {
    it(`sends the native request and returns the OpenAI answer: ${name}`, async () => {
      const fixture = fixtureJson<ChatFixture>(name);
      current = fixture.response;
      const before = server.requests.length;
      const response = await pipeline(chatRequest(fixture.openai));

      const sent = server.requests[before]!;
      expect(sent.method).toBe(fixture.native.method);
      expect(sent.path).toBe(fixture.native.path);
      for (const [header, value] of Object.entries(fixture.native.headers))
        expect(sent.headers[header]).toBe(value);
      expect(sent.headers.authorization).toBeUndefined();
      expect(JSON.parse(sent.body)).toEqual(fixture.native.body);

      expect(response.status).toBe(200);
      expect(response.headers.get(responseHeaders.provider)).toBe('anthropic');
      const body = (await response.json()) as Record<string, unknown>;
      expect(typeof body.created).toBe('number');
      const { created: _created, ...rest } = body;
      expect(rest).toEqual(fixture.expected);
    });
  }

  it('keeps upstream headers such as request-id on the answer', async () => {
    const fixture = fixtureJson<ChatFixture>('chat-text.json');
    current = fixture.response;
    const response = await pipeline(chatRequest(fixture.openai));
    expect(response.headers.get('request-id')).toBe('req_011CTest');
    expect(response.headers.get('content-type')).toBe('application/json');
  });

  it('turns a 529 overloaded error into an OpenAI error with the same status', async () => {
    current = {
      status: 529,
      headers: { 'content-type': 'application/json' },
      body: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
    };
    const response = await pipeline(
      chatRequest({ model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'hi' }] }),
    );
    expect(response.status).toBe(529);
    expect(await response.json()).toEqual({
      error: { message: 'Overloaded', type: 'overloaded_error', code: 'overloaded', param: null },
    });
  });

  it.each([
    [
      400,
      'invalid_request_error',
      'prompt is too long: 210000 tokens > 200000 maximum',
      'context_length_exceeded',
    ],
    [400, 'invalid_request_error', 'max_tokens: Field required', 'invalid_request'],
    [401, 'authentication_error', 'invalid x-api-key', 'invalid_api_key'],
    [
      403,
      'permission_error',
      'Your API key does not have permission to use the specified resource.',
      'permission_denied',
    ],
    [404, 'not_found_error', 'model: claude-9', 'model_not_found'],
    [
      429,
      'rate_limit_error',
      'Number of request tokens has exceeded your per-minute rate limit',
      'rate_limit_exceeded',
    ],
    [500, 'api_error', 'Internal server error', 'server_error'],
    [529, 'overloaded_error', 'Overloaded', 'overloaded'],
  ])(
    'maps a %i %s to the error code of its kind, keeping type and message',
    async (status, type, message, code) => {
      current = {
        status,
        headers: { 'content-type': 'application/json' },
        body: { type: 'error', error: { type, message } },
      };
      const response = await pipeline(
        chatRequest({ model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'hi' }] }),
      );
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({ error: { message, type, code, param: null } });
    },
  );

  it('answers a refusal without any content as a content_filter error', async () => {
    current = {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: {
        id: 'msg_refused',
        type: 'message',
        role: 'assistant',
        model: 'claude-sonnet-4-5',
        content: [],
        stop_reason: 'refusal',
        usage: { input_tokens: 12, output_tokens: 0 },
      },
    };
    const response = await pipeline(
      chatRequest({ model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'hi' }] }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: 'content_filter', type: 'invalid_request_error' },
    });
  });

  it('keeps retry-after on a 429 rate limit error', async () => {
    current = {
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': '7' },
      body: {
        type: 'error',
        error: {
          type: 'rate_limit_error',
          message: 'Number of request tokens has exceeded your per-minute rate limit',
        },
      },
    };
    const response = await pipeline(
      chatRequest({ model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'hi' }] }),
    );
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    const body = (await response.json()) as { error: { type: string } };
    expect(body.error.type).toBe('rate_limit_error');
  });

  it('answers an error without a JSON body with an OpenAI error of the same status', async () => {
    current = { status: 502, headers: { 'content-type': 'text/html' }, raw: '<html>bad gateway</html>' };
    const response = await pipeline(
      chatRequest({ model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'hi' }] }),
    );
    expect(response.status).toBe(502);
    const body = (await response.json()) as { error: { message: string; type: string } };
    expect(body.error).toMatchObject({
      type: 'api_error',
      message: 'anthropic answered 502 without an error body',
    });
  });

  it('rejects a 200 answer that is not JSON with UpstreamProtocolError', async () => {
    current = { status: 200, headers: { 'content-type': 'application/json' }, raw: '{"id": "msg_' };
    await expect(
      pipeline(chatRequest({ model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'hi' }] })),
    ).rejects.toBeInstanceOf(UpstreamProtocolError);
  });

  it('lists models in OpenAI shape from GET /v1/models', async () => {
    current = {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: {
        data: [
          {
            type: 'model',
            id: 'claude-sonnet-4-5-20250929',
            display_name: 'Claude Sonnet 4.5',
            created_at: '2025-09-29T00:00:00Z',
          },
        ],
        has_more: false,
        first_id: 'claude-sonnet-4-5-20250929',
        last_id: 'claude-sonnet-4-5-20250929',
      },
    };
    const before = server.requests.length;
    const response = await pipeline(new Request('http://switchyard.local/v1/models?limit=5'));
    expect(server.requests[before]).toMatchObject({ method: 'GET', path: '/v1/models?limit=5' });
    expect(server.requests[before]!.headers['x-api-key']).toBe(apiKey);
    expect(await response.json()).toEqual({
      object: 'list',
      data: [
        { id: 'claude-sonnet-4-5-20250929', object: 'model', created: 1759104000, owned_by: 'anthropic' },
      ],
    });
  });

  it('appends /v1/messages to a baseURL with a path prefix', async () => {
    const transport = scripted([
      new Response(JSON.stringify(fixtureJson<ChatFixture>('chat-text.json').response.body)),
    ]);
    const handler = anthropic({ apiKey, baseURL: 'https://proxy.example.com/anthropic/' })(transport);
    await handler(chatRequest({ model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'hi' }] }));
    expect(transport.requests[0]!.url).toBe('https://proxy.example.com/anthropic/v1/messages');
  });

  it('sends anthropic-beta and a custom anthropic-version, and keeps x-switchyard-* option headers', async () => {
    const transport = scripted([
      new Response(JSON.stringify(fixtureJson<ChatFixture>('chat-text.json').response.body)),
    ]);
    const handler = anthropic({
      apiKey,
      anthropicVersion: '2024-01-01',
      beta: ['a-2025-01-01', 'b-2025-02-02'],
    })(transport);
    await handler(
      chatRequest(
        { model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'hi' }] },
        { 'x-switchyard-trace-id': 'trace-1', 'openai-organization': 'org-caller' },
      ),
    );
    const headers = transport.requests[0]!.headers;
    expect(headers.get('anthropic-beta')).toBe('a-2025-01-01,b-2025-02-02');
    expect(headers.get('anthropic-version')).toBe('2024-01-01');
    expect(headers.get('x-switchyard-trace-id')).toBe('trace-1');
    expect(headers.get('openai-organization')).toBeNull();
    expect(headers.get('authorization')).toBeNull();
  });

  it('uses defaultMaxTokens when the request sets no max_tokens', async () => {
    const transport = scripted([
      new Response(JSON.stringify(fixtureJson<ChatFixture>('chat-text.json').response.body)),
    ]);
    await anthropic({ apiKey, defaultMaxTokens: 777 })(transport)(
      chatRequest({ model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'hi' }] }),
    );
    expect(JSON.parse(transport.requests[0]!.body).max_tokens).toBe(777);
  });
});

describe('anthropic requests it cannot express', () => {
  const transport = scripted([]);
  const handler = anthropic({ apiKey })(transport);

  it.each([
    [{ model: 'm', messages: [{ role: 'user', content: 'x' }], n: 2 }, 'n'],
    [
      {
        model: 'm',
        messages: [
          { role: 'user', content: [{ type: 'input_audio', input_audio: { data: '', format: 'wav' } }] },
        ],
      },
      'messages[0].content[0]',
    ],
    [
      {
        model: 'm',
        messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'ftp://x' } }] }],
      },
      'messages[0].content[0]',
    ],
    [
      {
        model: 'm',
        messages: [
          {
            role: 'assistant',
            tool_calls: [{ id: 't', type: 'function', function: { name: 'f', arguments: '{bad' } }],
          },
        ],
      },
      'messages[0].tool_calls[0].function.arguments',
    ],
    [{ model: 'm', messages: [{ role: 'narrator', content: 'x' }] }, 'messages[0].role'],
    [{ messages: [] }, 'model'],
    [{ model: 'm', messages: [], response_format: { type: 'xml' } }, 'response_format.type'],
  ])('answers 400 naming the parameter (%#)', async (body, param) => {
    const response = await handler(chatRequest(body));
    expect(response.status).toBe(400);
    const error = ((await response.json()) as { error: { param: string; type: string; message: string } })
      .error;
    expect(error.param).toBe(param);
    expect(error.type).toBe('invalid_request_error');
    expect(error.message.startsWith(`${param}: `)).toBe(true);
    expect(transport.calls).toBe(0);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const response = await handler(
      new Request('http://x/v1/chat/completions', {
        method: 'POST',
        body: '{nope',
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(response.status).toBe(400);
  });

  it('answers 404 for endpoints Anthropic does not have', async () => {
    const response = await handler(new Request('http://x/v1/embeddings', { method: 'POST', body: '{}' }));
    expect(response.status).toBe(404);
    expect(response.headers.get(responseHeaders.provider)).toBe('anthropic');
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unsupported_endpoint');
  });
});

describe('anthropic options', () => {
  it.each([
    [{ apiKey: '' }, 'anthropic: apiKey must be a non-empty string'],
    [
      { apiKey: 'k', baseURL: 'api.anthropic.com' },
      'anthropic.baseURL must be an absolute http(s) URL; got "api.anthropic.com"',
    ],
    [{ apiKey: 'k', defaultMaxTokens: 0 }, 'anthropic: defaultMaxTokens must be an integer >= 1; got 0'],
    [{ apiKey: 'k', beta: [''] }, 'anthropic: beta must be a non-empty string or an array of them'],
  ])('rejects %o at factory time', (options, message) => {
    expect(() => anthropic(options)).toThrow(new TypeError(message));
  });

  it('never puts the API key in an error message', () => {
    expect.assertions(2);
    try {
      anthropic({ apiKey, baseURL: 'not a url' });
    } catch (error) {
      expect(error).toBeInstanceOf(TypeError);
      expect(String(error)).not.toContain(apiKey);
    }
  });
});
