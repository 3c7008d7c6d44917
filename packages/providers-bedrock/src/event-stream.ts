import { EventStreamCodec, getChunkedStream } from '@smithy/core/event-streams';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';

/** One decoded message of an `application/vnd.amazon.eventstream` body. */
export interface EventStreamMessage {
  /** `event`, `exception` or `error` (the `:message-type` header). */
  messageType: string;
  /** The `:event-type` header of an event (e.g. `contentBlockDelta`). */
  eventType: string | undefined;
  /** The `:exception-type` header of an exception, or the `:error-code` of an error. */
  errorType: string | undefined;
  /** The `:error-message` header of an error. */
  errorMessage: string | undefined;
  /** The payload bytes (JSON for Bedrock). */
  payload: Uint8Array;
}

const codec = new EventStreamCodec(toUtf8, fromUtf8);

/**
 * The messages of an AWS event-stream body, framed by `getChunkedStream` and decoded (prelude and
 * message CRCs checked) by `EventStreamCodec` from `@smithy/core`. Chunk boundaries may fall
 * anywhere. Leaving the loop early cancels the body.
 *
 * @throws Error when a message is truncated at the end of the body or fails its checksum.
 */
export async function* readEventStream(body: ReadableStream<Uint8Array>): AsyncGenerator<EventStreamMessage> {
  const reader = body.getReader();
  let finished = false;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    while (true) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  }
  try {
    for await (const frame of getChunkedStream(chunks())) {
      const { headers, body: payload } = codec.decode(frame);
      yield {
        messageType: stringHeader(headers[':message-type']) ?? 'event',
        eventType: stringHeader(headers[':event-type']),
        errorType: stringHeader(headers[':exception-type']) ?? stringHeader(headers[':error-code']),
        errorMessage: stringHeader(headers[':error-message']),
        payload,
      };
    }
    finished = true;
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

function stringHeader(header: { type: string; value: unknown } | undefined): string | undefined {
  return header?.type === 'string' ? (header.value as string) : undefined;
}
