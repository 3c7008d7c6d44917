// What the transport never passes on (hop-by-hop and framing headers, both ways), and that
// close(deadlineMs) resolves while a stalled stream nobody reads is still open.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TransportError } from '@switchyard/core';
import { afterEach, describe, expect, it } from 'vitest';
import { undiciTransport } from './undici-transport.js';

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

/** A local upstream answering with `respond`; `closed` resolves when a response's connection closes. */
async function upstream(respond: (request: IncomingMessage, response: ServerResponse) => void) {
  const seen: IncomingMessage[] = [];
  const bodySizes: number[] = [];
  let closed!: () => void;
  const responseClosed = new Promise<void>((resolve) => {
    closed = resolve;
  });
  const server = createServer((request, response) => {
    seen.push(request);
    response.once('close', closed);
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
    });
    request.once('end', () => {
      bodySizes.push(size);
      respond(request, response);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  stops.push(() => {
    server.closeAllConnections();
    server.close();
  });
  const port = (server.address() as AddressInfo).port;
  return { origin: `http://127.0.0.1:${port}`, seen, bodySizes, responseClosed };
}

describe('undiciTransport: hop-by-hop headers', () => {
  it('sends none of the caller hop-by-hop, framing or proxy headers, nor those Connection names', async () => {
    const { origin, seen, bodySizes } = await upstream((_request, response) => response.end('{}'));
    const send = undiciTransport();
    stops.push(() => void send.close(0));
    const body = 'x'.repeat(1000);
    const response = await send(
      new Request(`${origin}/v1/chat/completions`, {
        method: 'POST',
        body,
        headers: {
          expect: '100-continue',
          connection: 'keep-alive, x-hop-only',
          'x-hop-only': 'for this hop',
          'keep-alive': 'timeout=5',
          te: 'trailers',
          trailer: 'x-checksum',
          'proxy-authorization': 'Basic cHJveHk6c2VjcmV0',
          'proxy-connection': 'keep-alive',
          'content-length': '7', // wrong on purpose: the transport measures the body itself
          'content-type': 'application/json',
          'x-end-to-end': 'kept',
        },
      }),
    );
    expect(response.status).toBe(200);
    const headers = seen[0]!.headers;
    for (const name of [
      'expect',
      'x-hop-only',
      'keep-alive',
      'te',
      'trailer',
      'proxy-authorization',
      'proxy-connection',
    ]) {
      expect(headers[name], name).toBeUndefined();
    }
    expect(headers.connection).not.toContain('x-hop-only');
    expect(headers['content-length']).not.toBe('7');
    expect(bodySizes).toEqual([body.length]);
    expect(headers['x-end-to-end']).toBe('kept');
    expect(headers['content-type']).toBe('application/json');
  });

  it("keeps the upstream's hop-by-hop response headers, and those its Connection names, out of the answer", async () => {
    const { origin } = await upstream((_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        connection: 'keep-alive, x-upstream-hop',
        'x-upstream-hop': 'for this hop',
        'keep-alive': 'timeout=5',
        'proxy-authenticate': 'Basic realm="upstream"',
        trailer: 'x-checksum',
        'x-request-id': 'req-upstream-1',
      });
      response.end('{}');
    });
    const send = undiciTransport();
    stops.push(() => void send.close(0));
    const response = await send(new Request(`${origin}/v1/models`));
    for (const name of ['connection', 'x-upstream-hop', 'keep-alive', 'proxy-authenticate', 'trailer']) {
      expect(response.headers.get(name), name).toBeNull();
    }
    expect(response.headers.get('x-request-id')).toBe('req-upstream-1');
    expect(await response.text()).toBe('{}');
  });
});

describe('undiciTransport: close(deadlineMs)', () => {
  it('resolves by its deadline while a stalled stream nobody reads is open, and destroys that stream', async () => {
    const stalled = await upstream((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('data: {"choices":[]}\n\n'); // then nothing, for ever
    });
    const send = undiciTransport();
    const abandoned = await send(
      new Request(`${stalled.origin}/v1/chat/completions`, { method: 'POST', body: '{}' }),
    );
    expect(abandoned.status).toBe(200); // its body is never read nor cancelled
    await send.close(20);
    await stalled.responseClosed; // the upstream saw its connection go
    // What had arrived can still be read; then the body errors, as a connection lost mid-body does.
    await expect(abandoned.text()).rejects.toBeInstanceOf(TransportError);
    expect(send.close()).toBe(send.close()); // the same promise again
    await expect(send(new Request(`${stalled.origin}/`))).rejects.toBeInstanceOf(TransportError);
  });

  it('closes gracefully when nothing is open, and refuses a bad deadline', async () => {
    const send = undiciTransport();
    await send.close(0);
    expect(() => send.close(-1)).toThrow('undiciTransport: close(deadlineMs) needs a number >= 0; got -1');
  });

  it('ends a request whose answer never comes with TransportError after headersTimeout', async () => {
    const silent = await upstream(() => undefined);
    const send = undiciTransport({ headersTimeout: 30 });
    stops.push(() => void send.close(0));
    await expect(send(new Request(`${silent.origin}/v1/models`))).rejects.toBeInstanceOf(TransportError);
    expect(() => undiciTransport({ bodyTimeout: -1 })).toThrow(/bodyTimeout must be an integer >= 0; got -1/);
  });
});
