import { createParser } from 'eventsource-parser';

/**
 * One stream's translation from one event-stream dialect to another: it takes the upstream's
 * events one `data` at a time and appends the translated SSE text to `out`.
 */
export interface SseTranslator {
  /** Translated SSE text not handed out yet; `translateSse` empties it. */
  out: string;
  /** True once the translation has written its last event (or its error event). */
  readonly ended: boolean;
  /** One upstream event's `data`. */
  onData(data: string): void;
  /** The upstream body ended. */
  onEnd(): void;
  /** The upstream body failed; `message` says how. */
  onFailure(message: string): void;
}

const encoder = new TextEncoder();

/**
 * The upstream event stream translated by `translator`, read only as the result is read: each pull
 * reads until the translator has written something, and the events of one read leave as one
 * piece. The upstream's own reader is used (no `pipeThrough`), so cancelling the result reaches the
 * upstream at once; once the translation has ended, the rest of the upstream is cancelled.
 */
export function translateSse(
  upstream: ReadableStream<Uint8Array>,
  translator: SseTranslator,
): ReadableStream<Uint8Array> {
  const reader = upstream.getReader();
  const decoder = new TextDecoder();
  const parser = createParser({ onEvent: (event) => translator.onData(event.data) });
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        do {
          try {
            const { done, value } = await reader.read();
            parser.feed(done ? decoder.decode() : decoder.decode(value, { stream: true }));
            if (done) translator.onEnd();
          } catch (error) {
            translator.onFailure(error instanceof Error ? error.message : String(error));
          }
        } while (translator.out === '' && !translator.ended);
        if (translator.out !== '') {
          controller.enqueue(encoder.encode(translator.out));
          translator.out = '';
        }
        if (translator.ended) {
          controller.close();
          await reader.cancel().catch(() => undefined);
        }
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
