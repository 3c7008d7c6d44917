import { EventSourceParserStream } from 'eventsource-parser/stream';
import { UpstreamProtocolError } from './errors/upstream-protocol-error.js';
import { type SseEvent, sseDone } from './sse-event.js';

/**
 * The events of a server-sent-event body, in order. Comments are skipped; CRLF, multi-line data and
 * chunk boundaries anywhere are handled by eventsource-parser. Leaving the loop early cancels the
 * body, so the upstream connection is released.
 */
export async function* readSseEvents(
  source: Response | ReadableStream<Uint8Array>,
): AsyncGenerator<SseEvent> {
  const body = source instanceof Response ? source.body : source;
  if (body === null) return;
  const events = body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
  const reader = events.getReader();
  let finished = false;
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      const event: SseEvent = { data: value.data };
      if (value.event !== undefined) event.event = value.event;
      if (value.id !== undefined) event.id = value.id;
      yield event;
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
