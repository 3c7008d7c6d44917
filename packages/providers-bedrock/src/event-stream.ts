import { crc32 } from 'node:zlib';

/**
 * One decoded message of an `application/vnd.amazon.eventstream` body. A stream translator decodes
 * every message into the same instance (`decodeMessageInto`), so decoding allocates nothing per
 * message but a checksum view; the payload stays where it arrived, at `bytes[payloadStart, payloadEnd)`.
 */
export class EventStreamMessage {
  /** `event`, `exception` or `error` (the `:message-type` header). Default: `event`. */
  messageType = 'event';
  /** The `:event-type` header of an event (e.g. `contentBlockDelta`). */
  eventType: string | undefined = undefined;
  /** The `:exception-type` header of an exception, or the `:error-code` of an error. */
  errorType: string | undefined = undefined;
  /** The `:error-message` header of an error. */
  errorMessage: string | undefined = undefined;
  /** The bytes holding the message. */
  bytes: Uint8Array = new Uint8Array(0);
  /** Where the payload (JSON for Bedrock) starts in `bytes`. */
  payloadStart = 0;
  /** One past its end. */
  payloadEnd = 0;

  /** The payload, as a view into `bytes`. */
  get payload(): Uint8Array {
    return this.bytes.subarray(this.payloadStart, this.payloadEnd);
  }
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
 * Decodes one whole message (a fresh `EventStreamMessage`); see `decodeMessageInto`.
 *
 * @throws Error when a checksum does not match or the message is malformed.
 */
export function decodeMessage(frame: Uint8Array): EventStreamMessage {
  const message = new EventStreamMessage();
  decodeMessageInto(message, frame, 0, frame.length);
  return message;
}

/**
 * Decodes the whole message at `bytes[start, end)` into `message`: checks its length, the prelude
 * and message CRC-32s (`crc32Of`: Node's native `zlib.crc32` for long messages), and reads the string
 * headers Bedrock sends. Headers of the other types are skipped by their encoded size.
 *
 * @throws Error when a checksum does not match or the message is malformed.
 */
export function decodeMessageInto(
  message: EventStreamMessage,
  bytes: Uint8Array,
  start: number,
  end: number,
): void {
  const length = end - start;
  if (length < minimumLength) throw new Error(`event-stream message of ${length} bytes is too short`);
  const declared = uint32(bytes, start);
  if (declared !== length) {
    throw new Error(`event-stream message declares ${declared} bytes but has ${length}`);
  }
  const headersLength = uint32(bytes, start + 4);
  const payloadStart = start + preludeLength + headersLength;
  if (payloadStart > end - 4) {
    throw new Error(`event-stream headers length ${headersLength} does not fit a ${length}-byte message`);
  }
  if (crc32Of(bytes, start, start + 8) !== uint32(bytes, start + 8)) {
    throw new Error('event-stream prelude checksum does not match');
  }
  // The message CRC covers everything before it, the prelude and its CRC included.
  if (crc32Of(bytes, start, end - 4) !== uint32(bytes, end - 4)) {
    throw new Error('event-stream message checksum does not match');
  }
  message.messageType = 'event';
  message.eventType = undefined;
  message.errorType = undefined;
  message.errorMessage = undefined;
  message.bytes = bytes;
  message.payloadStart = payloadStart;
  message.payloadEnd = end - 4;
  let at = start + preludeLength;
  while (at < payloadStart) {
    const nameLength = bytes[at]!;
    const nameStart = at + 1;
    const type = bytes[nameStart + nameLength]!;
    at = nameStart + nameLength + 1;
    if (at > payloadStart) throw new Error('event-stream header is cut short');
    if (type !== 7) {
      at += skippedValueLength(bytes, at, type);
      continue;
    }
    const valueLength = (bytes[at]! << 8) | bytes[at + 1]!;
    const valueStart = at + 2;
    at = valueStart + valueLength;
    if (at > payloadStart) throw new Error('event-stream header is cut short');
    switch (headerName(bytes, nameStart, nameLength)) {
      case messageTypeName:
        message.messageType = headerText(bytes, valueStart, valueLength);
        break;
      case eventTypeName:
        message.eventType = headerText(bytes, valueStart, valueLength);
        break;
      case exceptionTypeName:
      case errorCodeName:
        message.errorType ??= headerText(bytes, valueStart, valueLength);
        break;
      case errorMessageName:
        message.errorMessage = utf8Decoder.decode(bytes.subarray(valueStart, at));
        break;
    }
  }
  if (at !== payloadStart) throw new Error('event-stream headers overrun their declared length');
}

// CRC-32, the zlib polynomial, slice-by-8: eight 256-entry tables, table t for a byte t places back.
const crcTables = new Int32Array(256 * 8);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  crcTables[n] = c;
}
for (let n = 0; n < 256; n++) {
  for (let t = 1; t < 8; t++) {
    const previous = crcTables[(t - 1) * 256 + n]!;
    crcTables[t * 256 + n] = (previous >>> 8) ^ crcTables[previous & 0xff]!;
  }
}
/**
 * From this many bytes Node's native `zlib.crc32` is faster; below it, its fixed cost per call
 * (argument checks, a view to pass, the native boundary) outweighs the bytes. Measured crossover on
 * Node 20: about 350 bytes; Bedrock's text-delta frames are 150 to 300.
 */
