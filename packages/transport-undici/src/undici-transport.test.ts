import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  compose,
  TransportError,
  toFetch,
  UpstreamProtocolError,
  withRequestOptions,
} from '@switchyard/core';
import {
  awaitFirstByte,
  knownResponseBytes,
  needsFirstByte,
  requestOptionHeaders,
  tapResponse,
} from '@switchyard/core/internal';
import { Agent } from 'undici';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type UndiciTransport, undiciTransport } from './undici-transport.js';

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A server on 127.0.0.1:0; `respond` gets the request with its body read, unless `raw`. */
async function serve(
  respond: (request: IncomingMessage, response: ServerResponse) => void,
  options: { raw?: boolean } = {},
): Promise<{ origin: string; received: Received[] }> {
  const received: Received[] = [];
  const server: Server = createServer((request, response) => {
    if (options.raw) return respond(request, response);
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      respond(request, response);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  cleanups.push(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

function transport(options: Parameters<typeof undiciTransport>[0] = {}): UndiciTransport {
  const created = undiciTransport(options);
  cleanups.push(() => created.close());
  return created;
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** Resolves once undici has received the response headers of a request for `path`. */
function headersReceived(path: string): Promise<void> {
  const received = deferred();
  const listener = (message: unknown) => {
    if ((message as { request: { path: string } }).request.path === path) received.resolve();
  };
  subscribe('undici:request:headers', listener);
  cleanups.push(async () => void unsubscribe('undici:request:headers', listener));
  return received.promise;
}

const json = (response: ServerResponse) => {
  response.writeHead(201, 'Made', { 'content-type': 'application/json' });
  response.end('{"ok":true}');
};

describe('undiciTransport', () => {
  it('sends method, path, query, headers and body and answers with status, headers and body', async () => {
    const { origin, received } = await serve((_request, response) => json(response));
    const response = await transport()(
      new Request(`${origin}/v1/chat/completions?x=1#fragment`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer k' },
        body: '{"model":"m"}',
      }),
    );
    expect(response.status).toBe(201);
    expect(response.statusText).toBe('Made');
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ ok: true });
    expect(received[0]).toMatchObject({
      method: 'POST',
      url: '/v1/chat/completions?x=1',
      body: '{"model":"m"}',
      // A body only known as a stream goes out chunked, as it is produced.
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer k',
        'transfer-encoding': 'chunked',
      },
    });
  });

  it('strips every x-switchyard-* header, known or not', async () => {
    const { origin, received } = await serve((_request, response) => json(response));
    const request = withRequestOptions(
      new Request(`${origin}/v1/models`, { headers: { 'x-switchyard-new-thing': 'v', 'x-keep': 'yes' } }),
      { traceId: 't', metadata: { a: 'b' } },
    );
    expect(request.headers.get(requestOptionHeaders.traceId)).toBe('t');
    await (await transport()(request)).arrayBuffer();
    expect(Object.keys(received[0]!.headers).filter((name) => name.startsWith('x-switchyard-'))).toEqual([]);
    expect(received[0]!.headers['x-keep']).toBe('yes');
  });

  it("does not pass on the caller's accept-encoding, so answers come uncompressed", async () => {
    const { origin, received } = await serve((_request, response) => json(response));
    await transport()(
      new Request(`${origin}/v1/models`, { headers: { 'accept-encoding': 'gzip, br', 'x-kept': '1' } }),
    );
    expect(received[0]?.headers['accept-encoding']).toBeUndefined();
    expect(received[0]?.headers['x-kept']).toBe('1');
  });

  it('keeps repeated response headers: each set-cookie separately', async () => {
    const { origin } = await serve((_request, response) => {
      response.setHeader('set-cookie', ['a=1; Path=/', 'b=2; Path=/']);
      response.setHeader('x-multi', ['one', 'two']);
      response.end('ok');
    });
    const response = await transport()(new Request(`${origin}/`));
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    expect(response.headers.get('x-multi')).toBe('one, two');
    expect(await response.text()).toBe('ok');
  });

  it('streams the response body: the first chunk arrives before the server writes the second', async () => {
    const firstRead = deferred();
    const { origin } = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('data: first\n\n');
      firstRead.promise.then(() => response.end('data: second\n\n'));
    });
    const response = await transport()(new Request(`${origin}/stream`));
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    expect(decoder.decode((await reader.read()).value)).toBe('data: first\n\n');
    firstRead.resolve();
    let rest = '';
    for (let part = await reader.read(); !part.done; part = await reader.read())
      rest += decoder.decode(part.value);
    expect(rest).toBe('data: second\n\n');
  });

  it('answers a successful event stream once its first bytes arrived, so awaitFirstByte need not wrap it', async () => {
    const sendFirst = deferred();
    const { origin } = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.flushHeaders();
      sendFirst.promise.then(() => response.end('data: first\n\n'));
    });
    const headers = headersReceived('/stream');
    let answered = false;
    const pending = transport()(new Request(`${origin}/stream`)).then((response) => {
      answered = true;
      return response;
    });
    // The client has the headers; one event-loop turn lets everything they set off run.
    await headers;
    await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toBe(false);
    sendFirst.resolve();
    const response = await pending;
    expect(await awaitFirstByte(response, new AbortController().signal)).toBe(response);
    expect(await response.text()).toBe('data: first\n\n');
  });

  it('leaves an event stream that ends before its first byte for awaitFirstByte to reject', async () => {
    const { origin } = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.end();
    });
    const response = await transport()(new Request(`${origin}/stream`));
    await expect(awaitFirstByte(response, new AbortController().signal)).rejects.toBeInstanceOf(
      UpstreamProtocolError,
    );
  });

  it('marks every other answer settled, so needsFirstByte answers without reading its headers', async () => {
    const { origin } = await serve((request, response) => {
      const type = request.url === '/json' ? 'application/json' : 'text/event-stream';
      response.writeHead(request.url === '/json' ? 200 : 500, { 'content-type': type });
      response.end(request.url === '/json' ? '{"ok":true}' : 'data: failed\n\n');
    });
    for (const path of ['/json', '/failed-stream']) {
      const response = await transport()(new Request(`${origin}${path}`));
      const get = vi.spyOn(response.headers, 'get');
      expect(needsFirstByte(response)).toBe(false);
      expect(get).not.toHaveBeenCalled();
      await response.text();
    }
  });

  it('makes the response body tappable: a tap sees every byte without a new Response', async () => {
    const firstSeen = deferred();
    const { origin } = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"a":');
      // The rest exists only once the tap has seen the first part: the body comes in two reads.
      firstSeen.promise.then(() => response.end('1}'));
    });
    const response = await transport()(new Request(`${origin}/json`));
    const seen: string[] = [];
    const ends: string[] = [];
    const tapped = tapResponse(response, {
      transform(chunk) {
        seen.push(Buffer.from(chunk).toString());
        firstSeen.resolve();
        return chunk;
      },
      flush: () => null,
      end: (outcome) => void ends.push(outcome),
    });
    expect(tapped).toBe(response);
    expect(await response.json()).toEqual({ a: 1 });
    expect(seen).toEqual(['{"a":', '1}']);
    expect(ends).toEqual(['completed']);
  });

  it('streams the request body: the server sees the first chunk before the second exists', async () => {
    const firstArrived = deferred();
    const chunks: string[] = [];
    const { origin } = await serve(
      (request, response) => {
        request.on('data', (chunk: Buffer) => {
          chunks.push(chunk.toString());
          firstArrived.resolve();
        });
        request.on('end', () => response.end(chunks.join('')));
      },
      { raw: true },
    );
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('first|'));
        firstArrived.promise.then(() => {
          controller.enqueue(encoder.encode('second'));
          controller.close();
        });
      },
    });
    const request = new Request(`${origin}/upload`, { method: 'POST', body, duplex: 'half' } as RequestInit);
    const response = await transport()(request);
    expect(await response.text()).toBe('first|second');
    expect(chunks[0]).toBe('first|');
  });

  it('sends a remembered body, so the same request can be sent again', async () => {
    const { origin, received } = await serve((_request, response) => json(response));
    const send = transport();
    const seen: Request[] = [];
    const fetchLike = toFetch(
      compose((next) => async (request) => {
        seen.push(request);
        await (await next(request)).arrayBuffer();
        return next(request);
      })(send),
    );
    await fetchLike(`${origin}/v1/embeddings`, { method: 'POST', body: '{"input":"x"}' });
    expect(received.map((request) => request.body)).toEqual(['{"input":"x"}', '{"input":"x"}']);
    expect(received[0]!.headers['content-length']).toBe('13');
  });

  it("rejects with the signal's reason when aborted before the response", async () => {
    const received = deferred();
    const { origin } = await serve(() => received.resolve()); // receives the request, never answers
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    const pending = transport()(new Request(`${origin}/slow`, { signal: controller.signal }));
    await received.promise;
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    const already = new AbortController();
    already.abort(reason);
    await expect(transport()(new Request(`${origin}/x`, { signal: already.signal }))).rejects.toBe(reason);
  });

  it("through toFetch, rejects with the caller's reason when the caller's signal aborts", async () => {
    const received = deferred();
    const { origin } = await serve(() => received.resolve()); // receives the request, never answers
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    const pending = toFetch(transport())(`${origin}/slow`, { signal: controller.signal });
    await received.promise;
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it("errors the body with the signal's reason when aborted mid-stream", async () => {
    const { origin } = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('data: first\n\n');
    });
    const controller = new AbortController();
    const response = await transport()(new Request(`${origin}/stream`, { signal: controller.signal }));
    const reader = response.body!.getReader();
    await reader.read();
    const reason = new Error('stop streaming');
    controller.abort(reason);
    await expect(reader.read()).rejects.toBe(reason);
  });

  it('releases the connection when the response body is cancelled', async () => {
    const { origin } = await serve((request, response) => {
      if (request.url === '/stream') {
        response.writeHead(200);
        response.write('partial');
        return;
      }
      response.end('next');
    });
    // With a single connection, the second request can only be sent once the first is released.
    const send = transport({ connections: 1 });
    const streaming = await send(new Request(`${origin}/stream`));
    const reader = streaming.body!.getReader();
    await reader.read();
    await reader.cancel();
    expect(await (await send(new Request(`${origin}/after`))).text()).toBe('next');
  });

  it('rejects with a TransportError carrying the cause when the connection is refused', async () => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const error = await transport()(new Request(`http://127.0.0.1:${port}/v1/models?key=secret`)).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).cause).toBeInstanceOf(Error);
    expect((error as TransportError).url).toBe(`http://127.0.0.1:${port}/v1/models`);
    expect((error as TransportError).message).toContain('ECONNREFUSED');
    expect((error as TransportError).message).not.toContain('secret');
  });

  it('errors the body with a TransportError when the connection drops mid-body', async () => {
    const cut = deferred();
    const { origin } = await serve((_request, response) => {
      response.writeHead(200, { 'content-length': '100' });
      response.write('only part');
      cut.promise.then(() => response.socket?.destroy());
    });
    const response = await transport()(new Request(`${origin}/cut`));
    cut.resolve();
    await expect(response.text()).rejects.toBeInstanceOf(TransportError);
  });

  it('reads a small JSON answer whole and remembers its bytes; the body still reads as a stream', async () => {
    const text = JSON.stringify({ id: 'chatcmpl-1', choices: [] });
    const { origin } = await serve((_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
      });
      response.end(text);
    });
    const response = await transport()(new Request(`${origin}/v1/chat/completions`));
    expect(new TextDecoder().decode(knownResponseBytes(response))).toBe(text);
    expect(needsFirstByte(response)).toBe(false);
    expect(await response.clone().json()).toEqual(JSON.parse(text));
    expect(await response.text()).toBe(text);
    // Read by someone else: the remembered bytes are no longer offered.
    expect(knownResponseBytes(response)).toBeUndefined();
  });

  it('streams a JSON answer of unknown length, or one over 1 MiB, as any other', async () => {
    const big = JSON.stringify({ data: 'x'.repeat(1024 * 1024) });
    const { origin } = await serve((request, response) => {
      if (request.url === '/big') {
        response.writeHead(200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(big),
        });
        response.end(big);
        return;
      }
      json(response);
    });
    const send = transport();
    const chunked = await send(new Request(`${origin}/chunked`));
    expect(knownResponseBytes(chunked)).toBeUndefined();
    expect(await chunked.json()).toEqual({ ok: true });
    const large = await send(new Request(`${origin}/big`));
    expect(knownResponseBytes(large)).toBeUndefined();
    expect((await large.text()).length).toBe(big.length);
  });

  it('rejects with a TransportError when the connection drops inside a JSON answer it reads whole', async () => {
    const { origin } = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      response.write('{"partial":');
      setImmediate(() => response.socket?.destroy());
    });
    await expect(transport()(new Request(`${origin}/cut`))).rejects.toBeInstanceOf(TransportError);
  });

  it("rejects with the signal's reason when aborted inside a JSON answer it reads whole", async () => {
    const { origin } = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      response.write('{"partial":');
    });
    const controller = new AbortController();
    const headers = headersReceived('/slow');
    const pending = transport()(new Request(`${origin}/slow`, { signal: controller.signal }));
    await headers;
    const reason = new Error('the caller gave up');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('answers a null-body status and a HEAD request without a body', async () => {
    const { origin } = await serve((request, response) => {
      response.writeHead(request.url === '/empty' ? 204 : 200, { 'x-a': 'b' });
      response.end();
    });
    const send = transport();
    const empty = await send(new Request(`${origin}/empty`, { method: 'DELETE' }));
    expect(empty.status).toBe(204);
    expect(empty.body).toBeNull();
    const head = await send(new Request(`${origin}/head`, { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(head.headers.get('x-a')).toBe('b');
    expect(head.body).toBeNull();
  });

  it('rebases every request onto baseURL', async () => {
    const { origin, received } = await serve((_request, response) => json(response));
    await (
      await transport({ baseURL: `${origin}/proxy` })(new Request('https://api.openai.com/v1/models?a=b'))
    ).text();
    expect(received[0]!.url).toBe('/proxy/v1/models?a=b');
  });

  it('sends through an injected dispatcher and leaves it open on close()', async () => {
    const { origin } = await serve((_request, response) => json(response));
    const agent = new Agent();
    cleanups.push(() => agent.close());
    const send = undiciTransport({ dispatcher: agent });
    await send.close();
    expect((await send(new Request(`${origin}/`))).status).toBe(201);
    expect(agent.closed).toBe(false);
  });

  it('close() releases its own pool: later requests fail as TransportError', async () => {
    const { origin } = await serve((_request, response) => json(response));
    const send = undiciTransport();
    await (await send(new Request(`${origin}/`))).text();
    await send.close();
    await expect(send(new Request(`${origin}/`))).rejects.toBeInstanceOf(TransportError);
  });

  it('validates its options', () => {
    expect(() => undiciTransport({ connections: 0 })).toThrow(
      'undiciTransport: connections must be an integer >= 1; got 0',
    );
    expect(() => undiciTransport({ keepAliveTimeout: 1.5 })).toThrow(
      /keepAliveTimeout must be an integer >= 1/,
    );
    expect(() => undiciTransport({ pipelining: -1 })).toThrow(/pipelining must be an integer >= 0; got -1/);
    expect(() => undiciTransport({ dispatcher: {} as Agent })).toThrow(
      /dispatcher must be an undici Dispatcher/,
    );
    expect(() => undiciTransport({ dispatcher: new Agent(), connections: 2 })).toThrow(
      /connections cannot be combined with dispatcher/,
    );
    expect(() => undiciTransport({ baseURL: 'nope' })).toThrow(/undiciTransport.baseURL must be an absolute/);
  });
});
