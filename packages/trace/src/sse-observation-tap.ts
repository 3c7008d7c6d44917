import type { BodyOutcome, BodyTap } from '@switchyard/core/internal';
import { isUsageOnlyChunk, observeStreamChunk, type ResponseObservation } from './response-observation.js';
import { Utf8Stream } from './utf8-text.js';

/** Options of `sseObservationTap`. */
export interface SseObservationTapOptions {
  /** Drop the usage-only event (trace asked for it; the caller did not). */
  stripUsageChunk: boolean;
  /** `performance.now()` at the start of the call, for the time to first token. */
  startedAt: number;
  /** Every content chunk is needed (for the completion text); else only the few that carry facts. */
  collectText: boolean;
  /** Called once, when the body ends, fails or is cancelled by the reader. */
  onEnd(observation: ResponseObservation, outcome: BodyOutcome, error?: unknown): void;
}

const eventBoundary = /\r\n\r\n|\n\n|\r\r/g;
const encoder = new TextEncoder();

/**
 * The tap for an event stream: parses the events that can carry facts as they pass, and removes
 * the usage-only event when asked; the bytes pass unchanged otherwise.
 */
export function sseObservationTap(options: SseObservationTapOptions): BodyTap {
  const decoder = new Utf8Stream();
  const observation: ResponseObservation = {};
  let pending = '';

  /**
   * Consumes the complete events at the start of `pending` (and at the end of the body, the rest).
   * Returns the text to forward in their place: `undefined` when none was dropped.
   */
  function takeEvents(final: boolean): { forward: string | undefined; taken: number } {
    const text = pending;
    const crlf = text.includes('\r');
    let at = 0;
    let kept: string | undefined;
    let keptFrom = 0;
    // Where the next event that may carry facts can start: events wholly before it are skipped unread.
    let factsFrom = -1;
    const marks = new FactMarks(text);
    while (at < text.length) {
      let end = crlf ? boundaryEndWithCr(text, at) : text.indexOf('\n\n', at);
      if (end === -1) {
        if (!final || text.slice(at).trim() === '') break;
        end = text.length;
      } else if (!crlf) {
        end += 2;
      }
      if (!options.collectText && observation.timeToFirstTokenMs !== undefined) {
        if (factsFrom < at) factsFrom = marks.next(at);
        if (end <= factsFrom) {
          at = end;
          continue;
        }
      }
      if (!observeEvent(text, at, end)) {
        kept = (kept ?? '') + text.slice(keptFrom, at);
        keptFrom = end;
      }
      at = end;
    }
    pending = text.slice(at);
    return { forward: kept === undefined ? undefined : kept + text.slice(keptFrom, at), taken: at };
  }

  /** Observes the event `text[start, end)`; false when it is the usage-only chunk that must be dropped. */
  function observeEvent(text: string, start: number, end: number): boolean {
    const data = dataOf(text, start, end);
    if (data === undefined || data === '[DONE]') return true;
    if (!mayMatter(data)) return true;
    let chunk: unknown;
    try {
      chunk = JSON.parse(data);
    } catch {
      return true;
    }
    const content = observeStreamChunk(chunk, observation);
    if (content && observation.timeToFirstTokenMs === undefined) {
      observation.timeToFirstTokenMs = performance.now() - options.startedAt;
    }
    return !(options.stripUsageChunk && isUsageOnlyChunk(chunk));
  }

  /**
   * Whether parsing `data` can add to the record. Without text collection, only the chunks up to the
   * first token and those with a finish reason, usage or an error are parsed: a long stream costs a
   * handful of `JSON.parse` calls, not one per token.
   */
  function mayMatter(data: string): boolean {
    return options.collectText || observation.timeToFirstTokenMs === undefined || hasFacts(data);
  }

  /** True when the events in `pending` have nothing to add and none can be dropped. */
  function nothingToLearn(): boolean {
    return !options.collectText && observation.timeToFirstTokenMs !== undefined && !hasFacts(pending);
  }

  function sseChunk(chunk: Uint8Array): Uint8Array | null {
    const aligned = pending === '';
    pending += decoder.write(chunk);
    if (nothingToLearn()) {
      // The common case after the first token: pass the bytes on without splitting events.
      if (!options.stripUsageChunk) {
        pending = pending.slice(lastBoundaryEnd(pending));
        return chunk;
      }
      if (aligned && lastBoundaryEnd(pending) === pending.length) {
        pending = '';
        return chunk;
      }
    }
    const before = pending;
    const { forward, taken } = takeEvents(false);
    // Whole events in, none dropped: the original bytes can go out as they are.
    if (!options.stripUsageChunk || (aligned && pending === '' && forward === undefined)) return chunk;
    const out = forward ?? before.slice(0, taken);
    return out === '' ? null : encoder.encode(out);
  }

  return {
    transform: sseChunk,
    flush() {
      pending += decoder.end();
      const before = pending;
      const { forward, taken } = takeEvents(true);
      if (!options.stripUsageChunk) return null;
      const rest = forward ?? before.slice(0, taken);
      return rest === '' ? null : encoder.encode(rest);
    },
    end(outcome, error) {
      options.onEnd(observation, outcome, error);
    },
  };
}

