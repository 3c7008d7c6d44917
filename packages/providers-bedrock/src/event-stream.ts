import { crc32Of } from './crc32.js';
import { KnownBytesCrc } from './known-bytes-crc.js';

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
  bytes: Uint8Array = empty;
  /** A `DataView` of `bytes` (same offsets), for reading several bytes at a time. */
  view: DataView = emptyView;
  /** Where the payload (JSON for Bedrock) starts in `bytes`. */
  payloadStart = 0;
  /** One past its end. */
  payloadEnd = 0;
  /**
   * A copy of the header bytes the header fields were decoded from. Every frame of a stream
   * carries the same few headers, so a message whose header bytes equal these keeps the fields
   * as they are instead of decoding them again.
   */
  decodedHeaders: DataView | undefined = undefined;
  /** The CRC-32 step over `decodedHeaders`, made when a second message repeats them. */
  decodedHeadersCrc: KnownBytesCrc | undefined = undefined;

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
  decodeMessageInto(message, frame, viewOf(frame), 0, frame.length);
  return message;
}

/** A `DataView` of exactly `bytes`. */
export function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Decodes the whole message at `bytes[start, end)` (`view` is a `DataView` of `bytes`) into
 * `message`: checks its length and the prelude and message CRC-32s, and reads the string headers
 * Bedrock sends, unless they are byte for byte the ones `message` was last decoded from (the message
 * CRC then steps over them with their `KnownBytesCrc`). Headers of the other types are skipped by
 * their encoded size.
 *
 * @throws Error when a checksum does not match or the message is malformed.
 */
export function decodeMessageInto(
  message: EventStreamMessage,
  bytes: Uint8Array,
  view: DataView,
  start: number,
  end: number,
): void {
  const length = end - start;
  if (length < minimumLength) throw new Error(`event-stream message of ${length} bytes is too short`);
  const declared = view.getUint32(start);
  if (declared !== length) {
    throw new Error(`event-stream message declares ${declared} bytes but has ${length}`);
  }
  const headersLength = view.getUint32(start + 4);
  const payloadStart = start + preludeLength + headersLength;
  if (payloadStart > end - 4) {
    throw new Error(`event-stream headers length ${headersLength} does not fit a ${length}-byte message`);
  }
  const headersStart = start + preludeLength;
  const sameHeaders = sameBytes(message.decodedHeaders, view, headersStart, payloadStart);
  checkChecksums(message, sameHeaders, view, start, payloadStart, end);
  message.bytes = bytes;
  message.view = view;
  message.payloadStart = payloadStart;
  message.payloadEnd = end - 4;
  if (!sameHeaders) decodeHeaders(message, bytes, headersStart, payloadStart);
}

/**
 * Checks the prelude and message CRC-32 of the message at `view`'s bytes `[start, end)`. When its
 * headers are the ones `message` was decoded from (`sameHeaders`), the message CRC steps over them
 * with their `KnownBytesCrc` instead of reading them.
 */
function checkChecksums(
  message: EventStreamMessage,
  sameHeaders: boolean,
  view: DataView,
  start: number,
  payloadStart: number,
  end: number,
): void {
  const prelude = crc32Of(view, start, start + 8);
  if (prelude !== view.getInt32(start + 8)) {
    throw new Error('event-stream prelude checksum does not match');
  }
  // The message CRC covers everything before it, the prelude and its CRC included: it goes on
  // from the prelude's.
  const headersStart = start + preludeLength;
  let crc = crc32Of(view, start + 8, headersStart, prelude);
  if (sameHeaders) {
    message.decodedHeadersCrc ??= new KnownBytesCrc(message.decodedHeaders!, 0, payloadStart - headersStart);
    crc = message.decodedHeadersCrc.continueFrom(crc);
  } else {
    crc = crc32Of(view, headersStart, payloadStart, crc);
  }
  if (crc32Of(view, payloadStart, end - 4, crc) !== view.getInt32(end - 4)) {
    throw new Error('event-stream message checksum does not match');
  }
}

/** Whether `view`'s bytes `[start, end)` equal all of `known`'s, compared four at a time. */
function sameBytes(known: DataView | undefined, view: DataView, start: number, end: number): boolean {
  const length = end - start;
  if (known === undefined || known.byteLength !== length) return false;
  let i = 0;
  for (; i + 4 <= length; i += 4) if (known.getInt32(i) !== view.getInt32(start + i)) return false;
  for (; i < length; i++) if (known.getUint8(i) !== view.getUint8(start + i)) return false;
  return true;
}

