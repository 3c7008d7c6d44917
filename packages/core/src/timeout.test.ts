import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimeoutError } from './errors/timeout-error.js';
import type { Handler } from './handler.js';
import { withRequestOptions } from './request-options.js';
import { timeout } from './timeout.js';
import { toFetch } from './to-fetch.js';

/** A handler that answers only when its request is aborted, by rejecting with the reason. */
function untilAborted(seen: Request[] = []): Handler {
  return (request) => {
    seen.push(request);
    return new Promise((_resolve, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
    });
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('timeout', () => {
  it('answers an OpenAI-shaped 408 timeout_error and aborts the downstream call', async () => {
    const seen: Request[] = [];
    const pending = timeout(100)(untilAborted(seen))(new Request('http://x.test/v1/chat/completions'));
    await vi.advanceTimersByTimeAsync(100);
    const response = await pending;
    expect(response.status).toBe(408);
    expect(await response.json()).toEqual({
      error: {
        message: 'Request exceeded the timeout of 100 ms',
        type: 'timeout_error',
        code: 'request_timeout',
        param: null,
      },
    });
    expect(seen[0]!.signal.aborted).toBe(true);
    expect(seen[0]!.signal.reason).toBeInstanceOf(TimeoutError);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('answers 408 on time even when the handler ignores its signal, and cancels the late body', async () => {
    let cancelled = false;
    let answerLate!: (response: Response) => void;
    const handler: Handler = () =>
      new Promise((resolve) => {
        answerLate = resolve;
      });
    const pending = timeout(50)(handler)(new Request('http://x.test/'));
    await vi.advanceTimersByTimeAsync(50);
    expect((await pending).status).toBe(408);
    const body = new ReadableStream({
      cancel() {
        cancelled = true;
      },
    });
    answerLate(new Response(body));
    await vi.advanceTimersByTimeAsync(0);
    expect(cancelled).toBe(true);
  });

  it("rejects with the caller's abort reason, not a 408, and clears its timer", async () => {
    const controller = new AbortController();
    const pending = timeout(1000)(untilAborted())(
      new Request('http://x.test/', { signal: controller.signal }),
    );
    const reason = new Error('user navigated away');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('clears its timer when the handler answers in time', async () => {
    const handler: Handler = async () => new Response('fast');
    const response = await timeout(1000)(handler)(new Request('http://x.test/'));
    expect(await response.text()).toBe('fast');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('clears its timer and rethrows when the handler fails', async () => {
    const failure = new Error('downstream broke');
    const handler: Handler = async () => {
      throw failure;
    };
    await expect(timeout(1000)(handler)(new Request('http://x.test/'))).rejects.toBe(failure);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('lets a per-request timeoutMs override the default', async () => {
    const request = withRequestOptions(new Request('http://x.test/'), { timeoutMs: 20 });
    const pending = timeout(10_000)(untilAborted())(request);
    await vi.advanceTimersByTimeAsync(20);
    const response = await pending;
    expect(response.status).toBe(408);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain('20 ms');
  });

  it('applies a per-request timeoutMs even without a default', async () => {
    const request = withRequestOptions(new Request('http://x.test/'), { timeoutMs: 30 });
    const pending = timeout()(untilAborted())(request);
    await vi.advanceTimersByTimeAsync(30);
    expect((await pending).status).toBe(408);
  });

  it('without any deadline passes the same request straight through', async () => {
    const seen: Request[] = [];
    const handler: Handler = async (request) => {
      seen.push(request);
      return new Response('ok');
    };
    const request = new Request('http://x.test/');
    await timeout()(handler)(request);
    expect(seen[0]).toBe(request);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps the request body, headers and options for the downstream call', async () => {
    const seen: Request[] = [];
    const handler: Handler = async (request) => {
      seen.push(request);
      return new Response(await request.text());
    };
    const request = withRequestOptions(
      new Request('http://x.test/', { method: 'POST', body: 'payload', headers: { a: 'b' } }),
      { traceId: 't-1' },
    );
    const response = await timeout(1000)(handler)(request);
    expect(await response.text()).toBe('payload');
    expect(seen[0]!.headers.get('a')).toBe('b');
    expect(seen[0]!.headers.get('x-switchyard-trace-id')).toBe('t-1');
  });

  it('rejects a bad deadline at factory time', () => {
    expect(() => timeout(0)).toThrow(
      /timeout: ms must be a positive integer number of milliseconds, at most 2147483647; got 0/,
    );
    expect(() => timeout(1.5)).toThrow(TypeError);
    expect(() => timeout(Number.NaN)).toThrow(/got NaN/);
  });
});

describe('timeout behind toFetch', () => {
  it("rejects with the caller's reason when the caller's fetch signal aborts", async () => {
    const controller = new AbortController();
    const pending = toFetch(timeout(1000)(untilAborted()))('http://x.test/', { signal: controller.signal });
    const reason = new Error('caller left');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('answers 408 for a caller without a signal', async () => {
    const pending = toFetch(timeout(40)(untilAborted()))('http://x.test/');
    await vi.advanceTimersByTimeAsync(40);
    expect((await pending).status).toBe(408);
  });
});

describe('timeout and event streams', () => {
  it('bounds a stream that sends its headers but never its first chunk', async () => {
    let cancelled = false;
    const stalled: Handler = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          cancel() {
            cancelled = true;
          },
        }),
        { headers: { 'content-type': 'text/event-stream' } },
      );
    const pending = timeout(30)(stalled)(new Request('http://x/'));
    await vi.advanceTimersByTimeAsync(30);
    expect((await pending).status).toBe(408);
    await vi.advanceTimersByTimeAsync(0);
    expect(cancelled).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('hands on a stream whose first chunk came in time, every byte intact', async () => {
    const streaming: Handler = async () =>
      new Response('data: {"a":1}\n\ndata: [DONE]\n\n', { headers: { 'content-type': 'text/event-stream' } });
    const response = await timeout(1_000)(streaming)(new Request('http://x/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('data: {"a":1}\n\ndata: [DONE]\n\n');
  });
});
