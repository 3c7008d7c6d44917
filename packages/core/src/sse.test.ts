import { describe, expect, it } from 'vitest';
import { UpstreamProtocolError } from './errors/upstream-protocol-error.js';
import type { SseEvent } from './sse-event.js';
import { readSseEvents, readSseJson } from './sse-read.js';
import { formatSseEvent, sseResponse } from './sse-write.js';

const encoder = new TextEncoder();

/** A chat-completion stream as OpenAI sends it, with multi-byte characters to split inside. */
const recorded = [
  ': keep-alive comment\n\n',
  'data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}\n\n',
  'data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":"Grüße 🚂"},"finish_reason":null}]}\n\n',
  'data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":" aus Zürich"},"finish_reason":"stop"}]}\n\n',
  'data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[],"usage":{"prompt_tokens":5,"completion_tokens":4,"total_tokens":9}}\n\n',
  'data: [DONE]\n\n',
].join('');

function streamOf(chunks: Uint8Array[], onCancel?: () => void): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (index < chunks.length) controller.enqueue(chunks[index++]!);
        else controller.close();
      },
      cancel() {
        onCancel?.();
      },
    },
    { highWaterMark: 0 },
  );
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe('readSseEvents', () => {
  it('yields data events in order, skipping comments and keeping [DONE]', async () => {
    const events = await collect(readSseEvents(new Response(recorded)));
    expect(events).toHaveLength(5);
    expect(events.at(-1)).toEqual({ data: '[DONE]' });
    expect(JSON.parse(events[1]!.data).choices[0].delta.content).toBe('Grüße 🚂');
  });

  it('gives identical events wherever the byte stream is split, inside multi-byte characters too', async () => {
    const bytes = encoder.encode(recorded);
    const expected = await collect(readSseEvents(streamOf([bytes])));
    for (let at = 0; at <= bytes.length; at++) {
      const events = await collect(readSseEvents(streamOf([bytes.slice(0, at), bytes.slice(at)])));
      expect(events, `split at byte ${at}`).toEqual(expected);
    }
    const oneByteChunks = Array.from(bytes, (byte) => Uint8Array.of(byte));
    expect(await collect(readSseEvents(streamOf(oneByteChunks)))).toEqual(expected);
  });

  it('joins multi-line data with \\n and reads event and id fields', async () => {
    const text = 'event: delta\nid: 7\ndata: line one\ndata: line two\n\ndata: plain\n\n';
    expect(await collect(readSseEvents(new Response(text)))).toEqual([
      { event: 'delta', id: '7', data: 'line one\nline two' },
      { data: 'plain' },
    ]);
  });

  it('handles CRLF and lone CR line endings', async () => {
    const text = 'data: a\r\ndata: b\r\n\r\n: note\r\rdata: c\r\r';
    expect(await collect(readSseEvents(new Response(text)))).toEqual([{ data: 'a\nb' }, { data: 'c' }]);
  });

  it('cancels the body when the consumer leaves the loop early', async () => {
    let cancelled = false;
    const bytes = encoder.encode(recorded);
    const body = streamOf([bytes.slice(0, 200), bytes.slice(200)], () => {
      cancelled = true;
    });
    for await (const _event of readSseEvents(body)) break;
    expect(cancelled).toBe(true);
  });

  it('yields nothing for a response without a body', async () => {
    expect(await collect(readSseEvents(new Response(null)))).toEqual([]);
  });
});

describe('readSseJson', () => {
  it('parses each event and stops at [DONE], releasing the rest of the body', async () => {
    let cancelled = false;
    const body = streamOf(
      [encoder.encode(`${recorded}data: {"after":"done"}\n\n`), encoder.encode('data: 1\n\n')],
      () => {
        cancelled = true;
      },
    );
    const chunks = await collect(readSseJson<{ choices: unknown[] }>(body));
    expect(chunks).toHaveLength(4);
    expect(chunks.every((chunk) => Array.isArray(chunk.choices))).toBe(true);
    expect(cancelled).toBe(true);
  });

  it('rejects data that is not JSON with an UpstreamProtocolError', async () => {
    const reading = collect(readSseJson(new Response('data: {"ok":1}\n\ndata: {broken\n\n')));
    await expect(reading).rejects.toBeInstanceOf(UpstreamProtocolError);
    await expect(collect(readSseJson(new Response('data: nope\n\n')))).rejects.toThrow(
      /Stream event is not valid JSON: nope/,
    );
  });
});

describe('formatSseEvent', () => {
  it('writes a string as data and splits every kind of line break into data fields', () => {
    expect(formatSseEvent('hello')).toBe('data: hello\n\n');
    expect(formatSseEvent('a\nb\r\nc\rd')).toBe('data: a\ndata: b\ndata: c\ndata: d\n\n');
  });

  it('writes event and id fields', () => {
    expect(formatSseEvent({ event: 'ping', id: '3', data: '{}' })).toBe('event: ping\nid: 3\ndata: {}\n\n');
  });

  it('rejects an event name or id that spans lines', () => {
    expect(() => formatSseEvent({ event: 'a\nb', data: '' })).toThrow(
      /the event field must be a single line/,
    );
    expect(() => formatSseEvent({ id: '1\r', data: '' })).toThrow(/the id field must be a single line/);
  });

  it('round-trips through readSseEvents', async () => {
    const events: SseEvent[] = [{ data: 'x\ny' }, { event: 'e', id: '1', data: '{"a":1}' }, { data: '' }];
    const text = events.map((event) => formatSseEvent(event)).join('');
    expect(await collect(readSseEvents(new Response(text)))).toEqual(events);
  });
});

describe('sseResponse', () => {
  it('streams events with event-stream headers and an optional [DONE]', async () => {
    async function* produce() {
      yield '{"n":1}';
      yield { event: 'note', data: 'two\nlines' };
    }
    const response = sseResponse(produce(), { done: true, status: 201, headers: { 'x-a': 'b' } });
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-a')).toBe('b');
    expect(await response.text()).toBe(
      'data: {"n":1}\n\nevent: note\ndata: two\ndata: lines\n\ndata: [DONE]\n\n',
    );
  });

  it('writes each event as it is produced, not after the iterator ends', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    async function* produce() {
      yield 'first';
      await gate;
      yield 'second';
    }
    const reader = sseResponse(produce()).body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('data: first\n\n');
    release();
    const second = await reader.read();
    expect(new TextDecoder().decode(second.value)).toBe('data: second\n\n');
    expect((await reader.read()).done).toBe(true);
  });

  it('stops the iterator when the body is cancelled', async () => {
    let finished = false;
    async function* produce() {
      try {
        while (true) yield 'tick';
      } finally {
        finished = true;
      }
    }
    const reader = sseResponse(produce()).body!.getReader();
    await reader.read();
    await reader.cancel();
    expect(finished).toBe(true);
  });
});
