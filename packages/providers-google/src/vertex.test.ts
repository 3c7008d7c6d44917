import { createVerify, generateKeyPairSync } from 'node:crypto';
import { compose, fetchTransport, type Handler } from '@switchyard/core';
import {
  collectSse,
  fixtureFiles,
  type NativeAnswer,
  type NativeServer,
  type NativeServerRequest,
  scripted,
  startNativeServer,
} from '@switchyard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vertex } from './vertex.js';

const { text: fixtureText, json: fixtureJson } = fixtureFiles(new URL('./fixtures/', import.meta.url));

const textAnswer = fixtureJson<{ response: { body: unknown } }>('chat-text.json').response.body;
const chatBody = JSON.stringify({ model: 'gemini-2.5-flash', messages: [{ role: 'user', content: 'Hi' }] });
const chatRequest = () =>
  new Request('http://switchyard.local/v1/chat/completions', { method: 'POST', body: chatBody });

// A service-account key made for this test run; its public half checks the signed assertion.
const { privateKey, publicKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});
const serviceAccount = {
  type: 'service_account',
  project_id: 'my-proj',
  private_key_id: 'key-1',
  private_key: privateKey,
  client_email: 'switchyard-test@my-proj.iam.gserviceaccount.com',
  client_id: '1234567890',
};

let server: NativeServer;
let answer: NativeAnswer;
let tokenAnswer: NativeAnswer;
const assertions: Array<{
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  verified: boolean;
}> = [];

function onRequest(request: NativeServerRequest): NativeAnswer {
  if (request.path !== '/token') return answer;
  const assertion = new URLSearchParams(request.body).get('assertion') ?? '';
  const [header = '', claims = '', signature = ''] = assertion.split('.');
  const verified = createVerify('RSA-SHA256')
    .update(`${header}.${claims}`)
    .verify(publicKey, signature, 'base64url');
  assertions.push({
    header: JSON.parse(Buffer.from(header, 'base64url').toString()),
    claims: JSON.parse(Buffer.from(claims, 'base64url').toString()),
    verified,
  });
  return tokenAnswer;
}

beforeAll(async () => {
  server = await startNativeServer(onRequest);
});
afterAll(() => server.close());

/** google-auth-library's token request, sent to the local server instead of Google's token endpoint. */
const tokenFetch: typeof fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.href !== 'https://oauth2.googleapis.com/token')
    throw new Error(`unexpected auth request to ${url.href}`);
  return fetch(`${server.url}/token`, init);
};