// Usage, a finish reason, an error. Each is a tail of `"usage":{`, `"finish_reason":"` and `"error"`,
// so nothing that carries a fact is missed (a stray match only costs a parse), without the leading
// quote: V8 searches a pattern that starts with a character as common as `"` about twice as slowly.
const factMarks = ['usage":{', 'reason":"', 'rror"'];

/**
 * Finds the marks of usage, a finish reason or an error in one text, each searched again only once
 * the reader has passed where it was last found: the text is scanned about once per mark, however
 * many events it holds.
 */
class FactMarks {
  /** Per mark: where it was last found, -1 when it is not there, -2 before the first search. */
  private readonly found = factMarks.map(() => -2);

  constructor(private readonly text: string) {}

  /** Where the first mark at or after `from` is; the text's length when none is. */
  next(from: number): number {
    let first = this.text.length;
    for (let i = 0; i < factMarks.length; i++) {
      let at = this.found[i]!;
      if (at === -2 || (at !== -1 && at < from)) {
        at = this.text.indexOf(factMarks[i]!, from);
        this.found[i] = at;
      }
      if (at !== -1 && at < first) first = at;
    }
    return first;
  }
}

/** True when SSE text may carry usage, a finish reason or an error. */
function hasFacts(text: string): boolean {
  return factMarks.some((mark) => text.includes(mark));
}

/** The index just after the last event boundary in `text`, 0 when there is none. */
function lastBoundaryEnd(text: string): number {
  const lf = text.lastIndexOf('\n\n');
  const crlf = text.lastIndexOf('\r\n\r\n');
  const cr = text.lastIndexOf('\r\r');
  return Math.max(lf === -1 ? 0 : lf + 2, crlf === -1 ? 0 : crlf + 4, cr === -1 ? 0 : cr + 2);
}

/** The index just after the first event boundary (any line-ending style) at or after `from`; -1 when none. */
function boundaryEndWithCr(text: string, from: number): number {
  eventBoundary.lastIndex = from;
  const match = eventBoundary.exec(text);
  return match ? match.index + match[0].length : -1;
}

/** The `data` of the event `text[start, end)`: its `data:` lines joined by newlines. */
function dataOf(text: string, start: number, end: number): string | undefined {
  // The common shape, one `data: ...` line and a blank line, without splitting.
  if (text.startsWith('data: ', start)) {
    const lineEnd = text.indexOf('\n', start);
    if (lineEnd === end - 2 && text.charCodeAt(lineEnd - 1) !== 13) return text.slice(start + 6, lineEnd);
  }
  let data: string | undefined;
  for (const line of text.slice(start, end).split(/\r\n|\n|\r/)) {
    if (!line.startsWith('data:')) continue;
    const value = line.charCodeAt(5) === 32 ? line.slice(6) : line.slice(5);
    data = data === undefined ? value : `${data}\n${value}`;
  }
  return data;
}
