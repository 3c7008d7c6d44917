import { EventStreamCodec } from '@smithy/core/event-streams';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';

/** One decoded message of an `application/vnd.amazon.eventstream` body. */
export interface EventStreamMessage {
  /** `event`, `exception` or `error` (the `:message-type` header). */
  messageType: string;
  /** The `:event-type` header of an event (e.g. `contentBlockDelta`). */
  eventType: string | undefined;
  /** The `:exception-type` header of an exception, or the `:error-code` of an error. */
  errorType: string | undefined;
  /** The `:error-message` header of an error. */
  errorMessage: string | undefined;
  /** The payload bytes (JSON for Bedrock). */
  payload: Uint8Array;
}

// Every frame repeats the same few header names and values (`:event-type`, `contentBlockDelta`,
// ...). The codec decodes them through this function, which hands back the string it made the
// first time for the same bytes instead of decoding (and allocating) again.
const interned = new Map<number, string[]>();
const maxInterned = 256;

function headerText(bytes: Uint8Array): string {
  const length = bytes.length;
  if (length === 0) return '';
  if (length > 64) return toUtf8(bytes);
  const key = length * 65536 + bytes[0]! * 256 + bytes[length - 1]!;
  const candidates = interned.get(key);
  if (candidates) {
    next: for (const candidate of candidates) {
      for (let i = 0; i < length; i++) if (candidate.charCodeAt(i) !== bytes[i]) continue next;
      return candidate;
    }
  }
  for (let i = 0; i < length; i++) if (bytes[i]! > 0x7f) return toUtf8(bytes);
  const text = String.fromCharCode.apply(null, bytes as unknown as number[]);
  if (candidates) {
    if (candidates.length < 4) candidates.push(text);
  } else if (interned.size < maxInterned) {
    interned.set(key, [text]);
  }
  return text;
}

const codec = new EventStreamCodec(headerText, fromUtf8);

/**
 * Decodes one whole message with `@smithy/core`'s `EventStreamCodec`, which checks the prelude and
 * message CRCs and parses the headers.
 *
 * @throws Error when a checksum does not match or the message is malformed.
 */
export function decodeMessage(frame: Uint8Array): EventStreamMessage {
  const { headers, body } = codec.decode(frame);
  return {
    messageType: stringHeader(headers[':message-type']) ?? 'event',
    eventType: stringHeader(headers[':event-type']),
    errorType: stringHeader(headers[':exception-type']) ?? stringHeader(headers[':error-code']),
    errorMessage: stringHeader(headers[':error-message']),
    payload: body,
  };
}

function stringHeader(header: { type: string; value: unknown } | undefined): string | undefined {
  return header?.type === 'string' ? (header.value as string) : undefined;
}

// A message is at least its 12-byte prelude and 4-byte trailing CRC; AWS caps one at 16 MiB.
const minimumLength = 16;
const maximumLength = 16 * 1024 * 1024;

/**
 * Splits a byte stream into whole event-stream messages by their 4-byte big-endian length prefix,
 * synchronously, whatever the chunk boundaries. Each message is then decoded (and checked) by
 * `decodeMessage`.
 */
export class MessageSplitter {
  private pending: Uint8Array = new Uint8Array(0);

  /** Adds bytes; returns the messages they complete, in order. */
  push(chunk: Uint8Array): Uint8Array[] {
    let bytes = chunk;
    if (this.pending.length > 0) {
      bytes = new Uint8Array(this.pending.length + chunk.length);
      bytes.set(this.pending);
      bytes.set(chunk, this.pending.length);
    }
    const messages: Uint8Array[] = [];
    let at = 0;
    while (bytes.length - at >= 4) {
      const length =
        ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
      if (length < minimumLength || length > maximumLength) {
        throw new Error(`event-stream message length ${length} is out of range`);
      }
      if (bytes.length - at < length) break;
      messages.push(bytes.subarray(at, at + length));
      at += length;
    }
    this.pending = at === bytes.length ? new Uint8Array(0) : bytes.slice(at);
    return messages;
  }

  /** How many bytes of an unfinished message are held. */
  get pendingBytes(): number {
    return this.pending.length;
  }
}
