import { compose, errorResponse, TransportError } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import { chatCompletion, jsonResponse, openaiErrorResponse, scripted } from '@switchyard/testing';
import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from './backoff.js';
import { retry } from './retry.js';
import { createRetryBudget } from './retry-budget.js';
import type { RetryEvent } from './retry-options.js';

const noWait = { random: () => 0 };
const url = 'http://upstream.test/v1/chat/completions';
const post = (init: RequestInit = {}) => new Request(url, { method: 'POST', body: '{"model":"m"}', ...init });
const count = (response: Response) => response.headers.get(responseHeaders.retryAttemptCount);

/** A response whose body records whether it was cancelled. */
function trackedResponse(status: number): { response: Response; cancelled: () => boolean } {
  let cancelled = false;
  const body = new ReadableStream({
    cancel() {
      cancelled = true;
    },
  });
  return { response: new Response(body, { status }), cancelled: () => cancelled };
}

function sseBody(chunks: string[], failAfter: boolean): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      if (index < chunks.length) controller.enqueue(encoder.encode(chunks[index++]!));
      else if (failAfter) controller.error(new Error('connection reset'));
      else controller.close();
    },
  });
}

const sse = (body: ReadableStream<Uint8Array>) =>
  new Response(body, { headers: { 'content-type': 'text/event-stream' } });

