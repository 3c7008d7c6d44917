// Finding 4 of issue 20: hop-by-hop and framing headers end at the gateway, both ways, and a large
// body sent as curl sends it (`Expect: 100-continue`) goes through instead of a 502.
import { createHash } from 'node:crypto';
import { type IncomingHttpHeaders, request } from 'node:http';
import { fetchTransport } from '@switchyard/core';
import { type RunningGateway, type ServeOptions, serve } from '@switchyard/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatCompletionJson, type RecordingUpstream, startRecordingUpstream } from './recording-upstream.js';

/** What a client received, read with node:http so every header on the wire is seen. */
interface Received {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/**
 * POSTs `body` as curl does for a body over 1 MB: `Expect: 100-continue` first, the body only after
 * the server said `100 Continue` (a server that never says it gets nothing).
 */
function postExpectingContinue(
  url: string,
  headers: Record<string, string>,
  body: Buffer,
): Promise<Received> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, {
      method: 'POST',
      headers: { ...headers, expect: '100-continue', 'content-length': String(body.length) },
    });
    outgoing.once('continue', () => outgoing.end(body));
    outgoing.once('response', (incoming) => collect(incoming, resolve, reject));
    outgoing.once('error', reject);
    outgoing.flushHeaders();
  });
}

/** POSTs `body` chunked, with whatever headers are given, as a client of any kind may. */
function postChunked(url: string, headers: Record<string, string>, body: string): Promise<Received> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: 'POST', headers });
    outgoing.once('response', (incoming) => collect(incoming, resolve, reject));
    outgoing.once('error', reject);
    outgoing.write(body.slice(0, 10));
    outgoing.end(body.slice(10));
  });
}

function collect(
  incoming: import('node:http').IncomingMessage,
  resolve: (received: Received) => void,
  reject: (error: Error) => void,
): void {
  const chunks: Buffer[] = [];
  incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
  incoming.once('end', () =>
    resolve({
      status: incoming.statusCode ?? 0,
      headers: incoming.headers,
      text: Buffer.concat(chunks).toString('utf8'),
    }),
  );
  incoming.once('error', reject);
}

/** Every header a client may send that must not reach the upstream, and that none of them does. */
const hopHeaders = {
  connection: 'keep-alive, x-hop-secret',
  'x-hop-secret': 'for the gateway only',
  'keep-alive': 'timeout=30, max=9',
  te: 'trailers',
  trailer: 'x-checksum',
  'proxy-authorization': 'Basic cHJveHk6cGFzc3dvcmQ=',
  'proxy-connection': 'keep-alive',
  'proxy-x-anything': 'proxy business',
};
const mustNotArrive = [
  'expect',
  'x-hop-secret',
  'keep-alive',
  'te',
  'trailer',
  'upgrade',
  'proxy-authorization',
];

const modes: [string, Partial<ServeOptions>][] = [
  ['serve()', {}],
  ['serve() through its Hono app (cors)', { cors: '*' }],
  ['serve() with fetchTransport()', { transport: fetchTransport() }],
];

describe.each(modes)('hop-by-hop headers through %s', (_name, options) => {
  let upstream: RecordingUpstream;
  let gateway: RunningGateway;
  let routing: Record<string, string>;

  beforeAll(async () => {
    upstream = await startRecordingUpstream((response, arrival) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        connection: 'keep-alive, x-upstream-hop',
        'x-upstream-hop': 'for the upstream connection only',
        'keep-alive': 'timeout=30, max=7',
        'proxy-authenticate': 'Basic realm="upstream"',
        'x-request-id': 'req-from-upstream',
      });
      response.end(chatCompletionJson(`received ${arrival.bodyBytes} bytes`));
    });
    gateway = await serve({ port: 0, log: () => {}, ...options });
    routing = {
      authorization: 'Bearer sk-upstream-key',
      'x-portkey-provider': 'openai',
      'x-portkey-custom-host': upstream.baseURL,
      'content-type': 'application/json',
    };
  });

  afterAll(async () => {
    await gateway?.close(0);
    await upstream?.close();
  });

  it('carries a 24 MiB body sent with Expect: 100-continue to the upstream whole, and its answer back', async () => {
    const content = 'a'.repeat(24 * 1024 * 1024);
    const body = Buffer.from(JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }] }));
    const received = await postExpectingContinue(`${gateway.url}/v1/chat/completions`, routing, body);
    expect(received.status, received.text).toBe(200);
    const arrival = upstream.arrivals.at(-1)!;
    expect(arrival.bodyBytes).toBe(body.length);
    expect(arrival.bodySha256).toBe(createHash('sha256').update(body).digest('hex'));
    expect(arrival.headers.expect).toBeUndefined();
    expect(JSON.parse(received.text).choices[0].message.content).toBe(`received ${body.length} bytes`);
  });

  it('sends no hop-by-hop, proxy or framing header of the client, nor one its Connection names', async () => {
    const body = JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] });
    const received = await postChunked(
      `${gateway.url}/v1/chat/completions`,
      { ...routing, ...hopHeaders, 'x-end-to-end': 'kept' },
      body,
    );
    expect(received.status, received.text).toBe(200);
    const { headers, bodyBytes } = upstream.arrivals.at(-1)!;
    for (const name of [...mustNotArrive, 'proxy-connection', 'proxy-x-anything']) {
      expect(headers[name], name).toBeUndefined();
    }
    expect(headers.connection ?? '').not.toContain('x-hop-secret');
    expect(headers.host).toBe(new URL(upstream.baseURL).host); // the transport's own, not the gateway's
    expect(bodyBytes).toBe(Buffer.byteLength(body));
    expect(headers['content-length'] ?? String(bodyBytes)).toBe(String(bodyBytes));
    expect(headers['x-end-to-end']).toBe('kept');
  });

  it("copies none of the upstream's hop-by-hop answer headers to the client", async () => {
    const body = JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] });
    const received = await postChunked(`${gateway.url}/v1/chat/completions`, routing, body);
    expect(received.status, received.text).toBe(200);
    expect(received.headers['x-upstream-hop']).toBeUndefined();
    expect(received.headers['proxy-authenticate']).toBeUndefined();
    expect(received.headers.connection ?? '').not.toContain('x-upstream-hop');
    expect(received.headers['keep-alive'] ?? '').not.toContain('max=7'); // Node's own, if any
    expect(received.headers['x-request-id']).toBe('req-from-upstream'); // end to end: kept
  });
});
