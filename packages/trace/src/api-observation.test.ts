import { compose, type Handler, readJsonBody } from '@switchyard/core';
import { jsonResponse, scripted } from '@switchyard/testing';
import { describe, expect, it } from 'vitest';
import { callbackSink } from './callback-sink.js';
import {
  messagesAnswer,
  messagesRequest,
  messagesStream,
  responsesAnswer,
  responsesRequest,
  responsesStream,
} from './test-support/api-answers.js';
import { trace } from './trace.js';
import { traceAttempt } from './trace-attempt.js';
import type { TraceRecord } from './trace-record.js';

// trace on Anthropic's Messages API and OpenAI's Responses API, which every provider answers:
// model, id, stop reason, usage and cost from JSON answers and from each API's own stream events.

const prices = {
  'claude-sonnet-4-5-20250929': { input: 3, output: 15, cachedInput: 0.3 },
  'gpt-4o-mini-2024-07-18': { input: 0.15, output: 0.6, cachedInput: 0.075 },
};

function traced(upstream: Handler, recordContent = false) {
  const records: TraceRecord[] = [];
  const handler = compose(
    trace({ sink: callbackSink((record) => void records.push(record)), prices, recordContent }),
    traceAttempt(),
  )(upstream);
  return { handler, records };
}

/** The bodies the upstream received, as it read them. */
const sentBodies = (upstream: ReturnType<typeof scripted>) =>
  upstream.requests.map((request) => JSON.parse(request.body) as Record<string, unknown>);

describe('trace on the Messages API', () => {
  it('records model, id, stop reason, usage with cache reads and writes, and cost of a JSON answer', async () => {
    const upstream = scripted([jsonResponse(messagesAnswer())]);
    const { handler, records } = traced(upstream, true);
    const response = await handler(messagesRequest());
    expect(await response.json()).toEqual(messagesAnswer());
    expect(records.map((record) => record.kind)).toEqual(['attempt', 'request']);
    const record = records[1]!;
    expect(record).toMatchObject({
      operation: 'chat',
      path: '/v1/messages',
      stream: false,
      modelRequested: 'claude-sonnet-4-5',
      modelServed: 'claude-sonnet-4-5-20250929',
      responseId: 'msg_trace',
      finishReasons: ['end_turn'],
      // Anthropic's input_tokens (10) plus cache reads (30) and writes (5), as OpenAI counts input.
      usage: {
        inputTokens: 45,
        outputTokens: 6,
        cachedInputTokens: 30,
        cacheWriteInputTokens: 5,
        totalTokens: 51,
      },
      output: 'Bonjour !',
      outcome: 'completed',
    });
    expect(record.input).toEqual([{ role: 'user', content: 'Say hello' }]);
    expect(record.costUsd).toBeCloseTo((15 * 3 + 30 * 0.3 + 6 * 15) / 1e6, 12);
  });

  it('records a stream from message_start and message_delta, without asking for stream_options', async () => {
    const upstream = scripted([messagesStream()]);
    const { handler, records } = traced(upstream, true);
    const text = await (await handler(messagesRequest({ stream: true }))).text();
    expect(text).toContain('event: message_stop');
    expect(sentBodies(upstream)[0]).not.toHaveProperty('stream_options');
    const record = records.find((candidate) => candidate.kind === 'request')!;
    expect(record).toMatchObject({
      stream: true,
      modelServed: 'claude-sonnet-4-5-20250929',
      responseId: 'msg_trace',
      finishReasons: ['end_turn'],
      usage: {
        inputTokens: 45,
        outputTokens: 6,
        cachedInputTokens: 30,
        cacheWriteInputTokens: 5,
        totalTokens: 51,
      },
      output: 'Bonjour !',
    });
    expect(record.timeToFirstTokenMs).toBeGreaterThanOrEqual(0);
    expect(record.costUsd).toBeGreaterThan(0);
  });

  it('takes the totals a translated stream gives at its end (message_start carries zeros)', async () => {
    const events = [
      {
        type: 'message_start',
        message: {
          ...messagesAnswer(),
          content: [],
          stop_reason: null,
          usage: { input_tokens: 0, output_tokens: 0 },
        },
      },
      { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Hi' } },
      { type: 'content_block_stop', index: 0 },
      {
        type: 'message_delta',
        delta: { stop_reason: 'max_tokens', stop_sequence: null },
        usage: {
          input_tokens: 12,
          output_tokens: 2,
          cache_read_input_tokens: 0,
          cache_creation_input_tokens: 0,
        },
      },
      { type: 'message_stop' },
    ];
    const body = events.map((event) => `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`).join('');
    const upstream = scripted([new Response(body, { headers: { 'content-type': 'text/event-stream' } })]);
    const { handler, records } = traced(upstream);
    await (await handler(messagesRequest({ stream: true }))).text();
    expect(records.at(-1)).toMatchObject({
      finishReasons: ['max_tokens'],
      usage: { inputTokens: 12, outputTokens: 2, cachedInputTokens: 0, totalTokens: 14 },
    });
  });

  it('records an Anthropic error answer and an error event in a stream', async () => {
    const error = { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } };
    const upstream = scripted([
      jsonResponse(error, { status: 529 }),
      new Response(`event: error\ndata: ${JSON.stringify(error)}\n\n`, {
        headers: { 'content-type': 'text/event-stream' },
      }),
    ]);
    const { handler, records } = traced(upstream);
    await (await handler(messagesRequest())).text();
    await (await handler(messagesRequest({ stream: true }))).text();
    const requests = records.filter((record) => record.kind === 'request');
    expect(requests.map((record) => [record.outcome, record.errorCode, record.errorMessage])).toEqual([
      ['error', 'overloaded_error', 'Overloaded'],
      ['error', 'overloaded_error', 'Overloaded'],
    ]);
  });
});

