import { crc32 } from 'node:zlib';
import { EventStreamCodec, Int64, type MessageHeaders } from '@smithy/core/event-streams';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';
import { describe, expect, it } from 'vitest';
import {
  decodeMessage,
  decodeMessageInto,
  EventStreamMessage,
  MessageSplitter,
  viewOf,
} from './event-stream.js';

const codec = new EventStreamCodec(toUtf8, fromUtf8);

function frame(headers: MessageHeaders, body = '{}'): Uint8Array {
  return codec.encode({ headers, body: fromUtf8(body) });
}

const text = (value: string) => ({ type: 'string' as const, value });

/** What a decoded message says, the payload copied out of the bytes it lies in. */
function fields(message: EventStreamMessage) {
  const { messageType, eventType, errorType, errorMessage } = message;
  return { messageType, eventType, errorType, errorMessage, payload: Uint8Array.from(message.payload) };
}

describe('decodeMessage', () => {
  it('reads the message type, event type and payload of a frame the codec encoded', () => {
    const decoded = decodeMessage(
      frame(
        {
          ':message-type': text('event'),
          ':event-type': text('contentBlockDelta'),
          ':content-type': text('application/json'),
        },
        '{"a":1}',
      ),
    );
    expect(fields(decoded)).toEqual({
      messageType: 'event',
      eventType: 'contentBlockDelta',
      errorType: undefined,
      errorMessage: undefined,
      payload: fromUtf8('{"a":1}'),
    });
  });

  it('keeps header values apart that share length, first and last byte, and decodes non-ASCII ones', () => {
    const values = ['contentBlockDelta', 'contentBlockDolta', 'contentBlockDelta', 'cöntentBlockDelta', 'c'];
    expect(values.map((value) => decodeMessage(frame({ ':event-type': text(value) })).eventType)).toEqual(
      values,
    );
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
        ':error-message': text('boom'),
      }),
    );
    expect(error).toMatchObject({ messageType: 'error', errorType: 'InternalFailure', errorMessage: 'boom' });
  });

  it('rejects a message whose checksum does not match', () => {
    const bytes = frame({ ':event-type': text('messageStop') }, '{"stopReason":"end_turn"}');
    bytes[bytes.length - 6] = bytes[bytes.length - 6]! ^ 1;
    expect(() => decodeMessage(bytes)).toThrow(/checksum/i);
  });
});

describe('decodeMessageInto', () => {
  it('gives each message its own header fields when one instance decodes them all in turn', () => {
    const delta = { ':message-type': text('event'), ':event-type': text('contentBlockDelta') };
    const frames = [
      frame(delta, '{"a":1}'),
      frame(delta, '{"a":2}'),
      frame({ ':message-type': text('event'), ':event-type': text('messageStop') }),
      frame({ ':message-type': text('exception'), ':exception-type': text('throttlingException') }),
      frame({}),
      frame(delta, '{"a":3}'),
    ];
    const message = new EventStreamMessage();
    const seen = frames.map((bytes) => {
      decodeMessageInto(message, bytes, viewOf(bytes), 0, bytes.length);
      return fields(message);
    });
    expect(seen).toEqual(frames.map((bytes) => fields(decodeMessage(bytes))));
    expect(seen.map((decoded) => decoded.eventType)).toEqual([
      'contentBlockDelta',
      'contentBlockDelta',
      'messageStop',
      undefined,
      undefined,
      'contentBlockDelta',
    ]);
  });

  it('decodes the headers again after a message whose headers were malformed', () => {
    const good = frame({ ':event-type': text('contentBlockDelta') });
    const malformed = frame({ ':event-type': text('messageStop'), ':bad': { type: 'byte', value: 1 } });
    // Header value type 2 (byte) becomes 12, which no header has; the checksums are made to match.
    const typeAt = malformed.lastIndexOf(2, malformed.length - 8);
    malformed[typeAt] = 12;
    const view = viewOf(malformed);
    view.setUint32(malformed.length - 4, crc32(malformed.subarray(0, malformed.length - 4)));
    const message = new EventStreamMessage();
    decodeMessageInto(message, good, viewOf(good), 0, good.length);
    expect(() => decodeMessageInto(message, malformed, view, 0, malformed.length)).toThrow(
      'event-stream header value type 12 is unknown',
    );
    const empty = frame({});
    decodeMessageInto(message, empty, viewOf(empty), 0, empty.length);
    expect(fields(message)).toEqual(fields(decodeMessage(empty)));
  });
  it('checks a message whose headers repeat the last ones as closely: every single-bit corruption fails', () => {
    const headers = { ':message-type': text('event'), ':event-type': text('contentBlockDelta') };
    const first = frame(headers, '{"contentBlockIndex":0,"delta":{"text":"Hel"}}');
    const second = frame(headers, '{"contentBlockIndex":0,"delta":{"text":"lo"},"p":"abc"}');
    const message = new EventStreamMessage();
    decodeMessageInto(message, first, viewOf(first), 0, first.length);
    for (let at = 0; at < second.length; at++) {
      const corrupted = Uint8Array.from(second);
      corrupted[at] = corrupted[at]! ^ 0x04;
      expect(
        () => decodeMessageInto(message, corrupted, viewOf(corrupted), 0, corrupted.length),
        `byte ${at}`,
      ).toThrow();
    }
    decodeMessageInto(message, second, viewOf(second), 0, second.length);
    expect(fields(message)).toEqual(fields(decodeMessage(second)));
  });
});

