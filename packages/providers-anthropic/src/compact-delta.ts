/**
 * Anthropic writes every `content_block_delta` event as compact JSON in a fixed key order:
 *
 *     event: content_block_delta
 *     data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}}
 *
 * For such an event the JSON string inside (`"Hi"`) can be copied byte for byte into an OpenAI
 * chunk, with no UTF-8 decoding, JSON parsing, serialising or encoding. These functions recognise
 * that exact form in raw bytes and check the string against the JSON grammar; anything else is
 * left to the general path.
 */

const encoder = new TextEncoder();
const eventLine = encoder.encode('event: content_block_delta\n');
const dataPrefix = encoder.encode('data: {"type":"content_block_delta","index":');
const textInfix = encoder.encode(',"delta":{"type":"text_delta","text":');
const jsonInfix = encoder.encode(',"delta":{"type":"input_json_delta","partial_json":');

/** A recognised delta: its block index, kind, and where its JSON string literal lies. */
export interface CompactDelta {
  index: number;
  isText: boolean;
  /** First byte of the string literal (its opening quote). */
  start: number;
  /** One past its closing quote. */
  end: number;
}

/**
 * The delta in `bytes[start, end)` (one SSE event without its blank line), or `undefined` when
 * the event is not exactly a compact text or tool-input delta.
 */
export function compactDelta(bytes: Uint8Array, start: number, end: number): CompactDelta | undefined {
  let at = start;
  if (matches(bytes, at, eventLine)) at += eventLine.length;
  if (!matches(bytes, at, dataPrefix)) return undefined;
  at += dataPrefix.length;
  let index = 0;
  const digits = at;
  for (let byte = bytes[at]!; byte >= 48 && byte <= 57 && at < end; byte = bytes[++at]!)
    index = index * 10 + byte - 48;
  // The event ends with `}}`: the closing braces of `delta` and of the event.
  const close = end - 2;
  if (at === digits || close <= at || bytes[close] !== 125 || bytes[close + 1] !== 125) return undefined;
  let isText: boolean;
  if (matches(bytes, at, textInfix)) {
    isText = true;
    at += textInfix.length;
  } else if (matches(bytes, at, jsonInfix)) {
    isText = false;
    at += jsonInfix.length;
  } else return undefined;
  if (!isJsonString(bytes, at, close)) return undefined;
  return { index, isText, start: at, end: close };
}

function matches(bytes: Uint8Array, at: number, pattern: Uint8Array): boolean {
  if (bytes.length < at + pattern.length) return false;
  for (let i = 0; i < pattern.length; i++) if (bytes[at + i] !== pattern[i]) return false;
  return true;
}

/** Whether `bytes[start, end)` is exactly one JSON string literal (bytes >= 0x80 are UTF-8 text). */
function isJsonString(bytes: Uint8Array, start: number, end: number): boolean {
  const closing = end - 1;
  if (closing <= start || bytes[start] !== 34 || bytes[closing] !== 34) return false;
  let i = start + 1;
  while (i < closing) {
    const byte = bytes[i]!;
    if (byte === 34 || byte < 32) return false;
    if (byte !== 92) {
      i++;
      continue;
    }
    const escaped = bytes[i + 1]!;
    if (escaped === 117) {
      for (let hex = 2; hex < 6; hex++) if (!isHexDigit(bytes[i + hex]!)) return false;
      i += 6;
    } else if (isSimpleEscape(escaped)) i += 2;
    else return false;
  }
  // An escape running into the closing quote leaves `i` past it: the literal is not closed.
  return i === closing;
}

function isHexDigit(byte: number): boolean {
  return (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 70) || (byte >= 97 && byte <= 102);
}

/** After a backslash: `"`, `\`, `/`, `b`, `f`, `n`, `r`, `t`. */
function isSimpleEscape(byte: number): boolean {
  return (
    byte === 34 ||
    byte === 92 ||
    byte === 47 ||
    byte === 98 ||
    byte === 102 ||
    byte === 110 ||
    byte === 114 ||
    byte === 116
  );
}