describe('trace on the Responses API', () => {
  it('records model, id, status, usage with cached input, and cost of a JSON answer', async () => {
    const upstream = scripted([jsonResponse(responsesAnswer())]);
    const { handler, records } = traced(upstream, true);
    await (await handler(responsesRequest())).json();
    const record = records.find((candidate) => candidate.kind === 'request')!;
    expect(record).toMatchObject({
      operation: 'chat',
      path: '/v1/responses',
      modelRequested: 'gpt-4o-mini',
      modelServed: 'gpt-4o-mini-2024-07-18',
      responseId: 'resp_trace',
      finishReasons: ['completed'],
      usage: {
        inputTokens: 20,
        outputTokens: 4,
        cachedInputTokens: 8,
        cacheWriteInputTokens: 0,
        totalTokens: 24,
      },
      output: 'Hello there.',
      input: 'Say hello',
    });
    expect(record.costUsd).toBeCloseTo((12 * 0.15 + 8 * 0.075 + 4 * 0.6) / 1e6, 12);
  });

  it('records a stream from response.completed, without asking for stream_options', async () => {
    const upstream = scripted([responsesStream()]);
    const { handler, records } = traced(upstream, true);
    const text = await (await handler(responsesRequest({ stream: true }))).text();
    expect(text).toContain('event: response.completed');
    expect(sentBodies(upstream)[0]).not.toHaveProperty('stream_options');
    const record = records.find((candidate) => candidate.kind === 'request')!;
    expect(record).toMatchObject({
      stream: true,
      modelServed: 'gpt-4o-mini-2024-07-18',
      responseId: 'resp_trace',
      finishReasons: ['completed'],
      usage: { inputTokens: 20, outputTokens: 4, cachedInputTokens: 8, totalTokens: 24 },
      output: 'Hello there.',
    });
    expect(record.timeToFirstTokenMs).toBeGreaterThanOrEqual(0);
    expect(record.costUsd).toBeGreaterThan(0);
  });

  it('records an incomplete answer’s reason and a failed stream’s error', async () => {
    const incomplete = {
      ...responsesAnswer(),
      status: 'incomplete',
      incomplete_details: { reason: 'max_output_tokens' },
    };
    const failed = {
      type: 'response.failed',
      sequence_number: 3,
      response: { ...responsesAnswer(), status: 'failed', error: { code: 'server_error', message: 'boom' } },
    };
    const upstream = scripted([
      jsonResponse(incomplete),
      new Response(`event: response.failed\ndata: ${JSON.stringify(failed)}\n\n`, {
        headers: { 'content-type': 'text/event-stream' },
      }),
    ]);
    const { handler, records } = traced(upstream);
    await (await handler(responsesRequest())).text();
    await (await handler(responsesRequest({ stream: true }))).text();
    const requests = records.filter((record) => record.kind === 'request');
    expect(requests[0]).toMatchObject({ outcome: 'completed', finishReasons: ['max_output_tokens'] });
    expect(requests[1]).toMatchObject({ outcome: 'error', errorCode: 'server_error', errorMessage: 'boom' });
  });

  it('still asks a chat completions stream for usage, and reads the request as users do', async () => {
    const upstream = scripted([], {
      otherwise: async (request) => {
        const body = await readJsonBody<Record<string, unknown>>(request);
        return jsonResponse({ echoed: body.stream_options ?? null });
      },
    });
    const { handler } = traced(upstream);
    const chat = new Request('https://gateway.example.test/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'gpt-4o-mini',
        stream: true,
        messages: [{ role: 'user', content: 'Hi' }],
      }),
    });
    expect(await (await handler(chat)).json()).toEqual({ echoed: { include_usage: true } });
    expect(await (await handler(responsesRequest({ stream: true }))).json()).toEqual({ echoed: null });
  });
});
