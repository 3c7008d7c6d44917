import { crc32 } from 'node:zlib';
import { EventStreamCodec, Int64, type MessageHeaders } from '@smithy/core/event-streams';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';
import { describe, expect, it } from 'vitest';
import { decodeMessage, MessageSplitter } from './event-stream.js';

const codec = new EventStreamCodec(toUtf8, fromUtf8);

function frame(headers: MessageHeaders, body = '{}'): Uint8Array {
  return codec.encode({ headers, body: fromUtf8(body) });
}

const text = (value: string) => ({ type: 'string' as const, value });

/** `bytes` with bit `mask` of byte `at` flipped. */
function flipped(bytes: Uint8Array, at: number, mask: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[at] = copy[at]! ^ mask;
  return copy;
}

// Frames are encoded by AWS's own codec (@smithy/core), which also checks what this decoder refuses.
describe('decodeMessage', () => {
  it('reads the message type, event type and payload of a frame', () => {
    const headers = {
      ':message-type': text('event'),
      ':event-type': text('contentBlockDelta'),
      ':content-type': text('application/json'),
    };
    expect(decodeMessage(frame(headers, '{"a":"wörld 👋"}'))).toEqual({
      messageType: 'event',
      eventType: 'contentBlockDelta',
      errorType: undefined,
      errorMessage: undefined,
      payload: fromUtf8('{"a":"wörld 👋"}'),
    });
    expect(decodeMessage(frame({})).messageType).toBe('event');
  });

  it('reads exceptions and errors', () => {
    const exception = decodeMessage(
      frame({ ':message-type': text('exception'), ':exception-type': text('throttlingException') }),
    );
    expect(exception).toMatchObject({ messageType: 'exception', errorType: 'throttlingException' });
    const error = decodeMessage(
      frame({
        ':message-type': text('error'),
        ':error-code': text('InternalFailure'),
        ':error-message': text('größer als erlaubt'),
      }),
    );
    expect(error).toMatchObject({
      messageType: 'error',
      errorType: 'InternalFailure',
      errorMessage: 'größer als erlaubt',
    });
  });

  it('reads its headers among headers of every other value type, as the AWS codec does', () => {
    const headers: MessageHeaders = {
      ':flag-true': { type: 'boolean', value: true },
      ':flag-false': { type: 'boolean', value: false },
      ':byte': { type: 'byte', value: -3 },
      ':short': { type: 'short', value: 300 },
      ':int': { type: 'integer', value: 70_000 },
      ':long': { type: 'long', value: Int64.fromNumber(5_000_000_000) },
      ':bytes': { type: 'binary', value: Uint8Array.of(1, 2, 3) },
      ':when': { type: 'timestamp', value: new Date(1_700_000_000_000) },
      ':id': { type: 'uuid', value: '0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9' },
      ':message-type': text('exception'),
      ':exception-type': text('validationException'),
      // Not a string: ignored.
      ':event-type': { type: 'integer', value: 7 },
    };
    const bytes = frame(headers, '{"message":"too big"}');
    const reference = codec.decode(bytes);
    expect(decodeMessage(bytes)).toEqual({
      messageType: reference.headers[':message-type']!.value,
      eventType: undefined,
      errorType: reference.headers[':exception-type']!.value,
      errorMessage: undefined,
      payload: reference.body,
    });
  });

  it('refuses a frame whose prelude or message checksum does not match, naming which', () => {
    const bytes = frame({ ':event-type': text('messageStop') }, '{"stopReason":"end_turn"}');
    expect(() => decodeMessage(flipped(bytes, 8, 1))).toThrow('event-stream prelude checksum does not match');
    expect(() => decodeMessage(flipped(bytes, bytes.length - 6, 1))).toThrow(
      'event-stream message checksum does not match',
    );
  });

  it('refuses a truncated frame and one too short to be a frame', () => {
    const bytes = frame({ ':event-type': text('messageStop') });
    expect(() => decodeMessage(bytes.subarray(0, bytes.length - 1))).toThrow(
      `event-stream message declares ${bytes.length} bytes but has ${bytes.length - 1}`,
    );
    expect(() => decodeMessage(bytes.subarray(0, 10))).toThrow(
      'event-stream message of 10 bytes is too short',
    );
  });

  it('refuses every single-bit corruption, wherever it is, as the AWS codec does', () => {
    const bytes = frame({ ':event-type': text('contentBlockDelta') }, '{"contentBlockIndex":0}');
    for (let at = 0; at < bytes.length; at++) {
      for (const mask of [0x01, 0x10, 0x80]) {
        const corrupted = flipped(bytes, at, mask);
        expect(() => decodeMessage(corrupted), `byte ${at}, bit ${mask}`).toThrow(/checksum|declares/);
        expect(() => codec.decode(corrupted), `byte ${at}, bit ${mask}`).toThrow();
      }
    }
  });

  it('refuses a header of an unknown type even when the checksums match', () => {
    const bytes = frame({ ':event-type': text('messageStop'), ':bad': { type: 'byte', value: 1 } });
    // Header value type 2 (byte) becomes 12, which no header has; the message CRC is made to match.
    bytes[bytes.lastIndexOf(2, bytes.length - 8)] = 12;
    new DataView(bytes.buffer).setUint32(bytes.length - 4, crc32(bytes.subarray(0, bytes.length - 4)));
    expect(() => decodeMessage(bytes)).toThrow('event-stream header value type 12 is unknown');
  });
});

