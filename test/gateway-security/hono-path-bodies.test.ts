import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { Handler } from '@switchyard/core';
import { type RunningGateway, serve } from '@switchyard/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Request bodies on the gateway's Hono path (every request with `cors`, and paths `serve`'s own
// listener does not know as written, such as `/v1/./chat/completions`). The fuzz test found a
// transport that answers without sending the body (cancelling it) crashing the process with an
// uncaught "Controller is already closed", and a 413 leaving its unread body on a kept-alive
// connection, where it was taken for the next request.

/** A transport that answers without sending the body, as a guard or a cache in front of the network would. */
const refusingTransport: Handler = async (request) => {
  await request.body?.cancel();
  return new Response(JSON.stringify({ error: { message: 'not sent', type: 'invalid_request_error' } }), {
    status: 403,
    headers: { 'content-type': 'application/json' },
  });
};

const uncaught: Error[] = [];
const onUncaught = (error: Error) => uncaught.push(error);
let withCors: RunningGateway;
let plain: RunningGateway;

beforeAll(async () => {
  process.on('uncaughtException', onUncaught);
  const options = { port: 0, log: () => {}, transport: refusingTransport, maxBodyBytes: 64 * 1024 };
  withCors = await serve({ ...options, cors: '*' });
  plain = await serve(options);
});

afterAll(async () => {
  await Promise.all([withCors.close(1_000), plain.close(1_000)]);
  process.off('uncaughtException', onUncaught);
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/** One request over `agent` (so tests can reuse a kept-alive connection). */
function send(
  gateway: RunningGateway,
  agent: Agent,
  method: string,
  path: string,
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-portkey-provider': 'openai',
      authorization: 'Bearer sk-client-own',
    };
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    const request = httpRequest(`${gateway.url}${path}`, { method, headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.setTimeout(5_000, () => request.destroy(new Error('no answer within 5 s')));
    request.end(body);
  });
}

const chatBody = JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] });

describe('request bodies on the Hono path', () => {
  it('survive a transport that cancels them, with cors or on a non-canonical path', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (const [gateway, path] of [
        [withCors, '/v1/chat/completions'],
        [plain, '/v1/./chat/completions'],
      ] as const) {
        for (let round = 0; round < 5; round++) {
          const answer = await send(gateway, agent, 'POST', path, chatBody);
          expect(answer.status, answer.text).toBe(403);
          expect(JSON.parse(answer.text).error.message).toBe('not sent');
        }
      }
    } finally {
      agent.destroy();
    }
    // Give a late stream callback its chance to throw.
    await new Promise((resolve) => setImmediate(resolve));
    expect(uncaught.map((error) => error.message)).toEqual([]);
  });

  it('answer a body over the limit with a 413 that closes the connection, so the next request is read right', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const large = JSON.stringify({ model: 'gpt-4o-mini', input: 'x'.repeat(100 * 1024) });
    try {
      for (const [gateway, path] of [
        [withCors, '/v1/embeddings'],
        [plain, '/v1/models'], // POST /v1/models is no gateway route: the Hono app answers it
      ] as const) {
        const tooLarge = await send(gateway, agent, 'POST', path, large);
        expect(tooLarge.status, tooLarge.text).toBe(413);
        expect(tooLarge.headers.connection).toBe('close');
        expect(JSON.parse(tooLarge.text).error.code).toBe('request_too_large');
        const next = await send(gateway, agent, 'POST', '/v1/chat/completions', chatBody);
        expect(next.status, next.text).toBe(403);
      }
    } finally {
      agent.destroy();
    }
  });

  it('close the connection after an answer that left them unread, such as a 404', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    // Under the limit, but more than Node reads ahead: most of it is still on the connection.
    const unread = JSON.stringify({ model: 'gpt-4o-mini', input: 'y'.repeat(60 * 1024) });
    try {
      for (const gateway of [withCors, plain]) {
        for (const path of ['/not-a-route', '//v1/chat/completions']) {
          const notFound = await send(gateway, agent, 'POST', path, unread);
          expect(notFound.status, notFound.text).toBe(404);
          expect(notFound.headers.connection).toBe('close');
          const next = await send(gateway, agent, 'POST', '/v1/chat/completions', chatBody);
          expect(next.status, next.text).toBe(403);
        }
      }
    } finally {
      agent.destroy();
    }
  });
});
