import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRegistry, createVault } from '@switchyard/config';
import { fault, type MockProvider, startMockProvider } from '@switchyard/testing';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningGateway, serve } from './serve.js';

let primary: MockProvider;
let backup: MockProvider;
let gateway: RunningGateway;
const logs: string[] = [];

beforeAll(async () => {
  primary = await startMockProvider({ reply: 'from primary', streamChunkDelayMs: 5 });
  backup = await startMockProvider({ reply: 'from backup' });
  gateway = await serve({
    port: 0,
    log: (line) => logs.push(line),
    vault: createVault({
      'backup-key': { provider: 'openai', api_key: 'sk-backup', custom_host: backup.baseURL },
    }),
    registry: createRegistry({ 'pc-backup': { virtual_key: 'backup-key' } }),
  });
});

afterAll(async () => {
  await gateway.close(1_000);
  await Promise.all([primary.close(), backup.close()]);
});

beforeEach(() => {
  primary.setFaults(undefined);
  primary.requests.length = 0;
  backup.requests.length = 0;
});

function client(headers: Record<string, string> = {}): OpenAI {
  return new OpenAI({
    apiKey: 'sk-primary',
    baseURL: `${gateway.url}/v1`,
    maxRetries: 0,
    defaultHeaders: { 'x-portkey-provider': 'openai', 'x-portkey-custom-host': primary.baseURL, ...headers },
  });
}

/** Headers of a raw request to the gateway naming an OpenAI-compatible target at `customHost`. */
function openaiTargetHeaders(customHost: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    authorization: 'Bearer sk-x',
    'x-portkey-provider': 'openai',
    'x-portkey-custom-host': customHost,
  };
}

