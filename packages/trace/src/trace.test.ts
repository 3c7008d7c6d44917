import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { costOf } from '@switchyard/catalog';
import { compose, type Middleware, TransportError, withRequestOptions } from '@switchyard/core';
import { deriveRequest, responseHeaders } from '@switchyard/core/internal';
import {
  chatCompletion,
  chatCompletionChunks,
  jsonResponse,
  openaiErrorResponse,
  scripted,
  sseStreamResponse,
} from '@switchyard/testing';
import { describe, expect, it, vi } from 'vitest';
import { callbackSink } from './callback-sink.js';
import { jsonLinesSink } from './json-lines-sink.js';
import { trace } from './trace.js';
import { traceAttempt } from './trace-attempt.js';
import type { TraceRecord } from './trace-record.js';

const url = 'https://api.example.test/v1/chat/completions';

function chatRequest(body: Record<string, unknown> = {}, headers: Record<string, string> = {}): Request {
  return new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }], ...body }),
  });
}

function collect(): { records: TraceRecord[]; sink: ReturnType<typeof callbackSink> } {
  const records: TraceRecord[] = [];
  return { records, sink: callbackSink((record) => void records.push(record)) };
}

/** An event-stream response delivering `pieces` as they are, one read each. */
function eventStreamOf(pieces: Uint8Array[]): Response {
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const piece = pieces.shift();
      if (piece) controller.enqueue(piece);
      else controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

async function readAll(response: Response): Promise<string> {
  return new TextDecoder().decode(await response.arrayBuffer());
}

describe('trace', () => {
  it('records a completion with trace id, metadata, usage, cost and the pipeline headers', async () => {
    const { records, sink } = collect();
    const upstream = scripted([
      jsonResponse(
        chatCompletion({
          model: 'gpt-4o-mini-2024-07-18',
          usage: {
            prompt_tokens: 1000,
            completion_tokens: 500,
            total_tokens: 1500,
            prompt_tokens_details: { cached_tokens: 400 },
          },
        }),
        {
          headers: {
            [responseHeaders.provider]: 'openai',
            [responseHeaders.cacheStatus]: 'MISS',
            [responseHeaders.retryAttemptCount]: '2',
            [responseHeaders.lastUsedOptionIndex]: 'config.targets[1]',
          },
        },
      ),
    ]);
    const pipeline = trace({
      sink,
      metadata: { environment: 'test' },
      prices: { 'gpt-4o-mini': { input: 0.15, output: 0.6, cachedInput: 0.075 } },
    })(upstream);
    const request = withRequestOptions(chatRequest(), { traceId: 'trace-1', metadata: { user_id: 'u1' } });
    const response = await pipeline(request);
    expect(response.headers.get('x-switchyard-trace-id')).toBe('trace-1');
    expect(((await response.json()) as { choices: unknown[] }).choices).toHaveLength(1);
    expect(records).toHaveLength(1);
    const record = records[0] as TraceRecord;
    expect(record).toMatchObject({
      kind: 'request',
      traceId: 'trace-1',
      method: 'POST',
      path: '/v1/chat/completions',
      operation: 'chat',
      stream: false,
      provider: 'openai',
      modelRequested: 'gpt-4o-mini',
      modelServed: 'gpt-4o-mini-2024-07-18',
      responseId: 'chatcmpl-test',
      finishReasons: ['stop'],
      status: 200,
      usage: { inputTokens: 1000, outputTokens: 500, cachedInputTokens: 400, totalTokens: 1500 },
      cacheStatus: 'MISS',
      retryCount: 2,
      lastUsedOptionIndex: 'config.targets[1]',
      metadata: { environment: 'test', user_id: 'u1' },
      outcome: 'completed',
    });
    // 600 uncached * 0.15 + 400 cached * 0.075 + 500 * 0.6, per million.
    expect(record.costUsd).toBeCloseTo((600 * 0.15 + 400 * 0.075 + 500 * 0.6) / 1e6, 12);
    expect(record.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(record.input).toBeUndefined();
    expect(record.output).toBeUndefined();
  });

  it('prices usage from the model catalog by default, for the provider that answered', async () => {
    const { records, sink } = collect();
    const usage = { prompt_tokens: 2000, completion_tokens: 1000, total_tokens: 3000 };
    const answer = (model: string) =>
      jsonResponse(chatCompletion({ model, usage }), { headers: { [responseHeaders.provider]: 'openai' } });
    const upstream = scripted([answer('gpt-4o-mini'), answer('no-such-model'), answer('gpt-4o-mini')]);
    await readAll(await trace({ sink })(upstream)(chatRequest()));
    await readAll(await trace({ sink })(upstream)(chatRequest({ model: 'no-such-model' })));
    await readAll(await trace({ sink, catalogPrices: false })(upstream)(chatRequest()));
    expect(records[0]?.costUsd).toBe(costOf('gpt-4o-mini', usage, { provider: 'openai' }));
    expect(records[0]?.costUsd).toBeGreaterThan(0);
    expect(records[1]?.costUsd).toBeUndefined();
    expect(records[2]?.costUsd).toBeUndefined();
  });

  it('prices the model that answered, never the one asked for, and a cache hit at zero with what it saved', async () => {
    const { records, sink } = collect();
    const usage = { prompt_tokens: 2000, completion_tokens: 1000, total_tokens: 3000 };
    const answer = (model: string, headers: Record<string, string> = {}) =>
      jsonResponse(chatCompletion({ model, usage }), {
        headers: { [responseHeaders.provider]: 'openai', ...headers },
      });
    const upstream = scripted([
      answer('no-such-model'),
      answer('gpt-4o-mini', { [responseHeaders.cacheStatus]: 'SEMANTIC_HIT' }),
    ]);
    await readAll(await trace({ sink })(upstream)(chatRequest({ model: 'gpt-4o-mini' })));
    await readAll(await trace({ sink })(upstream)(chatRequest({ model: 'gpt-4o-mini' })));
    expect(records[0]?.costUsd).toBeUndefined();
    expect(records[1]?.cacheStatus).toBe('SEMANTIC_HIT');
    expect(records[1]?.costUsd).toBe(0);
    expect(records[1]?.savedUsd).toBe(costOf('gpt-4o-mini', usage, { provider: 'openai' }));
    expect(records[1]?.savedUsd).toBeGreaterThan(0);
    expect(records[0]?.savedUsd).toBeUndefined();
  });

  it('generates a trace id when the request has none and answers it in the header', async () => {
    const { records, sink } = collect();
    const pipeline = trace({ sink })(scripted([jsonResponse(chatCompletion())]));
    const response = await pipeline(chatRequest());
    const traceId = response.headers.get('x-switchyard-trace-id');
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(records[0]?.traceId).toBe(traceId);
  });

  it('sets the trace id header even with nothing observing, without touching the request', async () => {
    const upstream = scripted([sseStreamResponse(chatCompletionChunks({ includeUsage: false }))]);
    const response = await trace()(upstream)(
      withRequestOptions(chatRequest({ stream: true }), { traceId: 't-9' }),
    );
    expect(response.headers.get('x-switchyard-trace-id')).toBe('t-9');
    expect(JSON.parse(upstream.requests[0]?.body ?? '{}').stream_options).toBeUndefined();
    expect(upstream.requests[0]?.headers.has('x-switchyard-parent-span')).toBe(false);
  });

  it('asks for stream usage keeping the stream options the caller gave', async () => {
    const upstream = scripted([sseStreamResponse(chatCompletionChunks({ content: 'Hi' }))]);
    const response = await trace({ sink: () => undefined })(upstream)(
      chatRequest({ stream: true, stream_options: { include_obfuscation: false } }),
    );
    await readAll(response);
    expect(JSON.parse(upstream.requests[0]?.body ?? '{}').stream_options).toEqual({
      include_obfuscation: false,
      include_usage: true,
    });
  });

  it('asks for stream usage, records it and strips the chunk the caller did not ask for', async () => {
    const { records, sink } = collect();
    const upstream = scripted([
      sseStreamResponse(
        chatCompletionChunks({
          content: 'Hello there world',
          usage: { prompt_tokens: 7, completion_tokens: 3, total_tokens: 10 },
        }),
      ),
    ]);
    const response = await trace({ sink, recordContent: true })(upstream)(chatRequest({ stream: true }));
    expect(JSON.parse(upstream.requests[0]?.body ?? '{}').stream_options).toEqual({ include_usage: true });
    expect(records).toHaveLength(0);
    const text = await readAll(response);
    expect(text).not.toContain('"usage"');
    expect(text).toContain('Hello ');
    expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      stream: true,
      outcome: 'completed',
      usage: { inputTokens: 7, outputTokens: 3, cachedInputTokens: 0, totalTokens: 10 },
      output: 'Hello there world',
      input: [{ role: 'user', content: 'Hi' }],
      finishReasons: ['stop'],
    });
    expect(records[0]?.timeToFirstTokenMs).toBeGreaterThanOrEqual(0);
    expect(records[0]?.latencyMs).toBeGreaterThanOrEqual(records[0]?.timeToFirstTokenMs ?? 0);
  });

  it('strips the usage chunk however the bytes are split, CRLF events included', async () => {
    const { records, sink } = collect();
    const chunks = chatCompletionChunks({
      content: 'a b',
      usage: { prompt_tokens: 2, completion_tokens: 2, total_tokens: 4 },
    });
    const wire = `${chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\r\n\r\n`).join('')}data: [DONE]\r\n\r\n`;
    const bytes = new TextEncoder().encode(wire);
    const pieces = [
      bytes.slice(0, 7),
      bytes.slice(7, 150),
      bytes.slice(150, bytes.length - 20),
      bytes.slice(bytes.length - 20),
    ];
    const upstream = scripted([eventStreamOf(pieces)]);
    const text = await readAll(await trace({ sink })(upstream)(chatRequest({ stream: true })));
    const events = text.split('\r\n\r\n').filter(Boolean);
    expect(events).toHaveLength(chunks.length);
    expect(events.at(-1)).toBe('data: [DONE]');
    expect(text).not.toContain('"usage"');
    expect(events.slice(0, -1).map((event) => JSON.parse(event.slice(6)))).toEqual(chunks.slice(0, -1));
    expect(records[0]?.usage?.totalTokens).toBe(4);
  });

  it('forwards exactly the events but the usage chunk, split at any byte', async () => {
    const chunks = chatCompletionChunks({
      content: 'one two',
      usage: { prompt_tokens: 2, completion_tokens: 2, total_tokens: 4 },
    });
    const event = (chunk: unknown) => `data: ${JSON.stringify(chunk)}\n\n`;
    const wire = `${chunks.map(event).join('')}data: [DONE]\n\n`;
    const expected = `${chunks.slice(0, -1).map(event).join('')}data: [DONE]\n\n`;
    const bytes = new TextEncoder().encode(wire);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const { records, sink } = collect();
      const pieces = [bytes.slice(0, cut), bytes.slice(cut)];
      const upstream = scripted([eventStreamOf(pieces)]);
      const text = await readAll(await trace({ sink })(upstream)(chatRequest({ stream: true })));
      expect(text).toBe(expected);
      expect(records[0]?.usage?.totalTokens).toBe(4);
    }
  });

  it('keeps the usage chunk when the caller asked for it', async () => {
    const { records, sink } = collect();
    const upstream = scripted([sseStreamResponse(chatCompletionChunks())]);
    const response = await trace({ sink })(upstream)(
      chatRequest({ stream: true, stream_options: { include_usage: true } }),
    );
    expect(await readAll(response)).toContain('"usage"');
    expect(records[0]?.usage?.totalTokens).toBe(15);
  });

  it('finishes the record as cancelled when the reader cancels the stream', async () => {
    const { records, sink } = collect();
    let upstreamCancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = chatCompletionChunks({ pieces: ['tick '] })[1];
        controller.enqueue(new TextEncoder().encode(`data: ${JSON.stringify(chunk)}\n\n`));
      },
      cancel() {
        upstreamCancelled = true;
      },
    });
    const upstream = scripted([new Response(endless, { headers: { 'content-type': 'text/event-stream' } })]);
    const response = await trace({ sink })(upstream)(chatRequest({ stream: true }));
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    await reader.cancel();
    expect(upstreamCancelled).toBe(true);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ outcome: 'cancelled', stream: true });
  });

  it('records a thrown error with its code and rethrows it', async () => {
    const { records, sink } = collect();
    const failure = new TransportError('https://api.example.test/v1/chat/completions', new Error('refused'));
    const pipeline = trace({ sink })(scripted([failure]));
    await expect(pipeline(chatRequest())).rejects.toBe(failure);
    expect(records[0]).toMatchObject({ outcome: 'error', errorCode: 'ERR_TRANSPORT' });
    expect(records[0]?.status).toBeUndefined();
  });

  it('records an error status with the OpenAI error code', async () => {
    const { records, sink } = collect();
    const response = await trace({ sink })(scripted([openaiErrorResponse(429, 'Slow down')]))(chatRequest());
    expect(response.status).toBe(429);
    expect(records[0]).toMatchObject({
      outcome: 'error',
      status: 429,
      errorCode: 'rate_limit_error',
      errorMessage: 'Slow down',
    });
  });

  it('records each attempt under the request, across derived requests', async () => {
    const { records, sink } = collect();
    // A stand-in for retry: sends a derived copy of the request until a 2xx comes back.
    const twice: Middleware = (next) => async (request) => {
      const first = await next(deriveRequest(request, {}));
      if (first.ok) return first;
      await first.body?.cancel();
      return next(deriveRequest(request, {}));
    };
    const provider: Middleware = (next) => async (request) => {
      const response = await next(request);
      const headers = new Headers(response.headers);
      headers.set(responseHeaders.provider, 'openai');
      return new Response(response.body, { status: response.status, headers });
    };
    const upstream = scripted([openaiErrorResponse(503), jsonResponse(chatCompletion())]);
    const pipeline = compose(trace({ sink }), twice, traceAttempt(), provider)(upstream);
    const response = await pipeline(chatRequest());
    expect(response.status).toBe(200);
    await readAll(response);
    const [first, second, request] = records;
    expect(records.map((record) => record.kind)).toEqual(['attempt', 'attempt', 'request']);
    expect(first).toMatchObject({
      status: 503,
      provider: 'openai',
      outcome: 'error',
      parentSpanId: request?.spanId,
    });
    expect(second).toMatchObject({
      status: 200,
      provider: 'openai',
      outcome: 'completed',
      parentSpanId: request?.spanId,
    });
    expect(new Set([first?.traceId, second?.traceId])).toEqual(new Set([request?.traceId]));
    expect(request?.fallbackPath).toEqual([
      { spanId: first?.spanId, provider: 'openai', status: 503, errorCode: 'api_error' },
      { spanId: second?.spanId, provider: 'openai', status: 200 },
    ]);
  });

  it('passes requests through traceAttempt untouched without an outer trace', async () => {
    const upstream = scripted([jsonResponse(chatCompletion())]);
    const response = await traceAttempt()(upstream)(chatRequest());
    expect(response.status).toBe(200);
  });

  it('sends traceparent upstream only when asked, naming the attempt span', async () => {
    const { records, sink } = collect();
    const upstream = scripted([jsonResponse(chatCompletion()), jsonResponse(chatCompletion())]);
    await readAll(await trace({ sink })(upstream)(chatRequest()));
    expect(upstream.requests[0]?.headers.has('traceparent')).toBe(false);
    const traceId = '0af7651916cd43dd8448eb211c80319c';
    await readAll(
      await compose(trace({ sink, propagateTraceparent: true }), traceAttempt())(upstream)(
        withRequestOptions(chatRequest(), { traceId }),
      ),
    );
    const attempt = records.find((record) => record.kind === 'attempt');
    expect(upstream.requests[1]?.headers.get('traceparent')).toBe(`00-${traceId}-${attempt?.spanId}-01`);
  });

  it('keeps secrets out of records', async () => {
    const { records, sink } = collect();
    const key = 'sk-test-0123456789abcdefSECRET';
    const upstream = scripted([
      openaiErrorResponse(401, `Incorrect API key provided: ${key}`),
      new TransportError(
        'https://api.example.test/v1/chat/completions',
        new Error(`bad header Bearer ${key}`),
      ),
    ]);
    const pipeline = trace({ sink, recordContent: true })(upstream);
    const headers = { authorization: `Bearer ${key}`, 'x-api-key': 'caller-key-123456' };
    await pipeline(
      chatRequest({ messages: [{ role: 'user', content: 'my key is caller-key-123456' }] }, headers),
    );
    await expect(pipeline(chatRequest({}, headers))).rejects.toThrow(TransportError);
    const text = JSON.stringify(records);
    expect(records).toHaveLength(2);
    expect(text).not.toContain(key);
    expect(text).not.toContain('caller-key-123456');
    expect(text).toContain('[redacted]');
  });

  it('writes JSON lines to a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'switchyard-trace-'));
    try {
      const path = join(dir, 'trace.jsonl');
      const sink = jsonLinesSink(path);
      const pipeline = trace({ sink })(
        scripted([jsonResponse(chatCompletion())], { otherwise: jsonResponse(chatCompletion()) }),
      );
      await readAll(await pipeline(chatRequest()));
      await readAll(await pipeline(chatRequest()));
      await sink.close();
      const lines = (await readFile(path, 'utf8')).trim().split('\n');
      expect(lines.map((line) => (JSON.parse(line) as TraceRecord).kind)).toEqual(['request', 'request']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports a failing sink and still answers', async () => {
    const onSinkError = vi.fn();
    const pipeline = trace({
      sink: [
        () => Promise.reject(new Error('disk full')),
        () => {
          throw new Error('boom');
        },
      ],
      onSinkError,
    })(scripted([jsonResponse(chatCompletion())]));
    const response = await pipeline(chatRequest());
    expect(response.status).toBe(200);
    await readAll(response);
    await vi.waitFor(() =>
      expect(onSinkError.mock.calls.map(([error]) => (error as Error).message).sort()).toEqual([
        'boom',
        'disk full',
      ]),
    );
  });

  it('validates options at factory time', () => {
    expect(() => trace({ sink: 'file.jsonl' as never })).toThrow('trace: sink[0] must be a function');
    expect(() => trace({ prices: { m: { input: -1, output: 1 } } })).toThrow(
      'trace: prices["m"].input must be a number >= 0; got -1',
    );
    expect(() => trace({ recordContent: 'yes' as never })).toThrow('trace: recordContent must be a boolean');
    expect(() => trace({ metadata: { user: 1 as never } })).toThrow(
      /trace: .*metadata\.user.*must be a string/,
    );
    expect(() => callbackSink(42 as never)).toThrow('callbackSink: callback must be a function; got number');
    expect(() => jsonLinesSink({} as never)).toThrow('jsonLinesSink: target must be');
  });
});
