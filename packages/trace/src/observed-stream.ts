import { isUsageOnlyChunk, observeStreamChunk, type ResponseObservation } from './response-observation.js';

/** Options of `observedStream`. */
export interface ObservedStreamOptions {
  /** Drop the usage-only chunk (trace asked for it; the caller did not). */
  stripUsageChunk: boolean;
  /** `performance.now()` at the start of the call, for the time to first token. */
  startedAt: number;
  /** Called once, when the stream ends, fails or is cancelled by the reader. */
  onEnd(
    observation: ResponseObservation,
    outcome: 'completed' | 'cancelled' | 'error',
    error?: unknown,
  ): void;
}

const eventBoundary = /\r\n\r\n|\n\n|\r\r/;

/**
 * `body` passed through unchanged (or without the usage-only event), observed on the way: events are
 * parsed as they complete, so the record fills while the caller reads. Cancelling the result cancels
 * `body`, so the upstream connection is released.
 */
export function observedStream(
  body: ReadableStream<Uint8Array>,
  options: ObservedStreamOptions,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const observation: ResponseObservation = {};
  let pending = '';
  let ended = false;

  function end(outcome: 'completed' | 'cancelled' | 'error', error?: unknown): void {
    if (ended) return;
    ended = true;
    options.onEnd(observation, outcome, error);
  }

  /** Consumes complete events from `pending`; returns their text to forward (when stripping). */
  function takeEvents(final: boolean): string {
    let forward = '';
    while (true) {
      const match = eventBoundary.exec(pending);
      if (!match && !(final && pending.trim() !== '')) break;
      const cut = match ? match.index + match[0].length : pending.length;
      const event = pending.slice(0, cut);
      pending = pending.slice(cut);
      if (observeEvent(event)) forward += event;
    }
    return forward;
  }

  /** Observes one event; false when it is the usage-only chunk that must be dropped. */
  function observeEvent(event: string): boolean {
    const data = dataOf(event);
    if (data === undefined || data === '[DONE]') return true;
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

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      while (true) {
        let read: Awaited<ReturnType<typeof reader.read>>;
        try {
          read = await reader.read();
        } catch (error) {
          end('error', error);
          controller.error(error);
          return;
        }
        if (read.done) {
          pending += decoder.decode();
          const rest = takeEvents(true);
          if (options.stripUsageChunk && rest !== '') controller.enqueue(encoder.encode(rest));
          controller.close();
          end('completed');
          return;
        }
        pending += decoder.decode(read.value, { stream: true });
        const forward = takeEvents(false);
        if (!options.stripUsageChunk) {
          controller.enqueue(read.value);
          return;
        }
        if (forward !== '') {
          controller.enqueue(encoder.encode(forward));
          return;
        }
      }
    },
    async cancel(reason) {
      end('cancelled');
      await reader.cancel(reason);
    },
  });
}

function dataOf(event: string): string | undefined {
  let data: string | undefined;
  for (const line of event.split(/\r\n|\n|\r/)) {
    if (!line.startsWith('data:')) continue;
    const value = line.charCodeAt(5) === 32 ? line.slice(6) : line.slice(5);
    data = data === undefined ? value : `${data}\n${value}`;
  }
  return data;
}