/** Reads the headers at `bytes[start, end)` into `message` and remembers their bytes. */
function decodeHeaders(message: EventStreamMessage, bytes: Uint8Array, start: number, end: number): void {
  // Forget the previous headers first: if these turn out malformed, nothing is reused from them.
  message.decodedHeaders = undefined;
  message.decodedHeadersCrc = undefined;
  message.messageType = 'event';
  message.eventType = undefined;
  message.errorType = undefined;
  message.errorMessage = undefined;
  const payloadStart = end;
  let at = start;
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
  message.decodedHeaders = viewOf(bytes.slice(start, end));
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
 * false; each time it returns true the message lies at `bytes[start, end)` until `next()` is called
 * again. A message inside one read stays in it (no copy, no allocation); one that straddles reads
 * is put together in a buffer the splitter keeps and reuses.
 */
export class MessageSplitter {
  /** The bytes holding the current message. */
  bytes: Uint8Array = empty;
  /** A `DataView` of `bytes`. */
  view: DataView = emptyView;
  /** Where the current message starts in `bytes`. */
  start = 0;
  /** One past its end. */
  end = 0;
  private chunk: Uint8Array = empty;
  private chunkView: DataView = emptyView;
  private at = 0;
  /** The start of an unfinished message, carried over from earlier reads: `carry[0, held)`. */
  private carry: Uint8Array = empty;
  private carryView: DataView = emptyView;
  private held = 0;

  /** Adds the next read of the stream; its messages come from `next()`. */
  push(chunk: Uint8Array): void {
    // A Buffer (a Uint8Array subclass) is seen as a plain Uint8Array view: the byte-reading code
    // then meets one kind of array only and stays monomorphic, whoever produced the reads.
    this.chunk =
      chunk.constructor === Uint8Array ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    this.chunkView = viewOf(chunk);
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
    const held = this.held;
    if (held > 0) {
      if (held + available >= 4) {
        const length = checkedLength(
          ((this.byteAt(0) << 24) | (this.byteAt(1) << 16) | (this.byteAt(2) << 8) | this.byteAt(3)) >>> 0,
        );
        if (held + available >= length) {
          const taken = length - held;
          this.hold(chunk, this.at, this.at + taken);
          this.held = 0;
          this.at += taken;
          return this.current(this.carry, this.carryView, 0, length);
        }
      }
    } else if (available >= 4) {
      const length = checkedLength(this.chunkView.getUint32(this.at));
      if (available >= length) {
        const start = this.at;
        this.at += length;
        return this.current(chunk, this.chunkView, start, start + length);
      }
    }
    if (available > 0) this.hold(chunk, this.at, chunk.length);
    this.chunk = empty;
    this.chunkView = emptyView;
    this.at = 0;
    return false;
  }

  /** How many bytes of an unfinished message are held. */
  get pendingBytes(): number {
    return this.held;
  }

  private current(bytes: Uint8Array, view: DataView, start: number, end: number): true {
    this.bytes = bytes;
    this.view = view;
    this.start = start;
    this.end = end;
    return true;
  }

  /** Appends `source[start, end)` to the carried bytes, doubling the carry buffer when it is full. */
  private hold(source: Uint8Array, start: number, end: number): void {
    const needed = this.held + end - start;
    if (needed > this.carry.length) {
      const grown = new Uint8Array(Math.max(needed, this.carry.length * 2, 1024));
      grown.set(this.carry.subarray(0, this.held));
      this.carry = grown;
      this.carryView = viewOf(grown);
    }
    this.carry.set(source.subarray(start, end), this.held);
    this.held = needed;
  }

  /** Byte `index` of the held bytes followed by the unread part of the current read. */
  private byteAt(index: number): number {
    const held = this.held;
    return index < held ? this.carry[index]! : this.chunk[this.at + index - held]!;
  }
}

const empty = new Uint8Array(0);
const emptyView = viewOf(empty);

function checkedLength(length: number): number {
  if (length < minimumLength || length > maximumLength) {
    throw new Error(`event-stream message length ${length} is out of range`);
  }
  return length;
}
