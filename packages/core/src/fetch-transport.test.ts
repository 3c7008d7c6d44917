import { afterEach, describe, expect, it } from 'vitest';
import { TransportError } from './errors/transport-error.js';
import { fetchTransport } from './fetch-transport.js';
import { rememberBody } from './request-body.js';
import { closedPort, type LocalServer, startLocalServer } from './test-support/local-server.js';

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function okServer(): Promise<LocalServer> {
  server = await startLocalServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"ok":true}');
  });
  return server;
}

describe('fetchTransport', () => {
  it('sends method, URL, headers and body and returns the response', async () => {
    const { origin, received } = await okServer();
    const response = await fetchTransport()(
      new Request(`${origin}/v1/chat/completions?x=1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer k' },
        body: '{"model":"m"}',
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(received[0]).toMatchObject({
      method: 'POST',
      url: '/v1/chat/completions?x=1',
      body: '{"model":"m"}',
      headers: { 'content-type': 'application/json', authorization: 'Bearer k' },
    });
  });

  it('sends a remembered body from memory, and is aborted by the request signal', async () => {
    const { origin, received } = await okServer();
    const transport = fetchTransport();
    const controller = new AbortController();
    const request = new Request(`${origin}/v1/embeddings`, {
      method: 'POST',
      body: '{"input":"x"}',
      signal: controller.signal,
    });
    rememberBody(request, '{"input":"x"}');
    expect((await transport(request)).status).toBe(200);
    expect(received[0]?.body).toBe('{"input":"x"}');
    // The transport sent the bytes from memory: the request itself is still unread.
    expect(await request.text()).toBe('{"input":"x"}');
    const reason = new Error('client gone');
    controller.abort(reason);
    await expect(transport(request)).rejects.toBe(reason);
  });

  it('strips every x-switchyard-* header, known or not, before the request leaves', async () => {
    const { origin, received } = await okServer();
    await fetchTransport()(
      new Request(`${origin}/v1/models`, {
        headers: {
          'x-switchyard-trace-id': 't1',
          'x-switchyard-metadata': '{"a":"b"}',
          'X-Switchyard-Something-New': 'v',
          'x-other': 'kept',
        },
      }),
    );
    const names = Object.keys(received[0]!.headers);
    expect(names.filter((name) => name.startsWith('x-switchyard-'))).toEqual([]);
    expect(received[0]!.headers['x-other']).toBe('kept');
  });

  it('rejects with a TransportError carrying the cause when the connection is refused', async () => {
    const port = await closedPort();
    const error = await fetchTransport()(new Request(`http://127.0.0.1:${port}/v1/models?key=secret`)).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(TransportError);
    const transport = error as TransportError;
    expect(transport.code).toBe('ERR_TRANSPORT');
    expect(transport.cause).toBeInstanceOf(Error);
    expect(transport.url).toBe(`http://127.0.0.1:${port}/v1/models`);
    expect(transport.message).toContain('ECONNREFUSED');
    expect(transport.message).not.toContain('secret');
  });

  it("rejects with the signal's reason when the request is aborted while the server holds it", async () => {
    let arrived!: () => void;
    const received = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    server = await startLocalServer(() => arrived()); // receives the request, never answers
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    const pending = fetchTransport()(new Request(`${server.origin}/slow`, { signal: controller.signal }));
    await received;
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('rebases every request onto baseURL, keeping path and query', async () => {
    const { origin, received } = await okServer();
    const transport = fetchTransport({ baseURL: `${origin}/proxy/` });
    await transport(new Request('https://api.openai.com/v1/chat/completions?api-version=1'));
    expect(received[0]!.url).toBe('/proxy/v1/chat/completions?api-version=1');
  });

  it('streams a request body: the server sees the first chunk before the second exists', async () => {
    let firstChunkArrived!: () => void;
    const arrived = new Promise<void>((resolve) => {
      firstChunkArrived = resolve;
    });
    const chunks: string[] = [];
    server = await startLocalServer(
      (request, response) => {
        request.on('data', (chunk: Buffer) => {
          chunks.push(chunk.toString());
          firstChunkArrived();
        });
        request.on('end', () => response.end(chunks.join('')));
      },
      { raw: true },
    );
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('first|'));
        // The second chunk is produced only after the server received the first one.
        arrived.then(() => {
          controller.enqueue(encoder.encode('second'));
          controller.close();
        });
      },
    });
    const request = new Request(`${server.origin}/upload`, {
      method: 'POST',
      body,
      duplex: 'half',
    } as RequestInit);
    const response = await fetchTransport()(request);
    expect(await response.text()).toBe('first|second');
    expect(chunks[0]).toBe('first|');
  });

  it('calls an injected fetch with the stripped headers', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const transport = fetchTransport({
      fetch: async (url, init) => {
        seen.push({ url: String(url), init: init! });
        return new Response('injected');
      },
    });
    const response = await transport(
      new Request('http://x.test/v1/models', { headers: { 'x-switchyard-trace-id': 't', accept: 'a/b' } }),
    );
    expect(await response.text()).toBe('injected');
    const headers = seen[0]!.init.headers as Headers;
    expect(headers.get('x-switchyard-trace-id')).toBeNull();
    expect(headers.get('accept')).toBe('a/b');
  });

  it('validates its options', () => {
    expect(() => fetchTransport({ fetch: 'nope' as unknown as typeof fetch })).toThrow(
      /fetchTransport: options.fetch must be a function/,
    );
    expect(() => fetchTransport({ baseURL: 'not a url' })).toThrow(
      /fetchTransport.baseURL must be an absolute/,
    );
    expect(() => fetchTransport({ baseURL: 'ftp://x.test' })).toThrow(/must use http or https; got ftp:/);
  });
});
