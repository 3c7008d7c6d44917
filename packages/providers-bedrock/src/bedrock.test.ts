import { createHash, createHmac } from 'node:crypto';
import { type ChatCompletion, compose, fetchTransport, type Handler } from '@switchyard/core';
import { readBodyText, requestOptionHeaders } from '@switchyard/core/internal';
import {
  fixtureFiles,
  type NativeAnswer,
  type NativeServer,
  type NativeServerRequest,
  scripted,
  startNativeServer,
} from '@switchyard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bedrock } from './bedrock.js';

const { json: fixtureJson } = fixtureFiles(new URL('./fixtures/', import.meta.url));

const credentials = {
  accessKeyId: 'AKIATESTACCESSKEY123',
  secretAccessKey: 'test/Secret+Access+Key/0123456789abcdef',
  sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN',
};
const region = 'us-west-2';

interface ChatFixture {
  description: string;
  openai: Record<string, unknown>;
  native: { path: string; body: unknown };
  response: { status: number; headers: Record<string, string>; body: unknown };
  expected: ChatCompletion;
}

let server: NativeServer;
let answer: NativeAnswer;
let pipeline: Handler;

beforeAll(async () => {
  server = await startNativeServer(() => answer);
  pipeline = compose(bedrock({ region, ...credentials, baseURL: server.url }))(fetchTransport());
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

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const hmac = (key: string | Buffer, text: string) => createHmac('sha256', key).update(text).digest();

/**
 * The SigV4 signature of a received request, computed here from the AWS specification with
 * node:crypto alone: canonical request (path segments encoded twice), string to sign, HMAC chain.
 */
function recomputeSignature(
  request: NativeServerRequest,
  secretAccessKey: string,
): { signature: string; sent: string } {
  const authorization = String(request.headers.authorization);
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(
      authorization,
    );
  if (!match) throw new Error(`malformed authorization header: ${authorization}`);
  const [, , day, signedRegion, service, signedHeaders, sent] = match as unknown as string[];
  const names = signedHeaders!.split(';');
  const canonicalHeaders = names.map((name) => `${name}:${String(request.headers[name]).trim()}\n`).join('');
  const canonicalPath = request.path
    .split('?')[0]!
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  const canonicalRequest = [
    'POST',
    canonicalPath,
    '',
    canonicalHeaders,
    signedHeaders,
    sha256(request.body),
  ].join('\n');
  const amzDate = String(request.headers['x-amz-date']);
  const scope = `${day}/${signedRegion}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, day!), signedRegion!), service!), 'aws4_request');
  return { signature: createHmac('sha256', key).update(stringToSign).digest('hex'), sent: sent! };
}

describe('bedrock Converse against fixtures', () => {
  for (const name of ['chat-text', 'chat-tools', 'chat-json-schema', 'chat-images', 'chat-cohere-json']) {
    const fixture = fixtureJson<ChatFixture>(`${name}.json`);
    it(`${name}: ${fixture.description}`, async () => {
      answer = {
        status: fixture.response.status,
        headers: { 'content-type': 'application/json', ...fixture.response.headers },
        body: JSON.stringify(fixture.response.body),
      };
      const response = await post('/v1/chat/completions', fixture.openai);
      const received = server.requests.at(-1)!;
      expect(received.method).toBe('POST');
      expect(received.path).toBe(fixture.native.path);
      expect(received.headers['content-type']).toBe('application/json');
      expect(received.headers.accept).toBe('application/json');
      expect(received.headers['x-amz-security-token']).toBe(credentials.sessionToken);
      expect(JSON.parse(received.body)).toEqual(fixture.native.body);

      expect(response.status).toBe(200);
      expect(response.headers.get('x-switchyard-provider')).toBe('bedrock');
      const completion = (await response.json()) as ChatCompletion;
      expect({ ...completion, created: 0 }).toEqual(fixture.expected);
    });
  }
});

describe('bedrock SigV4 signing', () => {
  it('signs each request so that an independent SigV4 computation agrees', async () => {
    answer = {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(fixtureJson<ChatFixture>('chat-text.json').response.body),
    };
    await post('/v1/chat/completions', fixtureJson<ChatFixture>('chat-text.json').openai);
    const received = server.requests.at(-1)!;
    const amzDate = String(received.headers['x-amz-date']);
    expect(amzDate).toMatch(/^\d{8}T\d{6}Z$/);
    expect(String(received.headers.authorization)).toMatch(
      new RegExp(
        `^AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${amzDate.slice(0, 8)}/us-west-2/bedrock/aws4_request, SignedHeaders=accept;host;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}$`,
      ),
    );
    const { signature, sent } = recomputeSignature(received, credentials.secretAccessKey);
    expect(sent).toBe(signature);
    // A wrong secret gives another signature: the comparison above is not vacuous.
    expect(recomputeSignature(received, 'another-secret').signature).not.toBe(sent);
  });

  it('never forwards the caller authorization header or the per-request option headers', async () => {
    answer = {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(fixtureJson<ChatFixture>('chat-text.json').response.body),
    };
    await post('/v1/chat/completions', fixtureJson<ChatFixture>('chat-text.json').openai, {
      [requestOptionHeaders.traceId]: 't-1',
    });
    const received = server.requests.at(-1)!;
    expect(String(received.headers.authorization)).toMatch(/^AWS4-HMAC-SHA256 /);
    expect(Object.keys(received.headers).filter((name) => name.startsWith('x-switchyard-'))).toEqual([]);
  });

  it('defaults the API root to bedrock-runtime in the region and takes credentials from the environment', async () => {
    const saved = { ...process.env };
    try {
      for (const name of [
        'AWS_ACCESS_KEY_ID',
        'AWS_SECRET_ACCESS_KEY',
        'AWS_SESSION_TOKEN',
        'AWS_REGION',
        'AWS_DEFAULT_REGION',
      ])
        delete process.env[name];
      process.env['AWS_ACCESS_KEY_ID'] = 'AKIAFROMENVIRONMENT1';
      process.env['AWS_SECRET_ACCESS_KEY'] = 'env-secret';
      process.env['AWS_DEFAULT_REGION'] = 'eu-central-1';
      const upstream = scripted([
        new Response(JSON.stringify(fixtureJson<ChatFixture>('chat-text.json').response.body)),
      ]);
      await bedrock()(upstream)(
        new Request('http://x/v1/chat/completions', {
          method: 'POST',
          body: JSON.stringify({
            model: 'anthropic.claude-3-haiku-20240307-v1:0',
            messages: [{ role: 'user', content: 'x' }],
          }),
        }),
      );
      const sent = upstream.requests[0]!;
      expect(sent.url).toBe(
        'https://bedrock-runtime.eu-central-1.amazonaws.com/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse',
      );
      expect(sent.headers.get('authorization')).toMatch(
        /^AWS4-HMAC-SHA256 Credential=AKIAFROMENVIRONMENT1\/\d{8}\/eu-central-1\/bedrock\/aws4_request, SignedHeaders=accept;host;x-amz-date, /,
      );
      expect(sent.headers.get('x-amz-security-token')).toBeNull();
    } finally {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
      Object.assign(process.env, saved);
    }
  });
});

describe('bedrock API keys', () => {
  const apiKey = 'ABSKQmVkcm9ja0FQSUtleS1leGFtcGxlLXNlY3JldA==';
  const chat = () =>
    new Request('http://x/v1/chat/completions', {
      method: 'POST',
      body: JSON.stringify({ model: 'amazon.nova-lite-v1:0', messages: [{ role: 'user', content: 'x' }] }),
    });
  const answer = () => new Response(JSON.stringify(fixtureJson<ChatFixture>('chat-text.json').response.body));

  it('sends an API key as a bearer token instead of signing, and never shows it', async () => {
    const upstream = scripted([
      answer(),
      new Response(JSON.stringify({ message: `Invalid API key ${apiKey}` }), {
        status: 403,
        headers: { 'x-amzn-errortype': 'AccessDeniedException' },
      }),
    ]);
    const provider = bedrock({ region, apiKey })(upstream);
    expect((await provider(chat())).status).toBe(200);
    const sent = upstream.requests[0]!;
    expect(sent.headers.get('authorization')).toBe(`Bearer ${apiKey}`);
    expect(sent.headers.get('x-amz-date')).toBeNull();
    const failed = await provider(chat());
    const text = await failed.text();
    expect(failed.status).toBe(403);
    expect(text).toContain('Invalid API key [redacted]');
    expect(text).not.toContain(apiKey);
  });

  it('reads AWS_BEARER_TOKEN_BEDROCK, unless SigV4 credentials are given in options', async () => {
    const saved = { ...process.env };
    try {
      for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'])
        delete process.env[name];
      process.env['AWS_BEARER_TOKEN_BEDROCK'] = apiKey;
      const upstream = scripted([answer(), answer()]);
      await bedrock({ region })(upstream)(chat());
      expect(upstream.requests[0]!.headers.get('authorization')).toBe(`Bearer ${apiKey}`);
      await bedrock({ region, ...credentials })(upstream)(chat());
      expect(upstream.requests[1]!.headers.get('authorization')).toMatch(/^AWS4-HMAC-SHA256 /);
    } finally {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
      Object.assign(process.env, saved);
    }
  });
});

describe('bedrock errors', () => {
  it('keeps the status, uses the AWS error type as code and keeps Retry-After', async () => {
    answer = {
      status: 429,
      headers: {
        'content-type': 'application/json',
        'x-amzn-errortype': 'ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/',
        'retry-after': '3',
      },
      body: JSON.stringify({ message: 'Too many requests, please wait before trying again.' }),
    };
    const response = await post('/v1/chat/completions', fixtureJson<ChatFixture>('chat-text.json').openai);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(await response.json()).toEqual({
      error: {
        message: 'ThrottlingException: Too many requests, please wait before trying again.',
        type: 'rate_limit_error',
        code: 'rate_limit_exceeded',
        param: null,
      },
    });
  });

  it.each([
    [400, 'ValidationException', 'Input is too long for requested model.', 'context_length_exceeded'],
    [
      400,
      'ValidationException',
      'The model returned the following errors: prompt is too long: 200049 tokens > 200000 maximum',
      'context_length_exceeded',
    ],
    [400, 'ValidationException', 'Malformed input request: extraneous key [foo]', 'invalid_request'],
    [
      403,
      'AccessDeniedException',
      "You don't have access to the model with the specified model ID.",
      'permission_denied',
    ],
    [
      403,
      'UnrecognizedClientException',
      'The security token included in the request is invalid.',
      'invalid_api_key',
    ],
    [
      404,
      'ResourceNotFoundException',
      'Could not resolve the foundation model from the provided model identifier.',
      'model_not_found',
    ],
    [408, 'ModelTimeoutException', 'Model has timed out in processing the request.', 'timeout'],
    [
      429,
      'ThrottlingException',
      'Too many requests, please wait before trying again.',
      'rate_limit_exceeded',
    ],
    [429, 'ModelNotReadyException', 'Model is not ready to serve inference requests.', 'overloaded'],
    [500, 'InternalServerException', 'An internal server error occurred.', 'server_error'],
    [503, 'ServiceUnavailableException', 'Bedrock is unable to process your request.', 'overloaded'],
  ])(
    'maps a %i %s to the error code of its kind, keeping the AWS type in the message',
    async (status, type, message, code) => {
      answer = {
        status,
        headers: { 'content-type': 'application/json', 'x-amzn-errortype': type },
        body: JSON.stringify({ message }),
      };
      const response = await post('/v1/chat/completions', fixtureJson<ChatFixture>('chat-text.json').openai);
      expect(response.status).toBe(status);
      expect(await response.json()).toMatchObject({ error: { message: `${type}: ${message}`, code } });
    },
  );

  it('answers a content-filter stop without any content as a content_filter error', async () => {
    answer = {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        output: { message: { role: 'assistant', content: [] } },
        stopReason: 'content_filtered',
        usage: { inputTokens: 5, outputTokens: 0, totalTokens: 5 },
      }),
    };
    const response = await post('/v1/chat/completions', fixtureJson<ChatFixture>('chat-text.json').openai);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'content_filter' } });
  });

  it('drops the canonical request AWS appends to signature errors, and never shows secrets', async () => {
    answer = {
      status: 403,
      headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'InvalidSignatureException' },
      body: JSON.stringify({
        message: `The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.\n\nThe Canonical String for this request should have been\n'POST\n/model/x/converse\n\nhost:bedrock\nx-amz-security-token:${credentials.sessionToken}'`,
      }),
    };
    const response = await post('/v1/chat/completions', fixtureJson<ChatFixture>('chat-text.json').openai);
    const text = await response.text();
    expect(response.status).toBe(403);
    expect(JSON.parse(text).error).toEqual({
      message:
        'InvalidSignatureException: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
      type: 'permission_error',
      code: 'invalid_api_key',
      param: null,
    });
    for (const secret of Object.values(credentials)) expect(text).not.toContain(secret);
  });

  it('answers untranslatable requests with a 400 naming the parameter, without calling Bedrock', async () => {
    const before = server.requests.length;
    const response = await post('/v1/chat/completions', {
      model: 'anthropic.claude-3-haiku-20240307-v1:0',
      messages: [
        { role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://example.com/cat.png' } }] },
      ],
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { param: string } }).error.param).toBe(
      'messages[0].content[0].image_url.url',
    );
    const unknown = await post('/v1/embeddings', {
      model: 'anthropic.claude-3-haiku-20240307-v1:0',
      input: 'x',
    });
    expect(((await unknown.json()) as { error: { param: string } }).error.param).toBe('model');
    const endpoint = await post('/v1/audio/speech', { model: 'x', input: 'hi', voice: 'alloy' });
    expect(endpoint.status).toBe(404);
    expect(server.requests.length).toBe(before);
  });

  it('validates region and credentials at factory time', () => {
    const saved = { ...process.env };
    try {
      for (const name of [
        'AWS_ACCESS_KEY_ID',
        'AWS_SECRET_ACCESS_KEY',
        'AWS_SESSION_TOKEN',
        'AWS_REGION',
        'AWS_DEFAULT_REGION',
      ])
        delete process.env[name];
      expect(() => bedrock({ ...credentials })).toThrow(
        'bedrock: region must be an AWS region like us-east-1 (or set AWS_REGION); got undefined',
      );
      expect(() => bedrock({ region: 'mars' })).toThrow(
        'bedrock: region must be an AWS region like us-east-1 (or set AWS_REGION); got "mars"',
      );
      expect(() => bedrock({ region })).toThrow(
        /^bedrock: no AWS credentials; pass apiKey, or accessKeyId and secretAccessKey/,
      );
      expect(() => bedrock({ region, apiKey: 'k', accessKeyId: 'AKIA1234', secretAccessKey: 's' })).toThrow(
        'bedrock: give either apiKey or AWS credentials, not both',
      );
      expect(() => bedrock({ region, apiKey: '' })).toThrow('bedrock: apiKey must be a non-empty string');
      expect(() => bedrock({ region, accessKeyId: 'AKIA1234' })).toThrow(
        'bedrock: secretAccessKey is missing in options',
      );
      expect(() => bedrock({ region, ...credentials, credentials: async () => credentials })).toThrow(
        'bedrock: give either credentials or accessKeyId/secretAccessKey, not both',
      );
      expect(() => bedrock({ region, ...credentials, baseURL: 'not a url' })).toThrow(
        'bedrock.baseURL must be an absolute http(s) URL; got "not a url"',
      );
      process.env['AWS_REGION'] = 'ap-southeast-2';
      expect(() => bedrock({ credentials: async () => credentials })).not.toThrow();
    } finally {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
      Object.assign(process.env, saved);
    }
  });
});

describe('bedrock embeddings', () => {
  it('calls Titan v2 once per text and adds up the token counts', async () => {
    // The calls run concurrently, so each answer is told apart by its text, not by arrival order.
    const upstream = scripted([], {
      otherwise: async (request) => {
        const { inputText } = JSON.parse(await readBodyText(request)) as { inputText: string };
        return new Response(
          JSON.stringify({
            embedding: [inputText === 'a' ? 0 : 1, 0.5],
            inputTextTokenCount: 3,
            embeddingsByType: { float: [0, 0.5] },
          }),
        );
      },
    });
    const response = await bedrock({ region, ...credentials })(upstream)(
      new Request('http://x/v1/embeddings', {
        method: 'POST',
        body: JSON.stringify({ model: 'amazon.titan-embed-text-v2:0', input: ['a', 'b'], dimensions: 256 }),
      }),
    );
    // One call per text, sent concurrently: they may be recorded in either order.
    const sent = upstream.requests.map((request) => [request.url, JSON.parse(request.body)]);
    expect(sent.sort((a, b) => (a[1].inputText < b[1].inputText ? -1 : 1))).toEqual([
      [
        'https://bedrock-runtime.us-west-2.amazonaws.com/model/amazon.titan-embed-text-v2%3A0/invoke',
        { inputText: 'a', dimensions: 256 },
      ],
      [
        'https://bedrock-runtime.us-west-2.amazonaws.com/model/amazon.titan-embed-text-v2%3A0/invoke',
        { inputText: 'b', dimensions: 256 },
      ],
    ]);
    expect(upstream.requests[0]!.headers.get('authorization')).toMatch(/^AWS4-HMAC-SHA256 /);
    expect(await response.json()).toEqual({
      object: 'list',
      data: [
        { object: 'embedding', index: 0, embedding: [0, 0.5] },
        { object: 'embedding', index: 1, embedding: [1, 0.5] },
      ],
      model: 'amazon.titan-embed-text-v2:0',
      usage: { prompt_tokens: 6, total_tokens: 6 },
    });
  });

  it('calls Cohere embed once for a batch over HTTP, with base64 output', async () => {
    answer = {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: 'emb-1',
        embeddings: [
          [0.25, -0.5],
          [1, 2],
        ],
        texts: ['a', 'b'],
        response_type: 'embeddings_floats',
      }),
    };
    const response = await post('/v1/embeddings', {
      model: 'cohere.embed-english-v3',
      input: ['a', 'b'],
      input_type: 'search_query',
      encoding_format: 'base64',
    });
    const received = server.requests.at(-1)!;
    expect(received.path).toBe('/model/cohere.embed-english-v3/invoke');
    expect(JSON.parse(received.body)).toEqual({ texts: ['a', 'b'], input_type: 'search_query' });
    expect(recomputeSignature(received, credentials.secretAccessKey).signature).toBe(
      recomputeSignature(received, credentials.secretAccessKey).sent,
    );
    const body = (await response.json()) as { data: Array<{ embedding: string }> };
    expect(
      body.data.map((item) =>
        Array.from(new Float32Array(Uint8Array.from(Buffer.from(item.embedding, 'base64')).buffer)),
      ),
    ).toEqual([
      [0.25, -0.5],
      [1, 2],
    ]);
  });

  it('keeps at most 8 Titan calls in flight and keeps the input order', async () => {
    let inFlight = 0;
    let most = 0;
    const upstream = scripted([], {
      otherwise: async (request) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        const text = JSON.parse(await request.text()).inputText as string;
        return new Response(JSON.stringify({ embedding: [Number(text)], inputTextTokenCount: 1 }));
      },
    });
    const input = Array.from({ length: 20 }, (_, i) => String(i));
    const response = await bedrock({ region, ...credentials })(upstream)(
      new Request('http://x/v1/embeddings', {
        method: 'POST',
        body: JSON.stringify({ model: 'amazon.titan-embed-text-v2:0', input }),
      }),
    );
    const body = (await response.json()) as {
      data: Array<{ embedding: number[] }>;
      usage: { prompt_tokens: number };
    };
    expect(body.data.map((item) => item.embedding[0])).toEqual(input.map(Number));
    expect(body.usage.prompt_tokens).toBe(20);
    expect(upstream.calls).toBe(20);
    expect(most).toBe(8);
  });

  it('returns the first failed call as an OpenAI error', async () => {
    const upstream = scripted([
      new Response(JSON.stringify({ embedding: [1], inputTextTokenCount: 1 })),
      new Response(JSON.stringify({ message: 'Malformed input request' }), {
        status: 400,
        headers: { 'x-amzn-errortype': 'ValidationException' },
      }),
    ]);
    const response = await bedrock({ region, ...credentials })(upstream)(
      new Request('http://x/v1/embeddings', {
        method: 'POST',
        body: JSON.stringify({ model: 'amazon.titan-embed-text-v1', input: ['a', 'b'] }),
      }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_request');
  });
});
