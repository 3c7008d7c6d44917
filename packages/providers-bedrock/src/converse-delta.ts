import { jsonStringLiteralEnd, utf8 } from '@switchyard/core';

/**
 * Bedrock writes every `contentBlockDelta` payload as compact JSON in a fixed key order, with a
 * `p` padding field of letters and digits:
 *
 *     {"contentBlockIndex":0,"delta":{"text":"Hi"},"p":"abcd"}
 *     {"contentBlockIndex":1,"delta":{"toolUse":{"input":"{\"city\":"}},"p":"ab"}
 *
 * For such a payload the JSON string inside can be copied byte for byte into an OpenAI chunk,
 * with no UTF-8 decoding, JSON parsing, serialising or encoding. `CompactDelta` recognises exactly
 * that form (the string checked against the JSON grammar, the padding optional); anything else is
 * left to the general path, which parses the payload.
 */
export class CompactDelta {
  /** `contentBlockIndex` of the last recognised payload. */
  blockIndex = 0;
  /** Whether it was a text delta (else a tool-use input delta). */
  isText = false;
  /** Where its string literal starts (the opening quote). */
  start = 0;
  /** One past the literal's closing quote. */
  end = 0;

  /** Whether `bytes[start, end)` is a compact text or tool-input delta; if so, the fields are set. */
  recognise(bytes: Uint8Array, start: number, end: number): boolean {
    if (!matches(bytes, start, end, blockPrefix)) return false;
    let at = start + blockPrefix.length;
    const digits = at;
    let blockIndex = 0;
    // At most 9 digits: a block index is small, and the value stays an exact integer.
    for (let byte = bytes[at]!; byte >= 48 && byte <= 57 && at - digits < 9; byte = bytes[++at]!) {
      blockIndex = blockIndex * 10 + byte - 48;
    }
    if (at === digits) return false;
    let braces: number;
    if (matches(bytes, at, end, textInfix)) {
      this.isText = true;
      at += textInfix.length;
      braces = 1;
    } else if (matches(bytes, at, end, toolInfix)) {
      this.isText = false;
      at += toolInfix.length;
      braces = 2;
    } else return false;
    const literalEnd = jsonStringLiteralEnd(bytes, at, end);
    if (literalEnd === -1 || bytes[literalEnd] !== 125 || bytes[literalEnd + braces - 1] !== 125)
      return false;
    if (!isTail(bytes, literalEnd + braces, end)) return false;
    this.blockIndex = blockIndex;
    this.start = at;
    this.end = literalEnd;
    return true;
  }
}

const blockPrefix = utf8('{"contentBlockIndex":');
const textInfix = utf8(',"delta":{"text":');
const toolInfix = utf8(',"delta":{"toolUse":{"input":');
const paddingPrefix = utf8(',"p":"');

/** 1 for ASCII letters and digits. */
const paddingByte = Uint8Array.from({ length: 256 }, (_, byte) =>
  (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) ? 1 : 0,
);

function matches(bytes: Uint8Array, at: number, end: number, pattern: Uint8Array): boolean {
  if (end < at + pattern.length) return false;
  for (let i = 0; i < pattern.length; i++) if (bytes[at + i] !== pattern[i]) return false;
  return true;
}

/** Whether `bytes[at, end)` is `}` or `,"p":"<padding>"}`. */
function isTail(bytes: Uint8Array, at: number, end: number): boolean {
  const last = end - 1;
  if (at === last) return bytes[at] === 125;
  if (!matches(bytes, at, end, paddingPrefix)) return false;
  // The padding is letters and digits: anything else (quotes, escapes) goes the general way.
  for (let i = at + paddingPrefix.length; i < last - 1; i++) if (paddingByte[bytes[i]!] !== 1) return false;
  return last - 1 >= at + paddingPrefix.length && bytes[last - 1] === 34 && bytes[last] === 125;
}
