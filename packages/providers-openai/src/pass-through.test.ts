import { UpstreamProtocolError } from '@switchyard/core';
import { knownResponseBytes, rememberResponseBytes } from '@switchyard/core/internal';
import { describe, expect, it } from 'vitest';
import { forwardedHeaders, passThroughAnswer } from './pass-through.js';

describe('forwardedHeaders', () => {
  it('drops the caller credentials, cookies and connection headers, keeps the rest', () => {
    const headers = forwardedHeaders(
      new Headers({
        authorization: 'Bearer caller',
        'api-key': 'k',
        'x-api-key': 'k2',
        'openai-organization': 'org',
        'openai-project': 'proj',
        cookie: 'c=1',
        'content-type': 'application/json',
        'x-switchyard-timeout': '500',
      }),
    );
    expect(Object.fromEntries(headers)).toEqual({
      'content-type': 'application/json',
      'x-switchyard-timeout': '500',
    });
  });
});

describe('passThroughAnswer', () => {
  it("checks a JSON answer from the transport's remembered bytes and passes the same answer on", async () => {
    const bytes = new TextEncoder().encode('{"id":"chatcmpl-1"}');
    const whole = rememberResponseBytes(
      new Response(bytes, { headers: { 'content-type': 'application/json', 'content-length': '19' } }),
      bytes,
    );
    const answer = await passThroughAnswer(whole, 'openai', 'chat/completions');
    expect(answer).toBe(whole);
    expect(answer.headers.get('x-switchyard-provider')).toBe('openai');
    expect(knownResponseBytes(answer)).toBe(bytes);
    expect(await answer.json()).toEqual({ id: 'chatcmpl-1' });
  });

  it('refuses remembered bytes that are not JSON with an UpstreamProtocolError', async () => {
    const bytes = new TextEncoder().encode('<html>oops</html>');
    const whole = rememberResponseBytes(
      new Response(bytes, { headers: { 'content-type': 'application/json' } }),
      bytes,
    );
    await expect(passThroughAnswer(whole, 'openai', 'chat/completions')).rejects.toBeInstanceOf(
      UpstreamProtocolError,
    );
  });

  it('keeps status, status text, content type and the body stream; marks the provider', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('data: {}\n\n'));
        controller.close();
      },
    });
    const answer = await passThroughAnswer(
      new Response(body, {
        status: 200,
        statusText: 'OK then',
        headers: { 'content-type': 'text/event-stream', 'content-length': '10', 'x-request-id': 'r1' },
      }),
      'groq',
    );
    expect(answer.status).toBe(200);
    expect(answer.statusText).toBe('OK then');
    expect(answer.body).toBe(body);
    expect(Object.fromEntries(answer.headers)).toEqual({
      'content-type': 'text/event-stream',
      'x-request-id': 'r1',
      'x-switchyard-provider': 'groq',
    });
  });

  it('normalises an error body to OpenAI error shape, status kept', async () => {
    const answer = await passThroughAnswer(
      new Response(
        JSON.stringify({ object: 'error', message: 'bad model', type: 'BadRequestError', code: 400 }),
        {
          status: 400,
          headers: { 'content-type': 'application/json', 'retry-after': '2' },
        },
      ),
      'vllm',
    );
    expect(answer.status).toBe(400);
    expect(answer.headers.get('retry-after')).toBe('2');
    expect(answer.headers.get('x-switchyard-provider')).toBe('vllm');
    expect(((await answer.json()) as { error: { message: string } }).error.message).toBe('bad model');
  });
});

describe('passThroughAnswer of an error', () => {
  it('reads and normalises the upstream body only when the answer is read', async () => {
    let pulls = 0;
    const upstreamBody = () =>
      new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            pulls++;
            controller.enqueue(new TextEncoder().encode('{"detail":"overloaded"}'));
            controller.close();
          },
        },
        { highWaterMark: 0 },
      );
    const answer = await passThroughAnswer(new Response(upstreamBody(), { status: 503 }), 'groq');
    expect(answer.status).toBe(503);
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(pulls).toBe(0);
    expect(await answer.json()).toEqual({
      error: { message: 'overloaded', type: 'api_error', code: 'overloaded', param: null },
    });
    expect(pulls).toBe(1);

    // Discarded unread, a small error body is read to its end (its connection can be reused)...
    let drained = false;
    const small = await passThroughAnswer(
      new Response(
        new ReadableStream({
          pull(controller) {
            controller.enqueue(new Uint8Array(10));
            drained = true;
            controller.close();
          },
        }),
        { status: 500 },
      ),
      'groq',
    );
    await small.body?.cancel('not needed');
    expect(drained).toBe(true);
    // ...and a large one is cancelled.
    let cancelled: unknown;
    const large = await passThroughAnswer(
      new Response(
        new ReadableStream({
          pull(controller) {
            controller.enqueue(new Uint8Array(65_536));
          },
          cancel(reason) {
            cancelled = reason;
          },
        }),
        { status: 500 },
      ),
      'groq',
    );
    await large.body?.cancel('not needed');
    expect(cancelled).toBe('not needed');
  });
});

describe('passThroughAnswer for an endpoint that answers JSON', () => {
  it('refuses a 200 whose body is not what it should be, as every provider translation does', async () => {
    const html = new Response('<html>gateway login</html>', { headers: { 'content-type': 'text/html' } });
    await expect(passThroughAnswer(html, 'groq', 'chat/completions')).rejects.toThrow(
      new UpstreamProtocolError('groq: the 200 answer to chat/completions is text/html, not JSON'),
    );
    const cut = new Response('{"id":"chatcmpl-1","choi', { headers: { 'content-type': 'application/json' } });
    await expect(passThroughAnswer(cut, 'groq', 'chat/completions')).rejects.toThrow(
      /groq: the 200 answer to chat\/completions is not valid JSON: \{"id":"chatcmpl-1","choi/,
    );
  });

  it('passes valid JSON and event streams through; other endpoints are not checked', async () => {
    const json = await passThroughAnswer(Response.json({ object: 'list', data: [] }), 'groq', 'embeddings');
    expect(await json.json()).toEqual({ object: 'list', data: [] });
    expect(json.headers.get('x-switchyard-provider')).toBe('groq');
    const stream = new Response('data: {}\n\n', { headers: { 'content-type': 'text/event-stream' } });
    expect(await (await passThroughAnswer(stream, 'groq', 'chat/completions')).text()).toBe('data: {}\n\n');
    const audio = new Response('ID3', { headers: { 'content-type': 'audio/mpeg' } });
    expect(await (await passThroughAnswer(audio, 'groq', 'audio/speech')).text()).toBe('ID3');
  });
});
