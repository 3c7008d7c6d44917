import { BytePattern, jsonStringLiteralEnd } from '@switchyard/core/internal';

/**
 * Bedrock writes every `contentBlockDelta` payload as compact JSON in a fixed key order, with a
 * `p` padding field (letters and digits):
 *
 *     {"contentBlockIndex":0,"delta":{"text":"Hi"},"p":"abcd"}
 *     {"contentBlockIndex":1,"delta":{"toolUse":{"input":"{\"city\":"}},"p":"ab"}
 *
 * For such a payload the JSON string inside can be copied byte for byte into an OpenAI chunk,
 * with no UTF-8 decoding, JSON parsing, serialising or encoding. `CompactDelta` recognises exactly
 * that form (the string checked against the JSON grammar, the padding optional and free of escapes);
 * anything else is left to the general path, which parses the payload.
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

  /**
   * Whether `bytes[start, end)` is a compact text or tool-input delta; if so, the fields are set.
   * `view` is a `DataView` of `bytes`, for comparing four bytes at a time.
   */
  recognise(bytes: Uint8Array, view: DataView, start: number, end: number): boolean {
    if (!blockPrefix.isAt(view, start, end)) return false;
    let at = start + blockPrefix.length;
    const digits = at;
    let blockIndex = 0;
    // At most 9 digits: a block index is small, and the value stays an exact integer.
    for (let byte = bytes[at]!; byte >= 48 && byte <= 57 && at - digits < 9; byte = bytes[++at]!) {
      blockIndex = blockIndex * 10 + byte - 48;
    }
    if (at === digits) return false;
    let braces: number;
    if (textInfix.isAt(view, at, end)) {
      this.isText = true;
      at += textInfix.length;
      braces = 1;
    } else if (toolInfix.isAt(view, at, end)) {
      this.isText = false;
      at += toolInfix.length;
      braces = 2;
    } else return false;
    const literalEnd = jsonStringLiteralEnd(bytes, at, end);
    if (literalEnd === -1 || bytes[literalEnd] !== 125 || bytes[literalEnd + braces - 1] !== 125)
      return false;
    if (!isTail(view, literalEnd + braces, end)) return false;
    this.blockIndex = blockIndex;
    this.start = at;
    this.end = literalEnd;
    return true;
  }
}

const blockPrefix = new BytePattern('{"contentBlockIndex":');
const textInfix = new BytePattern(',"delta":{"text":');
const toolInfix = new BytePattern(',"delta":{"toolUse":{"input":');
const paddingPrefix = new BytePattern(',"p":"');

/**
 * Whether `view`'s bytes `[at, end)` are `}` or `,"p":"<padding>"}`, the padding any bytes that
 * stand for themselves in a JSON string (no quote, backslash or control character): whatever it
 * holds, it is dropped, so only its being valid JSON matters.
 */
function isTail(view: DataView, at: number, end: number): boolean {
  const last = end - 1;
  if (at === last) return view.getUint8(at) === 125;
  if (!paddingPrefix.isAt(view, at, end)) return false;
  const closing = last - 1;
  if (closing < at + paddingPrefix.length || view.getUint8(closing) !== 34 || view.getUint8(last) !== 125) {
    return false;
  }
  let i = at + paddingPrefix.length;
  for (; i + 4 <= closing; i += 4) if (!plainWord(view.getInt32(i))) return false;
  for (; i < closing; i++) if (!plainWord(view.getUint8(i) * 0x01010101)) return false;
  return true;
}

/**
 * Whether none of the four bytes of `word` is a quote, a backslash or below 0x20, all at once:
 * `(x - 0x01010101 * n) & ~x & 0x80808080` is non-zero exactly when a byte of `x` is below `n`
 * (n <= 0x80), so with n = 1 when one is zero, and `x ^ 0x22222222` has a zero byte where `x` has a quote.
 */
function plainWord(word: number): boolean {
  const quote = word ^ 0x22222222;
  const backslash = word ^ 0x5c5c5c5c;
  return (
    ((word - 0x20202020) & ~word & 0x80808080) === 0 &&
    ((quote - 0x01010101) & ~quote & 0x80808080) === 0 &&
    ((backslash - 0x01010101) & ~backslash & 0x80808080) === 0
  );
}
