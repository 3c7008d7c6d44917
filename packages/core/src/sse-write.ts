import { type SseEvent, sseDone } from './sse-event.js';

const encoder = new TextEncoder();

/** One event in the SSE wire format, ending with the blank line that dispatches it. */
export function formatSseEvent(event: SseEvent | string): string {
  if (typeof event === 'string') return formatData(event);
  let text = '';
  if (event.event !== undefined) text += `event: ${singleLine('event', event.event)}\n`;
  if (event.id !== undefined) text += `id: ${singleLine('id', event.id)}\n`;
  return text + formatData(event.data);
}

/** Every line of `data` (split at CRLF, LF or a lone CR, as SSE parsers do) as its own `data:` field. */
function formatData(data: string): string {
  return `data: ${data.replace(/\r\n|\r|\n/g, '\ndata: ')}\n\n`;
}

function singleLine(field: string, value: string): string {
  if (/[\r\n]/.test(value)) {
    throw new TypeError(
      `formatSseEvent: the ${field} field must be a single line; got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/** Options of `sseResponse`. */
export interface SseResponseInit {
  /** Response status. Default: 200. */
  status?: number;
  /** Extra headers; `content-type: text/event-stream` is always set. Default: none. */
  headers?: ConstructorParameters<typeof Headers>[0];
  /** Append OpenAI's `data: [DONE]` after the last event. Default: false. */
  done?: boolean;
}

/**
 * A streaming `Response` whose body is `events` in SSE format, written as they are produced.
 * A string is sent as the event's data. Cancelling the body stops the iterator.
 */
export function sseResponse(events: AsyncIterable<SseEvent | string>, init: SseResponseInit = {}): Response {
  const iterator = events[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await iterator.next();
        if (done) {
          if (init.done) controller.enqueue(encoder.encode(formatSseEvent(sseDone)));
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(formatSseEvent(value)));
      },
      async cancel() {
        await iterator.return?.();
      },
      // Pulled only when read: a generator waiting for its source cannot be returned, so one not
      // asked to run ahead stays at its `yield`, where cancelling the body reaches it at once.
    },
    { highWaterMark: 0 },
  );
  const headers = new Headers(init.headers);
  headers.set('content-type', 'text/event-stream; charset=utf-8');
  headers.set('cache-control', 'no-cache');
  return new Response(body, { status: init.status ?? 200, headers });
}
