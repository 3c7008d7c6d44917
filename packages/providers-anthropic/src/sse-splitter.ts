import { createParser, type EventSourceParser } from 'eventsource-parser';

/** What the splitter hands events to. */
export interface SseSplitterHandlers {
  /**
   * Offered the bytes from each event's start on (`view` is a `DataView` of `bytes`; the event may
   * be incomplete before `limit`) while the stream uses LF line endings. Returns where the next
   * event starts when it handled one whole event there itself, blank line included, else -1.
   */
  rawEvent(bytes: Uint8Array, view: DataView, start: number, limit: number): number;
  /** Every other event's `data`, as eventsource-parser parses it. */
  data(data: string): void;
}

/**
 * Splits an SSE byte stream into events. Each event is offered raw first, so a caller can handle
 * the common ones without decoding and without a separate search for their end; the rest are found
 * by their blank line (`\n\n`), decoded and parsed by eventsource-parser. Events lie in the reads
 * where they arrive; only an event that straddles two reads is put together in a copy. A stream
 * using CR line endings goes wholly to eventsource-parser from the event in which a CR first shows
 * up. An event still incomplete when the stream ends is dropped, as the SSE spec says.
 */
export class SseSplitter {
  /** The start of an unfinished event, carried over from earlier reads. */
  private pending: Uint8Array | undefined;
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
    let start = 0;
    if (this.pending) {
      const pending = this.pending;
      if (chunk.indexOf(13) !== -1) {
        this.pending = undefined;
        this.toGeneral(concat(pending, chunk));
        return;
      }
      // The straddling event ends at the first blank line, which may itself straddle the reads.
      const atBoundary = pending[pending.length - 1] === 10 && chunk[0] === 10;
      const blank = atBoundary ? -1 : blankLine(chunk, 0);
      if (!atBoundary && blank === -1) {
        this.pending = concat(pending, chunk);
        return;
      }
      const eventEnd = atBoundary ? 1 : blank + 2;
      this.pending = undefined;
      this.drain(concat(pending, chunk.subarray(0, eventEnd)), 0);
      start = eventEnd;
    }
    const rest = this.drain(chunk, start);
    this.pending = rest < chunk.length ? chunk.slice(rest) : undefined;
  }

  /** The stream ended: flushes what eventsource-parser holds. */
  end(): void {
    if (this.general) this.parser.feed(this.decoder.decode());
  }

  /**
   * Hands on every whole event in `bytes` from `start` on; returns where the unfinished rest
   * begins. An event handled raw holds no CR by its form, so CRs are looked for only where no
   * event was: from the first CR on, everything goes to eventsource-parser.
   */
  private drain(bytes: Uint8Array, start: number): number {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const limit = bytes.length;
    let at = start;
    while (at < limit) {
      const next = this.handlers.rawEvent(bytes, view, at, limit);
      if (next !== -1) {
        at = next;
        continue;
      }
      if (bytes.indexOf(13, at) !== -1) {
        this.toGeneral(bytes.subarray(at));
        return limit;
      }
      const blank = blankLine(bytes, at);
      if (blank === -1) break;
      this.parser.feed(this.decoder.decode(bytes.subarray(at, blank + 2)));
      at = blank + 2;
    }
    return at;
  }

  /** Hands `bytes` and the rest of the stream to eventsource-parser. */
  private toGeneral(bytes: Uint8Array): void {
    this.general = true;
    this.parser.feed(this.decoder.decode(bytes, { stream: true }));
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
