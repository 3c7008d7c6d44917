import { crc32 } from 'node:zlib';

/** One message of an `application/vnd.amazon.eventstream` body, as the stream translation reads it. */
export interface EventStreamMessage {
  /** `event`, `exception` or `error` (the `:message-type` header). Default: `event`. */
  messageType: string;
  /** The `:event-type` header of an event (e.g. `contentBlockDelta`). */
  eventType: string | undefined;
  /** The `:exception-type` header of an exception, or the `:error-code` of an error. */
  errorType: string | undefined;
  /** The `:error-message` header of an error. */
  errorMessage: string | undefined;
  /** The payload (JSON for Bedrock). */
  payload: Uint8Array;
}

// A message: total length (4 bytes), headers length (4), prelude CRC (4), headers, payload,
// message CRC (4), all big-endian; both CRCs are zlib's CRC-32. AWS caps a message at 16 MiB.
const minimumLength = 16;
const maximumLength = 16 * 1024 * 1024;
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes one whole message: checks its length and both CRC-32s, and reads its string headers
 * (headers of the other types are skipped).
 *
 * @throws Error naming what failed when a checksum does not match or the message is malformed.
 */
export function decodeMessage(bytes: Uint8Array): EventStreamMessage {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < minimumLength) {
    throw new Error(`event-stream message of ${bytes.length} bytes is too short`);
  }
  const length = view.getUint32(0);
  if (length !== bytes.length) {
    throw new Error(`event-stream message declares ${length} bytes but has ${bytes.length}`);
  }
  if (crc32(bytes.subarray(0, 8)) !== view.getUint32(8)) {
    throw new Error('event-stream prelude checksum does not match');
  }
  if (crc32(bytes.subarray(0, length - 4)) !== view.getUint32(length - 4)) {
    throw new Error('event-stream message checksum does not match');
  }
  const payloadStart = 12 + view.getUint32(4);
  if (payloadStart > length - 4) throw new Error('event-stream headers overrun the message');
  const headers = stringHeaders(bytes, view, payloadStart);
  return {
    messageType: headers.get(':message-type') ?? 'event',
    eventType: headers.get(':event-type'),
    errorType: headers.get(':exception-type') ?? headers.get(':error-code'),
    errorMessage: headers.get(':error-message'),
    payload: bytes.subarray(payloadStart, length - 4),
  };
}

/**
 * The string headers (value type 7) of the message in `bytes`, whose headers end at `end`. Each
 * header is a name (1-byte length, then UTF-8), a value type (1 byte) and a value.
 */
function stringHeaders(bytes: Uint8Array, view: DataView, end: number): Map<string, string> {
  const headers = new Map<string, string>();
  let at = 12;
  while (at < end) {
    const nameEnd = at + 1 + bytes[at]!;
    const name = decoder.decode(bytes.subarray(at + 1, nameEnd));
    const type = bytes[nameEnd];
    at = nameEnd + 1;
    if (type === 7) {
      const valueEnd = at + 2 + view.getUint16(at);
      if (valueEnd > end) break;
      headers.set(name, decoder.decode(bytes.subarray(at + 2, valueEnd)));
      at = valueEnd;
    } else {
      at += valueLength(type, view, at);
    }
  }
  if (at !== end) throw new Error('event-stream headers do not fit their declared length');
  return headers;
}

/** The encoded length of a header value of a `type` other than string, at `at`. */
function valueLength(type: number | undefined, view: DataView, at: number): number {
  switch (type) {
    case 0: // true
    case 1: // false
      return 0;
    case 2: // byte
      return 1;
    case 3: // short
      return 2;
    case 4: // integer
      return 4;
    case 5: // long
    case 8: // timestamp
      return 8;
    case 6: // bytes: 2-byte length, then the bytes
      return 2 + view.getUint16(at);
    case 9: // uuid
      return 16;
    default:
      throw new Error(`event-stream header value type ${type} is unknown`);
  }
}

/**
 * Cuts a byte stream into whole event-stream messages by their length prefix, wherever the reads
 * cut it: `push` each read and take the messages it completes. The reads of an unfinished message
 * are joined once it is complete, so a large message arriving in many reads is copied once.
 */
export class MessageSplitter {
  /** The reads holding the start of an unfinished message. */
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  /** How many bytes the held reads must reach before a message can be complete. */
  private needed = 4;

  /**
   * The whole messages the bytes so far complete, in order; an unfinished rest is kept.
   *
   * @throws Error when a length prefix is out of range (16 bytes to 16 MiB).
   */
  push(chunk: Uint8Array): Uint8Array[] {
    this.held.push(chunk);
    this.heldBytes += chunk.length;
    if (this.heldBytes < this.needed) return [];
    const bytes = this.held.length === 1 ? chunk : Buffer.concat(this.held);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const messages: Uint8Array[] = [];
    let at = 0;
    this.needed = 4;
    while (bytes.length - at >= 4) {
      const length = view.getUint32(at);
      if (length < minimumLength || length > maximumLength) {
        throw new Error(`event-stream message length ${length} is out of range`);
      }
      if (bytes.length - at < length) {
        this.needed = length;
        break;
      }
      messages.push(bytes.subarray(at, at + length));
      at += length;
    }
    this.held = at < bytes.length ? [bytes.subarray(at)] : [];
    this.heldBytes = bytes.length - at;
    return messages;
  }

  /** How many bytes of an unfinished message are held. */
  get pendingBytes(): number {
    return this.heldBytes;
  }
}
