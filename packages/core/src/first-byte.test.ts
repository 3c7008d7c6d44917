import { describe, expect, it } from 'vitest';
import { UpstreamProtocolError } from './errors/upstream-protocol-error.js';
import { awaitFirstByte, firstByteReady, markFirstByteSettled, needsFirstByte } from './first-byte.js';

const eventStream = (body: string | ReadableStream<Uint8Array> | null, status = 200) =>
  new Response(body, { status, headers: { 'content-type': 'text/event-stream; charset=utf-8' } });

describe('needsFirstByte', () => {
  it('is true only for a successful event stream whose first byte was not seen', () => {
    expect(needsFirstByte(eventStream('data: 1\n\n'))).toBe(true);
    expect(needsFirstByte(markFirstByteSettled(eventStream('data: 1\n\n')))).toBe(false);
    expect(needsFirstByte(eventStream('data: 1\n\n', 500))).toBe(false);
    expect(needsFirstByte(eventStream(null))).toBe(false);
    expect(needsFirstByte(Response.json({ ok: true }))).toBe(false);
  });
});

describe('awaitFirstByte', () => {
  it('hands back other responses as they are, and an event stream with the same bytes', async () => {
    const json = Response.json({ ok: true });
    expect(await awaitFirstByte(json, undefined)).toBe(json);
    const peeked = await awaitFirstByte(eventStream('data: 1\n\n'), undefined);
    expect(needsFirstByte(peeked)).toBe(false);
    expect(await peeked.text()).toBe('data: 1\n\n');
  });

  it('fails a stream that ends before its first byte', async () => {
    await expect(
      awaitFirstByte(eventStream(new ReadableStream({ start: (c) => c.close() })), undefined),
    ).rejects.toThrow(UpstreamProtocolError);
  });
});

describe('firstByteReady', () => {
  it('hands back a response with nothing to wait for itself, not a promise', () => {
    const json = Response.json({ ok: true });
    expect(firstByteReady(json, undefined)).toBe(json);
    const seen = markFirstByteSettled(eventStream('data: 1\n\n'));
    expect(firstByteReady(seen, undefined)).toBe(seen);
  });

  it('waits for an event stream’s first byte as awaitFirstByte does', async () => {
    const ready = firstByteReady(eventStream('data: 1\n\n'), undefined);
    expect(ready).toBeInstanceOf(Promise);
    const peeked = await ready;
    expect(needsFirstByte(peeked)).toBe(false);
    expect(await peeked.text()).toBe('data: 1\n\n');
    await expect(
      firstByteReady(eventStream(new ReadableStream({ start: (c) => c.close() })), undefined),
    ).rejects.toThrow(UpstreamProtocolError);
  });
});
