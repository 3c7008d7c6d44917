import { jsonStringLiteralEnd } from '@switchyard/core';

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
  if (jsonStringLiteralEnd(bytes, at, close) !== close) return undefined;
  return { index, isText, start: at, end: close };
}

function matches(bytes: Uint8Array, at: number, pattern: Uint8Array): boolean {
  if (bytes.length < at + pattern.length) return false;
  for (let i = 0; i < pattern.length; i++) if (bytes[at + i] !== pattern[i]) return false;
  return true;
}
