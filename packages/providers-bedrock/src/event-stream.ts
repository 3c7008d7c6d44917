import { crc32 } from 'node:zlib';

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
  /** The payload bytes (JSON for Bedrock), a view into the message. */
  payload: Uint8Array;
}

// A message: total length (4 bytes), headers length (4), prelude CRC (4), headers, payload,
// message CRC (4), all big-endian; both CRCs are CRC-32 (the zlib one). At least 16 bytes; AWS caps
// a message at 16 MiB.
const preludeLength = 12;
const minimumLength = 16;
const maximumLength = 16 * 1024 * 1024;

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/**
 * Decodes one whole message: checks its length, the prelude and message CRC-32s (with Node's
 * native `zlib.crc32`), and reads the string headers Bedrock sends. Headers of the other types are
 * skipped by their encoded size.
 *
 * @throws Error when a checksum does not match or the message is malformed.
 */
export function decodeMessage(frame: Uint8Array): EventStreamMessage {
  const length = frame.length;
  if (length < minimumLength) throw new Error(`event-stream message of ${length} bytes is too short`);
  const declared = uint32(frame, 0);
  if (declared !== length) {
    throw new Error(`event-stream message declares ${declared} bytes but has ${length}`);
  }
  const headersLength = uint32(frame, 4);
  const payloadStart = preludeLength + headersLength;
  if (payloadStart > length - 4) {
    throw new Error(`event-stream headers length ${headersLength} does not fit a ${length}-byte message`);
  }
  if (preludeCrc(frame) !== uint32(frame, 8)) throw new Error('event-stream prelude checksum does not match');
  // The message CRC covers everything before it, the prelude and its CRC included: one native call.
  if (crc32(frame.subarray(0, length - 4)) !== uint32(frame, length - 4)) {
    throw new Error('event-stream message checksum does not match');
  }
  const message: EventStreamMessage = {
    messageType: 'event',
    eventType: undefined,
    errorType: undefined,
    errorMessage: undefined,
    payload: frame.subarray(payloadStart, length - 4),
  };
  let at = preludeLength;
  while (at < payloadStart) {
    const nameLength = frame[at]!;
    const nameStart = at + 1;
    const type = frame[nameStart + nameLength];
    at = nameStart + nameLength + 1;
    if (type === undefined || at > payloadStart) throw new Error('event-stream header is cut short');
    if (type !== 7) {
      at += skippedValueLength(frame, at, type);
      continue;
    }
    const valueLength = (frame[at]! << 8) | frame[at + 1]!;
    const valueStart = at + 2;
    at = valueStart + valueLength;
    if (at > payloadStart) throw new Error('event-stream header is cut short');
    switch (headerName(frame, nameStart, nameLength)) {
      case messageTypeName:
        message.messageType = headerText(frame, valueStart, valueLength);
        break;
      case eventTypeName:
        message.eventType = headerText(frame, valueStart, valueLength);
        break;
      case exceptionTypeName:
      case errorCodeName:
        message.errorType ??= headerText(frame, valueStart, valueLength);
        break;
      case errorMessageName:
        message.errorMessage = utf8Decoder.decode(frame.subarray(valueStart, at));
        break;
    }
  }
  if (at !== payloadStart) throw new Error('event-stream headers overrun their declared length');
  return message;
}

// CRC-32 (the zlib polynomial) of 8 bytes is cheaper with a table here than a native call.
const crcTable = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