/** The messages each read completes, copied. */
function splitAll(splitter: MessageSplitter, reads: Uint8Array[]): Buffer[] {
  return reads.flatMap((read) => splitter.push(read).map((message) => Buffer.from(message)));
}

describe('MessageSplitter', () => {
  const frames = [
    frame({ ':event-type': text('a') }, '{"x":"é"}'),
    frame({ ':event-type': text('bb') }),
    frame({}, `{"long":"${'z'.repeat(300)}"}`),
  ];
  const expected = frames.map((message) => Buffer.from(message));
  const bytes = Buffer.concat(frames);

  it('returns whole messages wherever the bytes are split', () => {
    for (let at = 0; at <= bytes.length; at++) {
      const splitter = new MessageSplitter();
      expect(splitAll(splitter, [bytes.subarray(0, at), bytes.subarray(at)]), `split at ${at}`).toEqual(
        expected,
      );
      expect(splitter.pendingBytes).toBe(0);
    }
  });

  it('returns whole messages from reads of every size, however many reads a message spans', () => {
    const big = frame({ ':event-type': text('big') }, `{"long":"${'y'.repeat(5000)}"}`);
    const stream = Buffer.concat([...frames, big, ...frames, big]);
    for (const size of [1, 2, 3, 5, 7, 16, 64, 333, 4096]) {
      const reads: Uint8Array[] = [];
      for (let at = 0; at < stream.length; at += size) reads.push(stream.subarray(at, at + size));
      const splitter = new MessageSplitter();
      expect(splitAll(splitter, reads), `reads of ${size}`).toEqual(
        [...frames, big, ...frames, big].map((message) => Buffer.from(message)),
      );
      expect(splitter.pendingBytes).toBe(0);
    }
  });

  it('holds an unfinished message and says how much of it is pending', () => {
    const splitter = new MessageSplitter();
    expect(splitter.push(bytes.subarray(0, frames[0]!.length + 3))).toHaveLength(1);
    expect(splitter.pendingBytes).toBe(3);
  });

  it('rejects a length prefix no event-stream message can have', () => {
    expect(() => new MessageSplitter().push(Uint8Array.of(0, 0, 0, 5, 1, 2, 3, 4))).toThrow(
      'event-stream message length 5 is out of range',
    );
    expect(() => new MessageSplitter().push(Uint8Array.of(0x7f, 0, 0, 0))).toThrow(/is out of range/);
  });
});