describe('retry', () => {
  it('retries a retryable status and reports the number of retries made', async () => {
    const upstream = scripted([openaiErrorResponse(503), jsonResponse(chatCompletion())]);
    const response = await retry(noWait)(upstream)(post());
    expect(response.status).toBe(200);
    expect(upstream.calls).toBe(2);
    expect(count(response)).toBe('1');
  });

  it('makes at most attempts + 1 calls and reports -1 when the last status is still retryable', async () => {
    const upstream = scripted([], { otherwise: () => openaiErrorResponse(500) });
    const response = await retry({ ...noWait, attempts: 3 })(upstream)(post());
    expect(upstream.calls).toBe(4);
    expect(response.status).toBe(500);
    expect(count(response)).toBe('-1');
  });

  it('returns a non-retryable status at once with a count of 0', async () => {
    const upstream = scripted([openaiErrorResponse(400), jsonResponse(chatCompletion())]);
    const response = await retry(noWait)(upstream)(post());
    expect(response.status).toBe(400);
    expect(upstream.calls).toBe(1);
    expect(count(response)).toBe('0');
  });

  it('retries only the given onStatusCodes', async () => {
    const upstream = scripted([openaiErrorResponse(503), openaiErrorResponse(429), jsonResponse({})]);
    const response = await retry({ ...noWait, onStatusCodes: [429] })(upstream)(post());
    expect(response.status).toBe(503);
    expect(upstream.calls).toBe(1);
  });

  it('retries transport errors but not other errors', async () => {
    const flaky = scripted([new TransportError(url, new Error('ECONNRESET')), jsonResponse({ ok: true })]);
    expect((await retry(noWait)(flaky)(post())).status).toBe(200);
    expect(flaky.calls).toBe(2);

    const broken = scripted([new RangeError('bug'), jsonResponse({ ok: true })]);
    await expect(retry(noWait)(broken)(post())).rejects.toThrow('bug');
    expect(broken.calls).toBe(1);
  });

  it('rethrows the last transport error when attempts run out', async () => {
    const upstream = scripted([], { otherwise: () => new TransportError(url, new Error('refused')) });
    await expect(retry({ ...noWait, attempts: 2 })(upstream)(post())).rejects.toBeInstanceOf(TransportError);
    expect(upstream.calls).toBe(3);
  });

  it('cancels the body of every discarded response', async () => {
    const first = trackedResponse(502);
    const second = trackedResponse(503);
    const upstream = scripted([first.response, second.response, jsonResponse({})]);
    await retry(noWait)(upstream)(post());
    expect(first.cancelled()).toBe(true);
    expect(second.cancelled()).toBe(true);
  });

  it('hands every attempt a request of its own, its body unread, also when it was given as a stream', async () => {
    // Each attempt reads its request to the end, as a user's handler or `fetch(request)` does.
    const read: unknown[] = [];
    const consume = (answer: Response) => async (request: Request) => {
      read.push(await request.json());
      return answer;
    };
    const upstream = scripted([
      consume(openaiErrorResponse(500)),
      consume(openaiErrorResponse(500)),
      consume(jsonResponse({})),
    ]);
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"model":'));
        controller.enqueue(new TextEncoder().encode('"streamed"}'));
        controller.close();
      },
    });
    const response = await retry(noWait)(upstream)(post({ body, duplex: 'half' } as RequestInit));
    expect(response.status).toBe(200);
    expect(upstream.requests.map((r) => r.body)).toEqual(Array(3).fill('{"model":"streamed"}'));
    expect(read).toEqual(Array(3).fill({ model: 'streamed' }));
  });

  it('ends a backoff wait at once when the caller aborts, without another call', async () => {
    const upstream = scripted([], { otherwise: () => openaiErrorResponse(503) });
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    let backingOff!: () => void;
    const waiting = new Promise<void>((resolve) => {
      backingOff = resolve;
    });
    const pipeline = retry({
      backoff: { initialDelayMs: 600_000, maxDelayMs: 600_000 },
      random: () => 0.99,
      onRetry: () => backingOff(),
    });
    const pending = pipeline(upstream)(post({ signal: controller.signal }));
    await waiting; // the first answer was a 503, and retry now sleeps for ten minutes
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(upstream.calls).toBe(1);
  });

  it('never retries once the caller has aborted', async () => {
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    const upstream = scripted([
      () => {
        controller.abort(reason);
        return new TransportError(url, reason);
      },
      jsonResponse({}),
    ]);
    await expect(retry(noWait)(upstream)(post({ signal: controller.signal }))).rejects.toBe(reason);
    expect(upstream.calls).toBe(1);
  });

  it('waits as long as Retry-After or retry-after-ms asks', async () => {
    const events: RetryEvent[] = [];
    const now = Date.parse('2026-01-01T00:00:00Z');
    const upstream = scripted([
      errorResponse(429, 'slow down', { headers: { 'retry-after': '0' } }),
      errorResponse(429, 'slow down', { headers: { 'retry-after-ms': '3.2' } }),
      errorResponse(503, 'later', { headers: { 'retry-after': new Date(now + 5000).toUTCString() } }),
      jsonResponse({}),
    ]);
    const pipeline = retry({ attempts: 3, now: () => now + 4990, onRetry: (e) => events.push(e) });
    const response = await pipeline(upstream)(post());
    expect(response.status).toBe(200);
    expect(events.map((e) => [e.status, e.delayMs])).toEqual([
      [429, 0],
      [429, 4],
      [503, 10],
    ]);
  });

  it('stops at once when Retry-After asks for more than the cap', async () => {
    const upstream = scripted([openaiErrorResponse(429, 'come back in an hour', 3600), jsonResponse({})]);
    const response = await retry({ respectRetryAfter: { maxDelayMs: 60_000 } })(upstream)(post());
    expect(response.status).toBe(429);
    expect(upstream.calls).toBe(1);
    expect(count(response)).toBe('-1');
  });

  it('uses jittered capped exponential backoff when there is no Retry-After', async () => {
    const events: RetryEvent[] = [];
    const upstream = scripted([], { otherwise: () => openaiErrorResponse(500) });
    const backoff = { initialDelayMs: 2, maxDelayMs: 5, factor: 2 };
    await retry({ attempts: 3, backoff, random: () => 0.5, onRetry: (e) => events.push(e) })(upstream)(
      post(),
    );
    expect(events.map((e) => e.delayMs)).toEqual([1, 2, 2]);
    expect(backoffDelayMs({ initialDelayMs: 1000, maxDelayMs: 8000, factor: 2 }, 5, () => 0.999)).toBe(7992);
  });

  it('does not retry a response from an open circuit breaker', async () => {
    const open = errorResponse(503, 'circuit open', { headers: { [responseHeaders.circuit]: 'open' } });
    const upstream = scripted([open, jsonResponse({})]);
    const response = await retry(noWait)(upstream)(post());
    expect(response.status).toBe(503);
    expect(upstream.calls).toBe(1);
  });

  it('keeps a total outage within the retry budget', async () => {
    const budget = createRetryBudget({ ratio: 0.2, maxTokens: 5 });
    const upstream = scripted([], { otherwise: () => openaiErrorResponse(503) });
    const a = compose(retry({ ...noWait, attempts: 3, budget }))(upstream);
    const b = compose(retry({ ...noWait, attempts: 3, budget }))(upstream);
    const responses = [];
    for (let i = 0; i < 100; i++) responses.push(await (i % 2 ? a : b)(post()));
    expect(upstream.calls).toBeLessThanOrEqual(100 * 1.2 + 5);
    expect(upstream.calls).toBeGreaterThan(100);
    expect(responses.every((r) => r.status === 503 && count(r) === '-1')).toBe(true);

    const unlimited = scripted([], { otherwise: () => openaiErrorResponse(503) });
    for (let i = 0; i < 10; i++) await retry({ ...noWait, attempts: 3, budget: false })(unlimited)(post());
    expect(unlimited.calls).toBe(40);
  });

  it('retries an event stream that fails before its first byte', async () => {
    const upstream = scripted([sse(sseBody([], true)), sse(sseBody(['data: {"a":1}\n\n'], false))]);
    const response = await retry(noWait)(upstream)(post());
    expect(await response.text()).toBe('data: {"a":1}\n\n');
    expect(upstream.calls).toBe(2);
    expect(count(response)).toBe('1');
  });

  it('hands on an event stream that fails after its first byte, without retrying', async () => {
    const upstream = scripted([
      sse(sseBody(['data: {"a":1}\n\n'], true)),
      sse(sseBody(['data: 2\n\n'], false)),
    ]);
    const response = await retry(noWait)(upstream)(post());
    await expect(response.text()).rejects.toThrow('connection reset');
    expect(upstream.calls).toBe(1);
  });

  it('forwards the circuit probe of a breaker beneath it', () => {
    const probe = Symbol.for('switchyard.circuit-open');
    let open = false;
    const guarded = Object.assign(scripted([]), { [probe]: () => open });
    const handler = retry()(guarded) as unknown as Record<symbol, () => boolean>;
    expect(handler[probe]!()).toBe(false);
    open = true;
    expect(handler[probe]!()).toBe(true);
    expect(probe in retry()(scripted([]))).toBe(false);
  });

  it('rejects invalid options with a precise TypeError', () => {
    expect(() => retry({ attempts: -1 })).toThrow('retry: attempts must be an integer >= 0; got -1');
    expect(() => retry({ attempts: 1.5 })).toThrow('retry: attempts must be an integer >= 0; got 1.5');
    expect(() => retry({ onStatusCodes: [429, 99] })).toThrow(
      'retry: onStatusCodes[1] must be an HTTP status code; got 99',
    );
    expect(() => retry({ backoff: { factor: 0.5 } })).toThrow(
      'retry: backoff.factor must be a finite number >= 1',
    );
    expect(() => retry({ backoff: { maxDelayMs: -1 } })).toThrow('retry: backoff.maxDelayMs must be');
    expect(() => createRetryBudget({ ratio: 2 })).toThrow(
      'createRetryBudget: ratio must be a number between 0 and 1',
    );
  });
});
