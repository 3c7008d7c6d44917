import { createParser } from 'eventsource-parser';
import { UpstreamProtocolError } from './errors/upstream-protocol-error.js';
import { type SseEvent, sseDone } from './sse-event.js';

/**
 * The events of a server-sent-event body, in order. Comments are skipped; CRLF, lone CR,
 * multi-line data and chunk boundaries anywhere (inside multi-byte characters too) are handled.
 * Leaving the loop early cancels the body at once, so the upstream connection is released.
 */
export async function* readSseEvents(
  source: Response | ReadableStream<Uint8Array>,
): AsyncGenerator<SseEvent> {
  const body = source instanceof Response ? source.body : source;
  if (body === null) return;
  // The body's own reader (no pipeThrough) so that cancelling reaches the source synchronously.
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parsed: SseEvent[] = [];
  const parser = createParser({
    onEvent(message) {
      const event: SseEvent = { data: message.data };
      if (message.event !== undefined) event.event = message.event;
      if (message.id !== undefined) event.id = message.id;
      parsed.push(event);
    },
  });
  let endsWithCr = false;
  let finished = false;
  try {
    while (true) {
      const { done, value } = await reader.read();
      let text: string;
      if (done) {
        // A final lone CR is a complete line ending, but the parser waits to see if LF follows.
        text = decoder.decode() + (endsWithCr ? '\n' : '');
        finished = true;
      } else {
        text = decoder.decode(value, { stream: true });
        if (text.length > 0) endsWithCr = text.endsWith('\r');
      }
      if (text.length > 0) parser.feed(text);
      for (let index = 0; index < parsed.length; index++) yield parsed[index]!;
      parsed.length = 0;
      if (finished) return;
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/**
 * The `data` of each event parsed as JSON, ending at OpenAI's `[DONE]` event (the body is then
 * released). Events carrying an `event:` name other than `message` are yielded too, parsed.
 *
 * @throws UpstreamProtocolError when an event's data is not valid JSON.
 */
export async function* readSseJson<T = unknown>(
  source: Response | ReadableStream<Uint8Array>,
): AsyncGenerator<T> {
  for await (const event of readSseEvents(source)) {
    if (event.data === sseDone) return;
    let value: T;
    try {
      value = JSON.parse(event.data) as T;
    } catch (error) {
      throw new UpstreamProtocolError(`Stream event is not valid JSON: ${event.data.slice(0, 80)}`, {
        cause: error,
      });
    }
    yield value;
  }
}