describe('gateway', () => {
  it('listens on loopback only without API keys and says so', () => {
    expect(gateway.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(logs).toContain('no gateway API keys configured: listening on loopback only');
  });

  it('serves chat, streams, embeddings and models for a target given in headers', async () => {
    const openai = client({ 'x-portkey-trace-id': 'trace-7' });
    const { data, response } = await openai.chat.completions
      .create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }] })
      .withResponse();
    expect(data.choices[0]?.message.content).toBe('from primary');
    expect(response.headers.get('x-portkey-provider')).toBe('openai');
    expect(response.headers.get('x-switchyard-provider')).toBe('openai');
    expect(response.headers.get('x-portkey-trace-id')).toBe('trace-7');
    expect(response.headers.get('x-switchyard-trace-id')).toBe('trace-7');
    const sent = primary.requests[0]!;
    expect(sent.headers.authorization).toBe('Bearer sk-primary');
    expect(Object.keys(sent.headers).filter((name) => /^x-(portkey|switchyard)-/.test(name))).toEqual([]);

    const stream = await openai.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Hi' }],
      stream: true,
    });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    expect(text).toBe('from primary');

    const embeddings = await openai.embeddings.create({ model: 'text-embedding-3-small', input: 'hello' });
    expect(embeddings.data[0]?.embedding.length).toBeGreaterThan(0);
    const models = await openai.models.list();
    expect(models.data.length).toBeGreaterThan(0);
  });

  it('runs a fallback config from x-portkey-config and reports the path', async () => {
    primary.setFaults([fault.status(503)]);
    const config = {
      strategy: { mode: 'fallback' },
      targets: [
        { provider: 'openai', api_key: 'sk-primary', custom_host: primary.baseURL },
        { virtual_key: 'backup-key' },
      ],
    };
    const { data, response } = await client({ 'x-portkey-config': JSON.stringify(config) })
      .chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }] })
      .withResponse();
    expect(data.choices[0]?.message.content).toBe('from backup');
    expect(response.headers.get('x-portkey-last-used-option-index')).toBe('config.targets[1]');
    expect(backup.requests[0]?.headers.authorization).toBe('Bearer sk-backup');
  });

  it('accepts config ids and names bad configs and headers in a 400', async () => {
    const byId = await client({ 'x-portkey-config': 'pc-backup' }).chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(byId.choices[0]?.message.content).toBe('from backup');

    const badConfig = await client({ 'x-portkey-config': '{"retry":{"attempts":-1}}' })
      .chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }] })
      .catch((error) => error);
    expect(badConfig).toBeInstanceOf(OpenAI.BadRequestError);
    expect(badConfig.message).toContain('retry.attempts: must be >= 0');

    const badMetadata = await client({ 'x-portkey-metadata': '{oops' })
      .chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }] })
      .catch((error) => error);
    expect(badMetadata).toBeInstanceOf(OpenAI.BadRequestError);
    expect(badMetadata.message).toContain('x-portkey-metadata must be valid JSON');
  });

  it('names the header at fault when a per-request option header is malformed', async () => {
    const send = (headers: Record<string, string>) =>
      client(headers)
        .chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }] })
        .catch((error: unknown) => error);
    const badTrace = await send({ 'x-portkey-trace-id': 'has spaces in it' });
    expect(badTrace).toBeInstanceOf(OpenAI.BadRequestError);
    expect((badTrace as Error).message).toContain('x-portkey-trace-id must be 1 to 128 printable ASCII');
    const badTimeout = await send({ 'x-portkey-request-timeout': 'soon' });
    expect((badTimeout as Error).message).toContain('x-portkey-request-timeout must be a positive integer');
    const badRefresh = await send({ 'x-portkey-cache-force-refresh': 'maybe' });
    expect((badRefresh as Error).message).toContain('x-portkey-cache-force-refresh must be true or false');
    expect(primary.requests).toEqual([]);
  });

  it('refuses a streamed upload over the body limit and cancels upstream when the client leaves', async () => {
    const small = await serve({ port: 0, log: () => {}, maxBodyBytes: 512 });
    // An upstream that streams for seconds and records whether its reader went away early.
    let upstreamCut = false;
    const slow = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      const chunk = `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta: { content: 'x' }, finish_reason: null }] })}\n\n`;
      const timer = setInterval(() => response.write(chunk), 20);
      response.on('close', () => {
        clearInterval(timer);
        upstreamCut = !response.writableFinished;
      });
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const slowURL = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/v1`;
    try {
      const chunks = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let index = 0; index < 4; index++) controller.enqueue(new Uint8Array(256).fill(32));
          controller.close();
        },
      });
      const tooBig = await fetch(`${small.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: chunks,
        duplex: 'half',
      } as RequestInit);
      expect(tooBig.status).toBe(413);

      const controller = new AbortController();
      const response = await fetch(`${small.url}/v1/chat/completions`, {
        method: 'POST',
        signal: controller.signal,
        headers: openaiTargetHeaders(slowURL),
        body: JSON.stringify({ model: 'gpt-4o', stream: true, messages: [{ role: 'user', content: 'Hi' }] }),
      });
      const reader = response.body!.getReader();
      await reader.read();
      controller.abort();
      // The gateway drops its upstream request, so the upstream sees its response cut short.
      await expect.poll(() => upstreamCut, { timeout: 5_000 }).toBe(true);
    } finally {
      await small.close(500);
      slow.closeAllConnections();
      await new Promise((resolve) => slow.close(resolve));
    }
  });

  it('has no CORS headers by default and answers 404 in OpenAI shape', async () => {
    const response = await fetch(`${gateway.url}/v1/chat/completions`, {
      method: 'OPTIONS',
      headers: { origin: 'https://example.com', 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const missing = await fetch(`${gateway.url}/v1/nope`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toBe(
      'No route for GET /v1/nope',
    );
    const health = await fetch(`${gateway.url}/health`);
    expect(await health.json()).toEqual({ status: 'ok' });
  });
});

describe('gateway with CORS', () => {
  it('answers preflights for the allowed origin and serves the routes through the Hono app', async () => {
    const running = await serve({ port: 0, log: () => {}, cors: 'https://app.example' });
    try {
      const preflight = await fetch(`${running.url}/v1/chat/completions`, {
        method: 'OPTIONS',
        headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example');
      const answer = await new OpenAI({
        apiKey: 'sk-primary',
        baseURL: `${running.url}/v1`,
        maxRetries: 0,
        defaultHeaders: {
          origin: 'https://app.example',
          'x-portkey-provider': 'openai',
          'x-portkey-custom-host': primary.baseURL,
        },
      }).chat.completions
        .create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }] })
        .withResponse();
      expect(answer.data.choices[0]?.message.content).toBe('from primary');
      expect(answer.response.headers.get('access-control-allow-origin')).toBe('https://app.example');
      expect(answer.response.headers.get('x-portkey-provider')).toBe('openai');
    } finally {
      await running.close(1_000);
    }
  });
});