describe('vertex', () => {
  it('sends the Gemini body to the regional publisher model URL with a bearer token', async () => {
    answer = { body: JSON.stringify(textAnswer) };
    const pipeline = compose(
      vertex({ project: 'my-proj', region: 'us-central1', accessToken: 'ya29.fixed', baseURL: server.url }),
    )(fetchTransport());
    const response = await pipeline(chatRequest());
    const received = server.requests.at(-1)!;
    expect(received.path).toBe(
      '/v1/projects/my-proj/locations/us-central1/publishers/google/models/gemini-2.5-flash:generateContent',
    );
    expect(received.headers.authorization).toBe('Bearer ya29.fixed');
    expect(received.headers['x-goog-api-key']).toBeUndefined();
    expect(JSON.parse(received.body)).toEqual({ contents: [{ role: 'user', parts: [{ text: 'Hi' }] }] });
    expect(response.headers.get('x-switchyard-provider')).toBe('vertex');
    expect(
      ((await response.json()) as { choices: Array<{ message: { content: string } }> }).choices[0]!.message
        .content,
    ).toBe('Green.');
  });

  it('defaults the API root to the regional endpoint, and to the global one for region global', async () => {
    for (const [region, url] of [
      [
        'europe-west4',
        'https://europe-west4-aiplatform.googleapis.com/v1/projects/p/locations/europe-west4/publishers/google/models/gemini-2.5-flash:generateContent',
      ],
      [
        'global',
        'https://aiplatform.googleapis.com/v1/projects/p/locations/global/publishers/google/models/gemini-2.5-flash:generateContent',
      ],
    ] as const) {
      const upstream = scripted([new Response(JSON.stringify(textAnswer))]);
      await vertex({ project: 'p', region, accessToken: 't' })(upstream)(chatRequest());
      expect(upstream.requests[0]!.url).toBe(url);
    }
    const upstream = scripted([new Response(JSON.stringify(textAnswer))]);
    await vertex({ project: 'p', accessToken: 't' })(upstream)(
      new Request('http://x/v1/chat/completions', {
        method: 'POST',
        body: JSON.stringify({
          model: 'publishers/meta/models/llama-3.3-70b',
          messages: [{ role: 'user', content: 'x' }],
        }),
      }),
    );
    expect(upstream.requests[0]!.url).toBe(
      'https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/us-central1/publishers/meta/models/llama-3.3-70b:generateContent',
    );
  });

  it('streams from streamGenerateContent?alt=sse on the Vertex model URL', async () => {
    answer = { headers: { 'content-type': 'text/event-stream' }, body: fixtureText('stream-text.sse') };
    const response = await compose(
      vertex({ project: 'my-proj', region: 'europe-west4', accessToken: 't', baseURL: server.url }),
    )(fetchTransport())(
      new Request('http://switchyard.local/v1/chat/completions', {
        method: 'POST',
        body: JSON.stringify({
          model: 'gemini-2.5-flash',
          messages: [{ role: 'user', content: 'Hi' }],
          stream: true,
        }),
      }),
    );
    expect(server.requests.at(-1)!.path).toBe(
      '/v1/projects/my-proj/locations/europe-west4/publishers/google/models/gemini-2.5-flash:streamGenerateContent?alt=sse',
    );
    const chunks = await collectSse<{ choices: Array<{ delta: { content?: string } }> }>(response);
    expect(chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('')).toBe('Hello, wörld 👋!');
  });

  it('asks an accessToken function and an injected authClient for a token on every request', async () => {
    let calls = 0;
    const upstream = scripted([], { otherwise: () => new Response(JSON.stringify(textAnswer)) });
    const byFunction = vertex({ project: 'p', accessToken: async () => `token-${++calls}` })(upstream);
    await byFunction(chatRequest());
    await byFunction(chatRequest());
    expect(upstream.requests.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ]);
    const byClient = vertex({
      project: 'p',
      authClient: { getAccessToken: async () => ({ token: 'client-token' }) },
    })(upstream);
    await byClient(chatRequest());
    expect(upstream.requests.at(-1)!.headers.get('authorization')).toBe('Bearer client-token');
  });

  it('gets a token for a service-account key through google-auth-library (signed JWT assertion)', async () => {
    answer = { body: JSON.stringify(textAnswer) };
    tokenAnswer = {
      body: JSON.stringify({
        access_token: 'ya29.from-service-account',
        expires_in: 3600,
        token_type: 'Bearer',
      }),
    };
    const provider = vertex({
      project: 'my-proj',
      region: 'us-central1',
      credentials: serviceAccount,
      googleAuthOptions: { clientOptions: { transporterOptions: { fetchImplementation: tokenFetch } } },
      baseURL: server.url,
    });
    const pipeline: Handler = compose(provider)(fetchTransport());
    const before = assertions.length;
    expect((await pipeline(chatRequest())).status).toBe(200);
    expect(server.requests.at(-1)!.headers.authorization).toBe('Bearer ya29.from-service-account');
    await pipeline(chatRequest());
    // The token is cached by google-auth-library: one assertion for two requests.
    expect(assertions.length - before).toBe(1);
    const assertion = assertions.at(-1)!;
    expect(assertion.verified).toBe(true);
    expect(assertion.header).toMatchObject({ alg: 'RS256' });
    expect(assertion.claims).toMatchObject({
      iss: serviceAccount.client_email,
      scope: 'https://www.googleapis.com/auth/cloud-platform',
      aud: 'https://oauth2.googleapis.com/token',
    });
  });

  it('answers 401 without secrets when no token can be had', async () => {
    tokenAnswer = {
      status: 400,
      body: JSON.stringify({ error: 'invalid_grant', error_description: 'Invalid JWT Signature.' }),
    };
    const provider = vertex({
      project: 'my-proj',
      credentials: serviceAccount,
      googleAuthOptions: { clientOptions: { transporterOptions: { fetchImplementation: tokenFetch } } },
      baseURL: server.url,
    });
    const before = server.requests.filter((request) => request.path !== '/token').length;
    const response = await compose(provider)(fetchTransport())(chatRequest());
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid_api_key');
    expect(body.error.message).toMatch(/^vertex: could not obtain credentials: /);
    expect(body.error.message).not.toContain('PRIVATE KEY');
    expect(body.error.message).not.toMatch(/eyJ[\w-]+\./);
    expect(server.requests.filter((request) => request.path !== '/token').length).toBe(before);
  });

  it('redacts the access token from upstream errors', async () => {
    answer = {
      status: 401,
      body: JSON.stringify({
        error: { code: 401, message: 'Token ya29.secret-token expired', status: 'UNAUTHENTICATED' },
      }),
    };
    const response = await compose(
      vertex({ project: 'p', accessToken: 'ya29.secret-token', baseURL: server.url }),
    )(fetchTransport())(chatRequest());
    expect(response.status).toBe(401);
    const text = await response.text();
    expect(text).not.toContain('ya29.secret-token');
    expect(JSON.parse(text)).toMatchObject({
      error: { type: 'authentication_error', code: 'invalid_api_key' },
    });
  });

  it('embeds with predict, reading token counts from statistics', async () => {
    answer = {
      body: JSON.stringify({
        predictions: [
          { embeddings: { values: [0.1, 0.2], statistics: { token_count: 3, truncated: false } } },
          { embeddings: { values: [0.3, 0.4], statistics: { token_count: 4, truncated: false } } },
        ],
      }),
    };
    const response = await compose(
      vertex({ project: 'p', region: 'us-central1', accessToken: 't', baseURL: server.url }),
    )(fetchTransport())(
      new Request('http://switchyard.local/v1/embeddings', {
        method: 'POST',
        body: JSON.stringify({
          model: 'text-embedding-005',
          input: ['one', 'two'],
          dimensions: 2,
          task_type: 'RETRIEVAL_QUERY',
        }),
      }),
    );
    const received = server.requests.at(-1)!;
    expect(received.path).toBe(
      '/v1/projects/p/locations/us-central1/publishers/google/models/text-embedding-005:predict',
    );
    expect(JSON.parse(received.body)).toEqual({
      instances: [
        { content: 'one', task_type: 'RETRIEVAL_QUERY' },
        { content: 'two', task_type: 'RETRIEVAL_QUERY' },
      ],
      parameters: { outputDimensionality: 2 },
    });
    expect(await response.json()).toEqual({
      object: 'list',
      data: [
        { object: 'embedding', index: 0, embedding: [0.1, 0.2] },
        { object: 'embedding', index: 1, embedding: [0.3, 0.4] },
      ],
      model: 'text-embedding-005',
      usage: { prompt_tokens: 7, total_tokens: 7 },
    });
  });

  it('validates options at factory time', () => {
    const saved = process.env['GOOGLE_CLOUD_PROJECT'];
    delete process.env['GOOGLE_CLOUD_PROJECT'];
    try {
      expect(() => vertex({ accessToken: 't' })).toThrow(
        /^vertex: project must be a Google Cloud project id/,
      );
    } finally {
      if (saved !== undefined) process.env['GOOGLE_CLOUD_PROJECT'] = saved;
    }
    expect(() =>
      vertex({ project: 'p', accessToken: 't', authClient: { getAccessToken: async () => 't' } }),
    ).toThrow('vertex: give only one of authClient, accessToken');
    expect(() => vertex({ project: 'p', region: 'US Central' })).toThrow(
      'vertex: region must look like us-central1; got "US Central"',
    );
    expect(() => vertex({ project: 'p', credentials: { client_email: 'x' } as never })).toThrow(
      'vertex: credentials must be a service-account key with client_email and private_key',
    );
    expect(() => vertex({ project: 'p', accessToken: '' })).toThrow(
      'vertex: accessToken must be a non-empty string or a function',
    );
  });
});