/** The CRC-32 of the message's first 8 bytes (total and headers length). */
function preludeCrc(frame: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < 8; i++) crc = crcTable[(crc ^ frame[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

function uint32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

/** The encoded size of a non-string header value of `type` at `at`. */
function skippedValueLength(bytes: Uint8Array, at: number, type: number): number {
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
    case 6: // byte array: 2-byte length, then the bytes
      return 2 + ((bytes[at]! << 8) | bytes[at + 1]!);
    case 9: // uuid
      return 16;
    default:
      throw new Error(`event-stream header value type ${type} is unknown`);
  }
}

const messageTypeName = ':message-type';
const eventTypeName = ':event-type';
const exceptionTypeName = ':exception-type';
const errorCodeName = ':error-code';
const errorMessageName = ':error-message';
const knownNames = [messageTypeName, eventTypeName, exceptionTypeName, errorCodeName, errorMessageName];
/** The names this decoder reads, by byte length, as bytes. */
const namesByLength: Array<Array<{ name: string; bytes: Uint8Array }> | undefined> = [];
for (const name of knownNames) {
  const bytes = encoder.encode(name);
  const sameLength = namesByLength[bytes.length] ?? [];
  sameLength.push({ name, bytes });
  namesByLength[bytes.length] = sameLength;
}

/** The header name at `bytes[start]` when it is one this decoder reads, else `undefined` (no string made). */
function headerName(bytes: Uint8Array, start: number, length: number): string | undefined {
  const candidates = namesByLength[length];
  if (candidates === undefined) return undefined;
  next: for (let c = 0; c < candidates.length; c++) {
    const known = candidates[c]!.bytes;
    // Every name starts with `:`; compare from the end, where they differ.
    for (let i = length - 1; i >= 0; i--) if (known[i] !== bytes[start + i]) continue next;
    return candidates[c]!.name;
  }
  return undefined;
}

// Every frame repeats the same few header values (`event`, `contentBlockDelta`, ...): hand back
// the string made the first time for the same bytes instead of decoding (and allocating) again.
const interned = new Map<number, string[]>();
const maxInterned = 256;

function headerText(bytes: Uint8Array, start: number, length: number): string {
  if (length === 0) return '';
  if (length > 64) return utf8Decoder.decode(bytes.subarray(start, start + length));
  const key = length * 65536 + bytes[start]! * 256 + bytes[start + length - 1]!;
  const candidates = interned.get(key);
  if (candidates) {
    next: for (const candidate of candidates) {
      for (let i = 0; i < length; i++) if (candidate.charCodeAt(i) !== bytes[start + i]) continue next;
      return candidate;
    }
  }
  for (let i = 0; i < length; i++) {
    if (bytes[start + i]! > 0x7f) return utf8Decoder.decode(bytes.subarray(start, start + length));
  }
  const text = String.fromCharCode.apply(null, bytes.subarray(start, start + length) as unknown as number[]);
  if (candidates) {
    if (candidates.length < 4) candidates.push(text);
  } else if (interned.size < maxInterned) {
    interned.set(key, [text]);
  }
  return text;
}

/**
 * Splits a byte stream into whole event-stream messages by their 4-byte big-endian length prefix,
 * synchronously, whatever the chunk boundaries. Each message is then decoded (and checked) by
 * `decodeMessage`. Messages inside one chunk are views into it; only a message that straddles two
 * chunks is copied (so a read is never copied whole).
 */
export class MessageSplitter {
  private pending: Uint8Array = new Uint8Array(0);

  /** Adds bytes; returns the messages they complete, in order. */
  push(chunk: Uint8Array): Uint8Array[] {
    const messages: Uint8Array[] = [];
    let at = 0;
    if (this.pending.length > 0) {
      const held = this.pending.length;
      if (held + chunk.length < 4) {
        this.pending = concat(this.pending, chunk);
        return messages;
      }
      const length = checkedLength(
        ((byteAt(this.pending, chunk, 0) << 24) |
          (byteAt(this.pending, chunk, 1) << 16) |
          (byteAt(this.pending, chunk, 2) << 8) |
          byteAt(this.pending, chunk, 3)) >>>
          0,
      );
      if (held + chunk.length < length) {
        this.pending = concat(this.pending, chunk);
        return messages;
      }
      const message = new Uint8Array(length);
      message.set(this.pending);
      message.set(chunk.subarray(0, length - held), held);
      messages.push(message);
      at = length - held;
      this.pending = empty;
    }
    while (chunk.length - at >= 4) {
      const length = checkedLength(uint32(chunk, at));
      if (chunk.length - at < length) break;
      messages.push(chunk.subarray(at, at + length));
      at += length;
    }
    if (at < chunk.length) this.pending = chunk.slice(at);
    return messages;
  }

  /** How many bytes of an unfinished message are held. */
  get pendingBytes(): number {
    return this.pending.length;
  }
}

const empty = new Uint8Array(0);

function checkedLength(length: number): number {
  if (length < minimumLength || length > maximumLength) {
    throw new Error(`event-stream message length ${length} is out of range`);
  }
  return length;
}

/** Byte `index` of `first` followed by `second`. */
function byteAt(first: Uint8Array, second: Uint8Array, index: number): number {
  return index < first.length ? first[index]! : second[index - first.length]!;
}

function concat(first: Uint8Array, second: Uint8Array): Uint8Array {
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}