describe('gateway with API keys', () => {
  it('requires a key, compares it, and keeps provider credentials separate', async () => {
    const keyed = await serve({
      port: 0,
      hostname: '127.0.0.1',
      apiKeys: ['gw-key-1', 'gw-key-2'],
      log: () => {},
      maxBodyBytes: 1024,
      // With keys, clients choose hosts (here a local mock) only where the operator says so.
      compile: { clientHosts: { allowed: true, allowLoopback: true } },
    });
    try {
      const url = `${keyed.url}/v1`;
      const headers = { 'x-portkey-provider': 'openai', 'x-portkey-custom-host': primary.baseURL };
      const anonymous = new OpenAI({
        apiKey: 'sk-primary',
        baseURL: url,
        maxRetries: 0,
        defaultHeaders: headers,
      });
      await expect(
        anonymous.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'Hi' }] }),
      ).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
      const wrong = new OpenAI({
        apiKey: 'sk-primary',
        baseURL: url,
        maxRetries: 0,
        defaultHeaders: { ...headers, 'x-portkey-api-key': 'gw-key-3' },
      });
      await expect(
        wrong.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'Hi' }] }),
      ).rejects.toMatchObject({
        status: 401,
      });
      const allowed = new OpenAI({
        apiKey: 'sk-primary',
        baseURL: url,
        maxRetries: 0,
        defaultHeaders: { ...headers, 'x-portkey-api-key': 'gw-key-2' },
      });
      const answer = await allowed.chat.completions.create({
        model: 'm',
        messages: [{ role: 'user', content: 'Hi' }],
      });
      expect(answer.choices[0]?.message.content).toBe('from primary');
      expect(primary.requests.at(-1)?.headers.authorization).toBe('Bearer sk-primary');

      const tooBig = await fetch(`${url}/chat/completions`, {
        method: 'POST',
        headers: { ...headers, 'x-portkey-api-key': 'gw-key-1', 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'x'.repeat(2048) }] }),
      });
      expect(tooBig.status).toBe(413);
    } finally {
      await keyed.close(1_000);
    }
  });

  it('refuses to listen beyond loopback without keys', async () => {
    await expect(serve({ port: 0, hostname: '0.0.0.0', log: () => {} })).rejects.toThrow(/needs apiKeys/);
  });
});

describe('graceful shutdown', () => {
  it('lets an open stream finish, then closes', async () => {
    const slow = await startMockProvider({
      reply: 'one two three four five six seven eight',
      streamChunkDelayMs: 30,
    });
    const running = await serve({ port: 0, log: () => {} });
    try {
      const openai = new OpenAI({
        apiKey: 'sk-x',
        baseURL: `${running.url}/v1`,
        maxRetries: 0,
        defaultHeaders: { 'x-portkey-provider': 'openai', 'x-portkey-custom-host': slow.baseURL },
      });
      const stream = await openai.chat.completions.create({
        model: 'gpt-4o',
        messages: [{ role: 'user', content: 'Hi' }],
        stream: true,
      });
      const closed = running.close(5_000);
      let text = '';
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
      await closed;
      expect(text).toBe('one two three four five six seven eight');
      await expect(fetch(`${running.url}/health`)).rejects.toThrow();
    } finally {
      await running.close(100);
      await slow.close();
    }
  });

  it("gives a transport that is not one of Switchyard's a request whose body is a real stream", async () => {
    const bodies: string[] = [];
    const running = await serve({
      port: 0,
      log: () => {},
      // Reads `request.body` itself, as `(request) => fetch(request)` would.
      transport: async (request) => {
        bodies.push(await request.text());
        return Response.json({ id: 'c', object: 'chat.completion', created: 1, model: 'm', choices: [] });
      },
    });
    try {
      const response = await fetch(`${running.url}/v1/chat/completions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-portkey-provider': 'openai',
          authorization: 'Bearer k',
        },
        body: '{"model":"gpt-4o","messages":[]}',
      });
      expect(response.status).toBe(200);
      expect(bodies).toEqual(['{"model":"gpt-4o","messages":[]}']);
    } finally {
      await running.close(100);
    }
  });

  it('drops the upstream call when the client goes away before any answer', async () => {
    let received = false;
    let upstreamClosed = false;
    const silent = createServer((request) => {
      received = true;
      // Never answers: only the gateway giving up ends this request.
      request.socket.on('close', () => {
        upstreamClosed = true;
      });
    });
    silent.listen(0, '127.0.0.1');
    await new Promise((resolve) => silent.once('listening', resolve));
    const silentURL = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/v1`;
    const running = await serve({ port: 0, log: () => {} });
    try {
      const controller = new AbortController();
      const pending = fetch(`${running.url}/v1/chat/completions`, {
        method: 'POST',
        signal: controller.signal,
        headers: openaiTargetHeaders(silentURL),
        body: JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }] }),
      }).catch((error: unknown) => error);
      await expect.poll(() => received, { timeout: 5_000 }).toBe(true);
      controller.abort();
      await pending;
      await expect.poll(() => upstreamClosed, { timeout: 5_000 }).toBe(true);
    } finally {
      await running.close(100);
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
