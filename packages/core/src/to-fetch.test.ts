import { describe, expect, it } from 'vitest';
import { fetchTransport } from './fetch-transport.js';
import type { Handler } from './handler.js';
import { readJsonBody } from './json-body.js';
import { sendableBody } from './request-body.js';
import { toFetch } from './to-fetch.js';
import { requestSignal, transportSignal } from './transport-signal.js';

function capturing(): { handler: Handler; seen: Request[] } {
  const seen: Request[] = [];
  return {
    seen,
    handler: async (request) => {
      seen.push(request);
      return new Response('answer');
    },
  };
}

describe('toFetch', () => {
  it('keeps method, URL, headers and a string body, remembered so nobody reads the stream back', async () => {
    const { handler, seen } = capturing();
    const response = await toFetch(handler)('http://x.test/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer k' },
      body: '{"model":"m"}',
    });
    expect(await response.text()).toBe('answer');
    const request = seen[0]!;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('http://x.test/v1/chat/completions');
    expect(request.headers.get('authorization')).toBe('Bearer k');
    expect(sendableBody(request)).toBe('{"model":"m"}');
    expect(await request.text()).toBe('{"model":"m"}');
  });

  it('accepts a URL object', async () => {
    const { handler, seen } = capturing();
    await toFetch(handler)(new URL('http://x.test/v1/models'));
    expect(seen[0]!.url).toBe('http://x.test/v1/models');
    expect(seen[0]!.method).toBe('GET');
  });

  it('passes a Request without init through as the same object', async () => {
    const { handler, seen } = capturing();
    const request = new Request('http://x.test/v1/models', { headers: { a: 'b' } });
    await toFetch(handler)(request);
    expect(seen[0]).toBe(request);
  });

  it('applies init over a Request input', async () => {
    const { handler, seen } = capturing();
    await toFetch(handler)(new Request('http://x.test/a', { headers: { a: '1' } }), {
      method: 'POST',
      headers: { b: '2' },
      body: 'x',
    });
    expect(seen[0]!.method).toBe('POST');
    expect(seen[0]!.headers.get('b')).toBe('2');
    expect(await seen[0]!.text()).toBe('x');
  });

  it('keeps a stream body without requiring the caller to set duplex', async () => {
    const { handler, seen } = capturing();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('streamed '));
        controller.enqueue(new TextEncoder().encode('body'));
        controller.close();
      },
    });
    await toFetch(handler)('http://x.test/upload', { method: 'POST', body });
    expect(await seen[0]!.text()).toBe('streamed body');
  });

  it("keeps the signal: aborting the caller's signal aborts the request with the same reason", async () => {
    const { handler, seen } = capturing();
    const controller = new AbortController();
    await toFetch(handler)('http://x.test/', { signal: controller.signal });
    const reason = new Error('stop');
    controller.abort(reason);
    expect(seen[0]!.signal.aborted).toBe(true);
    expect(seen[0]!.signal.reason).toBe(reason);
  });

  it('rejects a non-function handler', () => {
    expect(() => toFetch(undefined as unknown as Handler)).toThrow(/toFetch: handler must be a function/);
  });
});

describe('toFetch hands every handler a standard Request', () => {
  it('with body, headers and signal as given, readable through core and through the Fetch API', async () => {
    const { handler, seen } = capturing();
    const controller = new AbortController();
    await toFetch(handler)('http://x.test/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer k' },
      body: '{"model":"m"}',
      signal: controller.signal,
    });
    const request = seen[0]!;
    expect(request.method).toBe('POST');
    expect(request.headers.get('authorization')).toBe('Bearer k');
    expect(sendableBody(request)).toBe('{"model":"m"}');
    expect(await readJsonBody(request)).toEqual({ model: 'm' });
    expect(transportSignal(request)).toBe(controller.signal);
    expect(await request.clone().json()).toEqual({ model: 'm' });
    expect(await request.json()).toEqual({ model: 'm' });
    controller.abort(new Error('gone'));
    expect(request.signal.aborted).toBe(true);
  });

  it('types a string body as new Request() does, and lets a call without a signal never abort', async () => {
    const { handler, seen } = capturing();
    await toFetch(handler)('http://x.test/upload', { method: 'POST', body: 'plain' });
    await toFetch(handler)(new URL('http://x.test/v1/models'));
    expect(seen[0]!.headers.get('content-type')).toBe('text/plain;charset=UTF-8');
    expect(transportSignal(seen[0]!)).toBeUndefined();
    expect(requestSignal(seen[0]!).aborted).toBe(false);
    expect(seen[1]!.method).toBe('GET');
    expect(sendableBody(seen[1]!)).toBeNull();
  });

  it('keeps a stream body, a manual redirect and a Request input', async () => {
    const { handler, seen } = capturing();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('streamed'));
        controller.close();
      },
    });
    await toFetch(handler)('http://x.test/upload', { method: 'POST', body: stream });
    await toFetch(handler)('http://x.test/a', { method: 'POST', body: 'x', redirect: 'manual' });
    await toFetch(handler)(new Request('http://x.test/b'), { headers: { a: '1' } });
    // As fetch() does, a body on a GET is refused rather than sent.
    expect(() => toFetch(handler)('http://x.test/c', { body: 'x' })).toThrow(
      /GET\/HEAD method cannot have body/,
    );
    expect(seen).toHaveLength(3);
    expect(await seen[0]!.text()).toBe('streamed');
    expect(seen[1]!.redirect).toBe('manual');
    expect(seen[2]!.headers.get('a')).toBe('1');
  });
});

describe('toFetch with a transport', () => {
  async function signalSeenByFetch(
    input: string | Request,
    init?: RequestInit,
  ): Promise<AbortSignal | undefined> {
    let seen: AbortSignal | undefined;
    const transport = fetchTransport({
      fetch: async (_url, sent) => {
        seen = sent?.signal ?? undefined;
        return new Response('ok');
      },
    });
    await toFetch(transport)(input, init);
    return seen;
  }

  it("hands the caller's own signal to the transport, not the Request's follower", async () => {
    const controller = new AbortController();
    expect(await signalSeenByFetch('http://x.test/', { signal: controller.signal })).toBe(controller.signal);
    const input = new Request('http://x.test/', { signal: controller.signal });
    expect(await signalSeenByFetch(input, { headers: { a: 'b' } })).toBe(input.signal);
  });

  it('passes no signal when the caller gave none, or detached it with null', async () => {
    expect(await signalSeenByFetch('http://x.test/')).toBeUndefined();
    const input = new Request('http://x.test/', { signal: new AbortController().signal });
    expect(await signalSeenByFetch(input, { signal: null })).toBeUndefined();
  });

  it("still rejects with the caller's reason when the caller aborts", async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    const hanging = fetchTransport({
      fetch: (_url, sent) =>
        new Promise((_resolve, reject) =>
          sent?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    });
    const pending = toFetch(hanging)('http://x.test/', { signal: controller.signal });
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });
});
