import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deadline } from './deadline.js';
import { TimeoutError } from './errors/timeout-error.js';
import type { Handler } from './handler.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A body the test writes chunk by chunk, recording whether its reader cancelled it. */
function controlledBody() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const state = { cancelled: undefined as unknown, wasCancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel(reason) {
      state.wasCancelled = true;
      state.cancelled = reason;
    },
  });
  return {
    stream,
    state,
    send: (text: string) => {
      if (!state.wasCancelled) controller.enqueue(encoder.encode(text));
    },
    end: () => controller.close(),
  };
}

/** A handler answering `body` as an event stream (or JSON), recording the request it got. */
function answering(
  body: ReadableStream<Uint8Array>,
  type = 'text/event-stream',
  seen: Request[] = [],
): Handler {
  return async (request) => {
    seen.push(request);
    return new Response(body, { headers: { 'content-type': type } });
  };
}

async function readAll(response: Response): Promise<string> {
  const reader = response.body!.getReader();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text;
    text += decoder.decode(value);
  }
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('deadline', () => {
  it('rejects with TimeoutError when no answer comes within totalMs, and aborts the call below', async () => {
    const seen: Request[] = [];
    const never: Handler = (request) => {
      seen.push(request);
      return new Promise(() => undefined);
    };
    const pending = deadline({ totalMs: 100 })(never)(new Request('http://x.test/v1/chat/completions'));
    const outcome = expect(pending).rejects.toBeInstanceOf(TimeoutError);
    await vi.advanceTimersByTimeAsync(100);
    await outcome;
    expect(seen[0]!.signal.aborted).toBe(true);
    expect(seen[0]!.signal.reason).toBeInstanceOf(TimeoutError);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ends an event stream that stalls with an OpenAI-shaped error event, and cancels the upstream body', async () => {
    const upstream = controlledBody();
    const seen: Request[] = [];
    const response = await deadline({ idleMs: 50 })(answering(upstream.stream, undefined, seen))(
      new Request('http://x.test/'),
    );
    upstream.send('data: {"choices":[]}\n\n');
    const text = readAll(response);
    await vi.advanceTimersByTimeAsync(50);
    const events = (await text).split('\n\n').filter(Boolean);
    expect(events[0]).toBe('data: {"choices":[]}');
    expect(JSON.parse(events[1]!.slice('data: '.length))).toEqual({
      error: {
        message: 'The upstream stream sent nothing for 50 ms',
        type: 'timeout_error',
        param: null,
        code: 'stream_idle_timeout',
      },
    });
    expect(events).toHaveLength(2);
    expect(upstream.state.cancelled).toBeInstanceOf(TimeoutError);
    expect(seen[0]!.signal.reason).toBeInstanceOf(TimeoutError);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('counts idle time only while the reader waits: a slow reader is not a stalled upstream', async () => {
    const upstream = controlledBody();
    const response = await deadline({ idleMs: 50 })(answering(upstream.stream))(
      new Request('http://x.test/'),
    );
    const reader = response.body!.getReader();
    upstream.send('data: 1\n\n');
    expect(decoder.decode((await reader.read()).value)).toBe('data: 1\n\n');
    upstream.send('data: 2\n\n');
    await vi.advanceTimersByTimeAsync(500); // nobody reads for ten idle periods
    expect(decoder.decode((await reader.read()).value)).toBe('data: 2\n\n');
    upstream.end();
    expect((await reader.read()).done).toBe(true);
    expect(upstream.state.wasCancelled).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ends a stream that keeps talking past totalMs with a request_deadline event', async () => {
    const upstream = controlledBody();
    const response = await deadline({ totalMs: 100, idleMs: 50 })(answering(upstream.stream))(
      new Request('http://x.test/'),
    );
    const text = readAll(response);
    for (let tick = 0; tick < 6; tick++) {
      upstream.send(`data: ${tick}\n\n`);
      await vi.advanceTimersByTimeAsync(20);
    }
    const last = (await text).split('\n\n').filter(Boolean).at(-1)!;
    expect(JSON.parse(last.slice('data: '.length)).error).toMatchObject({
      type: 'timeout_error',
      code: 'request_deadline',
    });
    expect(upstream.state.cancelled).toBeInstanceOf(TimeoutError);
  });

  it('errors a body that is not an event stream with TimeoutError when it stalls', async () => {
    const upstream = controlledBody();
    const response = await deadline({ idleMs: 50 })(answering(upstream.stream, 'application/json'))(
      new Request('http://x.test/'),
    );
    upstream.send('{"partial":');
    const text = expect(readAll(response)).rejects.toBeInstanceOf(TimeoutError);
    await vi.advanceTimersByTimeAsync(50);
    await text;
    expect(upstream.state.wasCancelled).toBe(true);
  });

  it('passes a body that finishes in time through unchanged and leaves no timer behind', async () => {
    const upstream = controlledBody();
    const response = await deadline({ totalMs: 1000, idleMs: 100 })(
      answering(upstream.stream, 'application/json'),
    )(new Request('http://x.test/'));
    expect(response.headers.get('content-type')).toBe('application/json');
    upstream.send('{"ok":');
    upstream.send('true}');
    upstream.end();
    expect(await readAll(response)).toBe('{"ok":true}');
    expect(vi.getTimerCount()).toBe(0);
  });

  it("rejects with the caller's own abort reason, and cancelling the body cancels upstream", async () => {
    const controller = new AbortController();
    const never: Handler = (request) =>
      new Promise((_resolve, reject) => {
        request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
      });
    const pending = deadline({ totalMs: 1000 })(never)(
      new Request('http://x.test/', { signal: controller.signal }),
    );
    const reason = new Error('client went away');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);

    const upstream = controlledBody();
    const response = await deadline({ idleMs: 50 })(answering(upstream.stream))(
      new Request('http://x.test/'),
    );
    await response.body!.cancel(reason);
    expect(upstream.state.cancelled).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('is the next handler itself when no limit is set, and refuses bad limits', () => {
    const next: Handler = async () => new Response('x');
    expect(deadline({})(next)).toBe(next);
    expect(() => deadline({ totalMs: 0 })).toThrow('deadline: totalMs must be a positive integer');
    expect(() => deadline({ idleMs: 1.5 })).toThrow('deadline: idleMs must be a positive integer');
    expect(() => deadline(null as never)).toThrow(TypeError);
  });
});
