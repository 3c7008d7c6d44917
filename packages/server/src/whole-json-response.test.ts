import { TransportError } from '@switchyard/core';
import { describe, expect, it } from 'vitest';
import { wholeJsonResponse } from './whole-json-response.js';

/** A body stream that sends `chunks`, then fails with `error` when one is given. */
function chunked(chunks: string[], error?: unknown): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      if (error === undefined) controller.close();
      else controller.error(error);
    },
  });
}

describe('wholeJsonResponse', () => {
  it('sends a streamed JSON answer whole with its content-length, status and headers kept', async () => {
    const response = await wholeJsonResponse(
      new Response(chunked(['{"error":{"message":"slow ', 'down"}}']), {
        status: 429,
        headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': '7' },
      }),
    );
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(response.headers.get('content-length')).toBe('33');
    expect(await response.text()).toBe('{"error":{"message":"slow down"}}');
  });

  it('leaves an event stream and a bodiless answer as they are', async () => {
    const stream = new Response(chunked(['data: [DONE]\n\n']), {
      headers: { 'content-type': 'text/event-stream' },
    });
    expect(await wholeJsonResponse(stream)).toBe(stream);
    const empty = new Response(null, { status: 204 });
    expect(await wholeJsonResponse(empty)).toBe(empty);
  });

  it('answers a 502 naming the failure when the JSON body breaks off', async () => {
    const hangUp = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const cut = new TransportError('http://127.0.0.1:9/v1/chat/completions', hangUp);
    const response = await wholeJsonResponse(
      new Response(chunked(['{"id":"chatcmpl-1",'], cut), {
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
    // What failed, without the internal URL it failed for.
    expect(JSON.parse(text).error.message).toBe(
      'The connection to the upstream failed: connection reset (ECONNRESET)',
    );
  });
});
