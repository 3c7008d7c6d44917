import { describe, expect, it } from 'vitest';
import { type BodyOutcome, type BodyTap, tapBody, tapPoint, tapResponse } from './body-tap.js';
import { awaitFirstByte } from './first-byte.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function streamOf(chunks: string[], failAfter?: Error): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (index < chunks.length) controller.enqueue(encoder.encode(chunks[index++]!));
      else if (failAfter) controller.error(failAfter);
      else controller.close();
    },
  });
}

/** A tap that records what passes and can rewrite each chunk. */
function recordingTap(rewrite: (text: string) => string | null = (text) => text, last: string | null = null) {
  const seen: string[] = [];
  const ends: Array<{ outcome: BodyOutcome; error?: unknown }> = [];
  const tap: BodyTap = {
    transform(chunk) {
      const text = decoder.decode(chunk);
      seen.push(text);
      const out = rewrite(text);
      return out === null ? null : encoder.encode(out);
    },
    flush: () => (last === null ? null : encoder.encode(last)),
    end: (outcome, error) => void ends.push({ outcome, error }),
  };
  return { tap, seen, ends };
}

describe('tapResponse', () => {
  it('wraps a body that is not tappable, so the tap sees every chunk, the flush and the end', async () => {
    const { tap, seen, ends } = recordingTap((text) => text.toUpperCase(), '!');
    const original = new Response(streamOf(['a', 'b']), { status: 201, headers: { 'x-kept': '1' } });
    const tapped = tapResponse(original, tap);
    expect(tapped).not.toBe(original);
    expect(tapped.status).toBe(201);
    expect(tapped.headers.get('x-kept')).toBe('1');
    expect(await tapped.text()).toBe('AB!');
    expect(seen).toEqual(['a', 'b']);
    expect(ends).toEqual([{ outcome: 'completed', error: undefined }]);
  });

  it('attaches to a tappable body without a new Response, inner taps first, flushes through outer taps', async () => {
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          const out = point.chunk(encoder.encode('x'));
          if (out !== null) controller.enqueue(out);
          const last = point.flush();
          if (last !== null) controller.enqueue(last);
          controller.close();
          point.end('completed');
        },
      },
      { highWaterMark: 0 },
    );
    const point = tapPoint(stream);
    const response = new Response(stream);
    const inner = recordingTap((text) => `${text}1`, 'i');
    const outer = recordingTap((text) => `${text}2`);
    expect(tapResponse(response, inner.tap)).toBe(response);
    expect(tapResponse(response, outer.tap)).toBe(response);
    expect(await response.text()).toBe('x12i2');
    expect(inner.seen).toEqual(['x']);
    expect(outer.seen).toEqual(['x1', 'i']);
    expect(inner.ends).toHaveLength(1);
    expect(outer.ends).toHaveLength(1);
  });

  it('refuses to attach once a tappable body has started delivering, and then wraps instead', async () => {
    const first = await awaitFirstByte(
      new Response(streamOf(['data: 1\n\n', 'data: 2\n\n']), {
        headers: { 'content-type': 'text/event-stream' },
      }),
      new AbortController().signal,
    );
    const reader = first.body!.getReader();
    expect(decoder.decode((await reader.read()).value)).toBe('data: 1\n\n');
    reader.releaseLock();
    const late = recordingTap();
    expect(tapBody(first.body!, late.tap)).toBe(false);
    const tapped = tapResponse(first, late.tap);
    expect(tapped).not.toBe(first);
    expect(await tapped.text()).toBe('data: 2\n\n');
    expect(late.seen).toEqual(['data: 2\n\n']);
  });

  it('lets a tap drop chunks', async () => {
    const { tap } = recordingTap((text) => (text === 'drop' ? null : text));
    const tapped = tapResponse(new Response(streamOf(['keep', 'drop', 'also'])), tap);
    expect(await tapped.text()).toBe('keepalso');
  });

  it('tells the tap when the body fails and when the reader cancels it', async () => {
    const failure = new Error('connection reset');
    const failing = recordingTap();
    await expect(tapResponse(new Response(streamOf(['a'], failure)), failing.tap).text()).rejects.toBe(
      failure,
    );
    expect(failing.ends).toEqual([{ outcome: 'error', error: failure }]);

    let upstreamCancelled: unknown;
    const upstream = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(encoder.encode('a')),
      cancel: (reason) => {
        upstreamCancelled = reason;
      },
    });
    const cancelled = recordingTap();
    const tapped = tapResponse(new Response(upstream), cancelled.tap);
    const reader = tapped.body!.getReader();
    await reader.read();
    await reader.cancel('caller left');
    expect(cancelled.ends).toEqual([{ outcome: 'cancelled', error: undefined }]);
    expect(upstreamCancelled).toBe('caller left');
  });

  it('returns a response without a body as it is and never calls the tap', () => {
    const { tap, ends } = recordingTap();
    const response = new Response(null, { status: 204 });
    expect(tapResponse(response, tap)).toBe(response);
    expect(ends).toEqual([]);
  });
});

describe('awaitFirstByte and taps', () => {
  it('passes the chunk it peeked at through a tap attached after it returned', async () => {
    const peeked = await awaitFirstByte(
      new Response(streamOf(['data: first\n\n', 'data: second\n\n']), {
        headers: { 'content-type': 'text/event-stream' },
      }),
      new AbortController().signal,
    );
    const { tap, seen } = recordingTap();
    expect(tapResponse(peeked, tap)).toBe(peeked);
    expect(await peeked.text()).toBe('data: first\n\ndata: second\n\n');
    expect(seen).toEqual(['data: first\n\n', 'data: second\n\n']);
  });
});
