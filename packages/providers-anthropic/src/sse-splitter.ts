import { createParser, type EventSourceParser } from 'eventsource-parser';

/** What the splitter hands events to. */
export interface SseSplitterHandlers {
  /**
   * Offered each complete event as raw bytes `bytes[start, end)` (without its blank line) while
   * the stream uses LF line endings; returns true when it handled the event itself.
   */
  rawEvent(bytes: Uint8Array, start: number, end: number): boolean;
  /** Every other event's `data`, as eventsource-parser parses it. */
  data(data: string): void;
}

/**
 * Splits an SSE byte stream into events. Events separated by `\n\n` are offered raw first, so a
 * caller can handle the common ones without decoding; the rest are decoded and parsed by
 * eventsource-parser. A stream using CR line endings goes wholly to eventsource-parser from its
 * first CR on. An event still incomplete when the stream ends is dropped, as the SSE spec says.
 */
export class SseSplitter {
  private pending: Uint8Array | undefined;
  /** Offset in `pending` from which no `\n\n` has been found yet. */
  private searched = 0;
  private general = false;
  private readonly decoder = new TextDecoder();
  private readonly parser: EventSourceParser;

  constructor(private readonly handlers: SseSplitterHandlers) {
    this.parser = createParser({ onEvent: (event) => handlers.data(event.data) });
  }

  /** Takes the next bytes of the stream. */
  push(chunk: Uint8Array): void {
    if (this.general) {
      this.parser.feed(this.decoder.decode(chunk, { stream: true }));
      return;
    }
    const bytes = this.pending ? concat(this.pending, chunk) : chunk;
    if (chunk.indexOf(13) !== -1) {
      this.general = true;
      this.pending = undefined;
      this.parser.feed(this.decoder.decode(bytes, { stream: true }));
      return;
    }
    let start = 0;
    let from = Math.max(0, this.searched - 1);
    while (true) {
      const end = blankLine(bytes, from);
      if (end === -1) break;
      if (!this.handlers.rawEvent(bytes, start, end)) {
        this.parser.feed(this.decoder.decode(bytes.subarray(start, end + 2)));
      }
      start = end + 2;
      from = start;
    }
    this.pending = start < bytes.length ? bytes.slice(start) : undefined;
    this.searched = this.pending ? bytes.length - start : 0;
  }

  /** The stream ended: flushes what eventsource-parser holds. */
  end(): void {
    if (this.general) this.parser.feed(this.decoder.decode());
  }
}

/** Index of the first LF of the next `\n\n` at or after `from`, or -1. */
function blankLine(bytes: Uint8Array, from: number): number {
  let index = bytes.indexOf(10, from);
  while (index !== -1 && index + 1 < bytes.length) {
    if (bytes[index + 1] === 10) return index;
    index = bytes.indexOf(10, index + 1);
  }
  return -1;
}

function concat(first: Uint8Array, second: Uint8Array): Uint8Array {
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}
