import { describe, expect, it } from 'vitest';
import { deriveRequest } from './derive-request.js';
import { readJsonBody, withJsonBody } from './json-body.js';
import { bufferBody, isBodyReplayable, readBodyText, rememberBody, sendableBody } from './request-body.js';
import { requestOptions, withRequestOptions } from './request-options.js';
import { toFetch } from './to-fetch.js';
import { transportSignal } from './transport-signal.js';

/** A request whose body stream counts how many chunks were pulled from it. */
function countingRequest(text: string): { request: Request; pulls: () => number } {
  let pulls = 0;
  const bytes = new TextEncoder().encode(text);
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        pulls++;
        controller.enqueue(bytes);
        controller.close();
      },
    },
    { highWaterMark: 0 },
  ); // pulled only when someone reads
  const request = new Request('http://x.test/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    duplex: 'half',
  } as RequestInit);
  return { request, pulls: () => pulls };
}

describe('JSON body helpers', () => {
  it('read and parse the body once per Request, however many readers ask', async () => {
    const { request, pulls } = countingRequest('{"model":"m","messages":[]}');
    const [first, second] = await Promise.all([readJsonBody(request), readJsonBody(request)]);
    const third = await readJsonBody(request);
    expect(first).toEqual({ model: 'm', messages: [] });
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(await readBodyText(request)).toBe('{"model":"m","messages":[]}');
    expect(await bufferBody(request)).toEqual(new TextEncoder().encode('{"model":"m","messages":[]}'));
    expect(pulls()).toBe(1);
    // The bytes were read from a clone: the request itself is unread, for the next handler.
    expect(request.bodyUsed).toBe(false);
    expect(isBodyReplayable(request)).toBe(true);
    expect(sendableBody(request)).toEqual(new TextEncoder().encode('{"model":"m","messages":[]}'));
    expect(await request.json()).toEqual({ model: 'm', messages: [] });
  });

  it('refuse a body nested deeper than 128 levels before parsing it, and accept one at the bound', async () => {
    const nested = (depth: number) =>
      `{"model":"m","override":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;
    const deep = new Request('http://x.test/v1/chat/completions', { method: 'POST', body: nested(20_000) });
    await expect(readJsonBody(deep)).rejects.toThrow(
      new SyntaxError('Request body of POST http://x.test/v1/chat/completions nests deeper than 128 levels'),
    );
    const atBound = new Request('http://x.test/v1/chat/completions', { method: 'POST', body: nested(128) });
    expect(await readJsonBody(atBound)).toMatchObject({ model: 'm' });
    // Brackets inside strings are text, not nesting.
    const inString = JSON.stringify({ content: '['.repeat(500) + '\\"{'.repeat(200) });
    const text = new Request('http://x.test/v1/chat/completions', { method: 'POST', body: inString });
    expect(await readJsonBody(text)).toEqual(JSON.parse(inString));
  });

  it('reject invalid JSON with a SyntaxError naming the request', async () => {
    const request = new Request('http://x.test/v1/embeddings', { method: 'POST', body: '{oops' });
    await expect(readJsonBody(request)).rejects.toThrow(
      /Request body of POST http:\/\/x.test\/v1\/embeddings is not valid JSON/,
    );
  });

  it('read an absent body as empty text', async () => {
    const request = new Request('http://x.test/v1/models');
    expect(await readBodyText(request)).toBe('');
    expect(await bufferBody(request)).toBeNull();
    expect(isBodyReplayable(request)).toBe(true);
  });

  it('use a remembered body without touching the stream', async () => {
    const { request, pulls } = countingRequest('{"a":1}');
    rememberBody(request, '{"a":1}');
    expect(await readJsonBody(request)).toEqual({ a: 1 });
    expect(pulls()).toBe(0);
    expect(sendableBody(request)).toBe('{"a":1}');
  });

  it('an unread stream body is not replayable and is sent as the stream itself', () => {
    const { request } = countingRequest('{}');
    expect(isBodyReplayable(request)).toBe(false);
    expect(sendableBody(request)).toBe(request.body);
  });

  it('withJsonBody keeps URL, method, signal, headers and options, and sets JSON content headers', async () => {
    const controller = new AbortController();
    const request = withRequestOptions(
      new Request('http://x.test/v1/chat/completions', {
        method: 'POST',
        headers: { 'content-type': 'text/plain', 'content-length': '7', authorization: 'Bearer k' },
        body: '{"a":1}',
        signal: controller.signal,
      }),
      { traceId: 'trace-9' },
    );
    const body = { model: 'x', temperature: 0 };
    const derived = withJsonBody(request, body);
    expect(derived.url).toBe(request.url);
    expect(derived.method).toBe('POST');
    expect(derived.headers.get('authorization')).toBe('Bearer k');
    expect(derived.headers.get('content-type')).toBe('application/json');
    expect(derived.headers.get('content-length')).toBeNull();
    expect(requestOptions(derived).traceId).toBe('trace-9');
    expect(await readJsonBody(derived)).toBe(body);
    expect(sendableBody(derived)).toBe('{"model":"x","temperature":0}');
    expect(await derived.text()).toBe('{"model":"x","temperature":0}');
    const reason = new Error('stop');
    controller.abort(reason);
    expect(derived.signal.reason).toBe(reason);
  });

  it('withJsonBody keeps JSON content headers that already fit as they are', async () => {
    const request = withRequestOptions(
      new Request('http://x.test/v1/chat/completions', {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', authorization: 'Bearer k' },
        body: '{"a":1}',
      }),
      { traceId: 'trace-10' },
    );
    const derived = withJsonBody(request, { b: 2 });
    expect([...derived.headers]).toEqual([...request.headers]);
    expect(requestOptions(derived).traceId).toBe('trace-10');
    expect(await derived.text()).toBe('{"b":2}');
  });

  it('deriveRequest keeps what is known about the body and options', async () => {
    const request = withRequestOptions(
      new Request('http://x.test/v1/chat/completions', { method: 'POST', body: '{"a":1}' }),
      { traceId: 't' },
    );
    const parsed = await readJsonBody(request);
    const moved = deriveRequest(request, { url: 'http://y.test/v1/chat/completions' });
    expect(moved.url).toBe('http://y.test/v1/chat/completions');
    expect(await readJsonBody(moved)).toBe(parsed);
    expect(requestOptions(moved)).toBe(requestOptions(request));
    const replaced = deriveRequest(request, { body: 'new', method: 'PUT' });
    expect(replaced.method).toBe('PUT');
    expect(await readBodyText(replaced)).toBe('new');
    const asGet = deriveRequest(request, { method: 'GET' });
    expect(asGet.body).toBeNull();
  });

  it('deriveRequest makes a standard request, its body unread, from the buffered bytes', async () => {
    const controller = new AbortController();
    const request = new Request('http://x.test/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
      signal: controller.signal,
    });
    expect(await readJsonBody(request)).toEqual({ a: 1 });
    // Reading through core leaves the request itself unread.
    expect(request.bodyUsed).toBe(false);
    const moved = deriveRequest(request, { url: 'http://y.test/v1/chat/completions' });
    expect(await moved.clone().json()).toEqual({ a: 1 });
    expect(await moved.json()).toEqual({ a: 1 });
    const rewritten = deriveRequest(request, { body: '{"b":2}' });
    expect(sendableBody(rewritten)).toBe('{"b":2}');
    expect(await rewritten.text()).toBe('{"b":2}');
    controller.abort(new Error('gone'));
    expect(rewritten.signal.aborted).toBe(true);
    expect(await request.text()).toBe('{"a":1}');
  });

  it('deriveRequest follows the caller signal, and none when the caller cannot abort', async () => {
    const handler = async (request: Request) => {
      const derived = deriveRequest(request, { url: 'http://y.test/v1/chat/completions' });
      return Response.json({ signal: transportSignal(derived) === undefined ? 'none' : 'follows' });
    };
    const send = toFetch(handler);
    const init = { method: 'POST', body: '{}' };
    expect(await (await send('http://x.test/v1/chat/completions', init)).json()).toEqual({ signal: 'none' });
    const controller = new AbortController();
    const aborting = toFetch(async (request) => {
      const derived = deriveRequest(request, { url: 'http://y.test/v1/chat/completions' });
      controller.abort(new Error('caller left'));
      return Response.json({ aborted: derived.signal.aborted, reason: String(derived.signal.reason) });
    });
    expect(
      await (
        await aborting('http://x.test/v1/chat/completions', { ...init, signal: controller.signal })
      ).json(),
    ).toEqual({ aborted: true, reason: 'Error: caller left' });
  });

  it('deriveRequest moves an unread stream body to the new request', async () => {
    const { request, pulls } = countingRequest('{"streamed":true}');
    const moved = deriveRequest(request, { url: 'http://y.test/' });
    expect(await readJsonBody(moved)).toEqual({ streamed: true });
    expect(pulls()).toBe(1);
  });
});
