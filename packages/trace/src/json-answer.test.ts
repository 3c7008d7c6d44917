import { compose, TextBodyResponse } from '@switchyard/core';
import { chatCompletion, jsonResponse } from '@switchyard/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { trace } from './trace.js';
import { traceAttempt } from './trace-attempt.js';
import type { TraceRecord } from './trace-record.js';

const usage = { prompt_tokens: 12, completion_tokens: 7, total_tokens: 19 };
const answer = chatCompletion({ model: 'gpt-4o-mini-2024-07-18', content: 'Hello!', usage });
const answerText = JSON.stringify(answer);

function chatRequest(): Request {
  return new Request('https://api.example.test/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }),
  });
}

/** `trace` with a callback sink over an upstream answering `upstream()`. */
function traced(upstream: () => Response) {
  const records: TraceRecord[] = [];
  const handler = trace({ sink: (record) => void records.push(record) })(async () => upstream());
  return { records, call: () => handler(chatRequest()) };
}

/** A JSON response whose body arrives in `pieces`, one read each, or fails after them with `error`. */
function piecewiseResponse(pieces: Uint8Array[], error?: Error): Response {
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const piece = pieces.shift();
      if (piece) controller.enqueue(piece);
      else if (error) controller.error(error);
      else controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
}

/** How many times `JSON.parse` was given the answer's text. */
function answerParses(parse: { mock: { calls: unknown[][] } }): number {
  return parse.mock.calls.filter((args) => args[0] === answerText).length;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('trace of a JSON answer', () => {
  it('records the answer once it has arrived, and hands the caller its one parse', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const { records, call } = traced(() => jsonResponse(answer));
    const response = await call();
    expect(response).toBeInstanceOf(TextBodyResponse);
    expect(records.map((record) => [record.outcome, record.modelServed, record.usage?.inputTokens])).toEqual([
      ['completed', 'gpt-4o-mini-2024-07-18', usage.prompt_tokens],
    ]);
    expect(await response.json()).toEqual(answer);
    expect(answerParses(parse)).toBe(1);
    expect(records).toHaveLength(1);
  });

  it('gives the caller the same bytes read any other way', async () => {
    const { records, call } = traced(() => jsonResponse(answer));
    const response = await call();
    expect(await response.text()).toBe(answerText);
    expect(records[0]?.output).toBeUndefined();
    expect(records[0]?.finishReasons).toEqual(['stop']);
  });

  it('reads a body that came in several chunks, a character split between them', async () => {
    const bytes = new TextEncoder().encode(
      JSON.stringify(chatCompletion({ model: 'gpt-4o-mini', content: 'héllo' })),
    );
    const split = bytes.indexOf(0xc3) + 1;
    const { records, call } = traced(() =>
      piecewiseResponse([bytes.subarray(0, split), bytes.subarray(split)]),
    );
    const response = await call();
    expect(((await response.json()) as typeof answer).choices[0]?.message.content).toBe('héllo');
    expect(records[0]?.responseId).toBe(JSON.parse(new TextDecoder().decode(bytes)).id);
  });

  it('records a body that is not JSON as completed without facts, and json() rejects as before', async () => {
    const { records, call } = traced(
      () => new Response('not json', { headers: { 'content-type': 'application/json' } }),
    );
    const response = await call();
    expect(records.map((record) => [record.outcome, record.usage])).toEqual([['completed', undefined]]);
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it('records a body that fails mid-way as an error, and the caller meets the failure reading it', async () => {
    const reset = new Error('connection reset');
    const { records, call } = traced(() => piecewiseResponse([new TextEncoder().encode('{"id":')], reset));
    const response = await call();
    expect(response.status).toBe(200);
    expect(records.map((record) => [record.outcome, record.errorCode])).toEqual([['error', 'ERR_UNKNOWN']]);
    await expect(response.json()).rejects.toBe(reset);
  });

  it('lets nested observers (trace and traceAttempt) share one parse, each with its record', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const records: TraceRecord[] = [];
    const handler = compose(
      trace({ sink: (record) => void records.push(record) }),
      traceAttempt(),
    )(async () => jsonResponse(answer));
    const response = await handler(chatRequest());
    expect(await response.json()).toEqual(answer);
    expect(answerParses(parse)).toBe(1);
    expect(records.map((record) => [record.kind, record.modelServed, record.usage?.outputTokens])).toEqual([
      ['attempt', 'gpt-4o-mini-2024-07-18', usage.completion_tokens],
      ['request', 'gpt-4o-mini-2024-07-18', usage.completion_tokens],
    ]);
  });
});