describe('decodeMessage against the @smithy/core codec', () => {
  it('agrees with the codec on frames carrying every header value type', () => {
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
      ':error-message': text('größer als erlaubt'),
    };
    const bytes = frame(headers, '{"message":"too big"}');
    const reference = codec.decode(bytes);
    const decoded = decodeMessage(bytes);
    expect(fields(decoded)).toEqual({
      messageType: reference.headers[':message-type']!.value,
      eventType: undefined,
      errorType: reference.headers[':exception-type']!.value,
      errorMessage: reference.headers[':error-message']!.value,
      payload: Uint8Array.from(reference.body),
    });
  });

  it('rejects every single-bit corruption, wherever it is', () => {
    const bytes = frame({ ':event-type': text('contentBlockDelta') }, '{"contentBlockIndex":0}');
    for (let at = 0; at < bytes.length; at++) {
      const corrupted = Uint8Array.from(bytes);
      corrupted[at] = corrupted[at]! ^ 0x10;
      expect(() => decodeMessage(corrupted), `byte ${at}`).toThrow();
      expect(() => codec.decode(corrupted), `byte ${at}`).toThrow();
    }
  });

  it('names a prelude checksum mismatch and a length that does not match the frame', () => {
    const bytes = frame({ ':event-type': text('messageStop') });
    const badPrelude = Uint8Array.from(bytes);
    badPrelude[8] = badPrelude[8]! ^ 1;
    expect(() => decodeMessage(badPrelude)).toThrow('event-stream prelude checksum does not match');
    expect(() => decodeMessage(bytes.subarray(0, bytes.length - 1))).toThrow(
      `event-stream message declares ${bytes.length} bytes but has ${bytes.length - 1}`,
    );
    expect(() => decodeMessage(bytes.subarray(0, 10))).toThrow(
      'event-stream message of 10 bytes is too short',
    );
  });
});

/** The messages a read completes, copied out of the splitter's current bytes. */
function split(splitter: MessageSplitter, chunk: Uint8Array): Uint8Array[] {
  splitter.push(chunk);
  const messages: Uint8Array[] = [];
  while (splitter.next()) messages.push(splitter.bytes.slice(splitter.start, splitter.end));
  return messages;
}

describe('MessageSplitter', () => {
  const frames = [
    frame({ ':event-type': text('a') }, '{"x":"é"}'),
    frame({ ':event-type': text('bb') }),
    frame({}, '{"long":"' + 'z'.repeat(300) + '"}'),
  ];
  const bytes = Buffer.concat(frames);

  it('returns whole messages wherever the bytes are split', () => {
    for (let at = 0; at <= bytes.length; at++) {
      const splitter = new MessageSplitter();
      const messages = [...split(splitter, bytes.subarray(0, at)), ...split(splitter, bytes.subarray(at))];
      expect(messages.map((message) => Buffer.from(message))).toEqual(
        frames.map((message) => Buffer.from(message)),
      );
      expect(splitter.pendingBytes).toBe(0);
    }
  });

  it('returns whole messages from reads of every size, however many reads a message spans', () => {
    const big = frame({ ':event-type': text('big') }, `{"long":"${'y'.repeat(5000)}"}`);
    const stream = Buffer.concat([...frames, big, ...frames, big]);
    for (const size of [1, 2, 3, 5, 7, 16, 64, 333, 4096]) {
      const splitter = new MessageSplitter();
      const messages: Uint8Array[] = [];
      for (let at = 0; at < stream.length; at += size) {
        messages.push(...split(splitter, stream.subarray(at, at + size)));
      }
      expect(
        messages.map((message) => Buffer.from(message)),
        `reads of ${size}`,
      ).toEqual([...frames, big, ...frames, big].map((message) => Buffer.from(message)));
      expect(splitter.pendingBytes).toBe(0);
    }
  });

  it('checks every message in place or put together: a corrupted one fails wherever the split is', () => {
    const corrupted = Uint8Array.from(frames[1]!);
    corrupted[corrupted.length - 6] = corrupted[corrupted.length - 6]! ^ 4;
    const stream = Buffer.concat([frames[0]!, corrupted, frames[2]!]);
    for (let at = 0; at <= stream.length; at++) {
      const splitter = new MessageSplitter();
      const message = new EventStreamMessage();
      const outcomes: string[] = [];
      for (const part of [stream.subarray(0, at), stream.subarray(at)]) {
        splitter.push(part);
        while (splitter.next()) {
          try {
            const { bytes, view, start, end } = splitter;
            decodeMessageInto(message, bytes, view, start, end);
            outcomes.push(message.eventType ?? '');
          } catch (error) {
            outcomes.push((error as Error).message);
          }
        }
      }
      expect(outcomes, `split at ${at}`).toEqual(['a', 'event-stream message checksum does not match', '']);
    }
  });

  it('holds an unfinished message and says how much of it is pending', () => {
    const splitter = new MessageSplitter();
    expect(split(splitter, bytes.subarray(0, frames[0]!.length + 3))).toHaveLength(1);
    expect(splitter.pendingBytes).toBe(3);
  });

  it('rejects a length prefix no event-stream message can have', () => {
    expect(() => split(new MessageSplitter(), Uint8Array.of(0, 0, 0, 5, 1, 2, 3, 4))).toThrow(
      'event-stream message length 5 is out of range',
    );
    expect(() => split(new MessageSplitter(), Uint8Array.of(0x7f, 0, 0, 0))).toThrow(/is out of range/);
  });
});
