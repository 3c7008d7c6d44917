import { BytePattern, jsonStringLiteralEnd } from '@switchyard/core/internal';

/**
 * Anthropic writes every `content_block_delta` event as compact JSON in a fixed key order:
 *
 *     event: content_block_delta
 *     data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}}
 *
 * For such an event the JSON string inside (`"Hi"`) can be copied byte for byte into an OpenAI
 * chunk, with no UTF-8 decoding, JSON parsing, serialising or encoding. `CompactDelta` recognises
 * exactly that form in raw bytes, its blank line included, and checks the string against the JSON
 * grammar; anything else is left to the general path.
 */
export class CompactDelta {
  /** The block `index` of the last recognised event. */
  index = 0;
  /** Whether it was a text delta (else a tool-input delta). */
  isText = false;
  /** Where its string literal starts (the opening quote). */
  start = 0;
  /** One past the literal's closing quote. */
  end = 0;

  /**
   * Whether a whole compact delta event, with the blank line that ends it, starts at `start` in
   * `bytes` (before `limit`); `view` is a `DataView` of `bytes`. Returns where the next event
   * starts and sets the fields, or returns -1.
   */
  recognise(bytes: Uint8Array, view: DataView, start: number, limit: number): number {
    let at = start;
    if (eventLine.isAt(view, at, limit)) at += eventLine.length;
    if (!dataPrefix.isAt(view, at, limit)) return -1;
    at += dataPrefix.length;
    let index = 0;
    const digits = at;
    // At most 9 digits: a block index is small, and the value stays an exact integer.
    for (
      let byte = bytes[at]!;
      byte >= 48 && byte <= 57 && at < limit && at - digits < 9;
      byte = bytes[++at]!
    )
      index = index * 10 + byte - 48;
    if (at === digits) return -1;
    let isText: boolean;
    if (textInfix.isAt(view, at, limit)) {
      isText = true;
      at += textInfix.length;
    } else if (jsonInfix.isAt(view, at, limit)) {
      isText = false;
      at += jsonInfix.length;
    } else return -1;
    // A JSON string holds no raw line break, so the first blank line can only come after it:
    // the event ends with the closing braces of `delta` and of the event, then the blank line.
    const literalEnd = jsonStringLiteralEnd(bytes, at, limit);
    if (literalEnd === -1 || !ending.isAt(view, literalEnd, limit)) return -1;
    this.index = index;
    this.isText = isText;
    this.start = at;
    this.end = literalEnd;
    return literalEnd + ending.length;
  }
}

const eventLine = new BytePattern('event: content_block_delta\n');
const dataPrefix = new BytePattern('data: {"type":"content_block_delta","index":');
const textInfix = new BytePattern(',"delta":{"type":"text_delta","text":');
const jsonInfix = new BytePattern(',"delta":{"type":"input_json_delta","partial_json":');
const ending = new BytePattern('}}\n\n');