const nativeCrcFrom = 320;

/** The CRC-32 of `bytes[start, end)`, as `zlib.crc32` computes it, without a view for short ranges. */
export function crc32Of(bytes: Uint8Array, start: number, end: number): number {
  if (end - start >= nativeCrcFrom) return crc32(bytes.subarray(start, end));
  const tables = crcTables;
  let crc = -1;
  let i = start;
  for (; i + 8 <= end; i += 8) {
    const word = crc ^ (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24));
    crc =
      tables[1792 + (word & 0xff)]! ^
      tables[1536 + ((word >>> 8) & 0xff)]! ^
      tables[1280 + ((word >>> 16) & 0xff)]! ^
      tables[1024 + (word >>> 24)]! ^
      tables[768 + bytes[i + 4]!]! ^
      tables[512 + bytes[i + 5]!]! ^
      tables[256 + bytes[i + 6]!]! ^
      tables[bytes[i + 7]!]!;
  }
  for (; i < end; i++) crc = tables[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
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
 * synchronously, whatever the chunk boundaries: `push` a read, then call `next()` until it returns
 * false; each time it returns true the message lies at `bytes[start, end)`. A message inside one
 * read stays in it (no copy, no allocation); only one that straddles two reads is copied.
 */
export class MessageSplitter {
  /** The bytes holding the current message. */
  bytes: Uint8Array = empty;
  /** Where the current message starts in `bytes`. */
  start = 0;
  /** One past its end. */
  end = 0;
  private chunk: Uint8Array = empty;
  private at = 0;
  private pending: Uint8Array = empty;

  /** Adds the next read of the stream; its messages come from `next()`. */
  push(chunk: Uint8Array): void {
    // A Buffer (a Uint8Array subclass) is seen as a plain Uint8Array view: the byte-reading code
    // then meets one kind of array only and stays monomorphic, whoever produced the reads.
    this.chunk =
      chunk.constructor === Uint8Array ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    this.at = 0;
  }

  /**
   * Moves to the next whole message, or returns false when the bytes so far complete no more (an
   * unfinished rest is kept for the next read).
   *
   * @throws Error when a length prefix is out of range (16 bytes to 16 MiB).
   */
  next(): boolean {
    const chunk = this.chunk;
    const available = chunk.length - this.at;
    if (this.pending.length > 0) {
      const held = this.pending.length;
      if (held + available >= 4) {
        const length = checkedLength(
          ((this.byteAt(0) << 24) | (this.byteAt(1) << 16) | (this.byteAt(2) << 8) | this.byteAt(3)) >>> 0,
        );
        if (held + available >= length) {
          const message = new Uint8Array(length);
          message.set(this.pending);
          message.set(chunk.subarray(this.at, this.at + length - held), held);
          this.pending = empty;
          this.at += length - held;
          return this.current(message, 0, length);
        }
      }
      this.pending = concat(this.pending, chunk.subarray(this.at));
      this.chunk = empty;
      this.at = 0;
      return false;
    }
    if (available >= 4) {
      const length = checkedLength(uint32(chunk, this.at));
      if (available >= length) {
        const start = this.at;
        this.at += length;
        return this.current(chunk, start, start + length);
      }
    }
    if (available > 0) this.pending = chunk.slice(this.at);
    this.chunk = empty;
    this.at = 0;
    return false;
  }

  /** How many bytes of an unfinished message are held. */
  get pendingBytes(): number {
    return this.pending.length;
  }

  private current(bytes: Uint8Array, start: number, end: number): true {
    this.bytes = bytes;
    this.start = start;
    this.end = end;
    return true;
  }

  /** Byte `index` of the held bytes followed by the unread part of the current read. */
  private byteAt(index: number): number {
    const held = this.pending.length;
    return index < held ? this.pending[index]! : this.chunk[this.at + index - held]!;
  }
}

const empty = new Uint8Array(0);

function checkedLength(length: number): number {
  if (length < minimumLength || length > maximumLength) {
    throw new Error(`event-stream message length ${length} is out of range`);
  }
  return length;
}

function concat(first: Uint8Array, second: Uint8Array): Uint8Array {
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}
