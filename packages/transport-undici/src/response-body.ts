import type { Readable } from 'node:stream';
import { TransportError } from '@switchyard/core';

/**
 * undici's Node response stream as a web `ReadableStream`, chunk by chunk with backpressure
 * (the socket pauses while the reader is behind). Cancelling the web stream destroys the Node
 * stream, which releases the connection. A failure mid-body errors the stream with the signal's
 * reason after an abort, else with a `TransportError`.
 */
export function responseBody(
  body: Readable,
  signal: AbortSignal | undefined,
  url: string,
): ReadableStream<Uint8Array> {
  let settled = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        body.on('data', (chunk: Buffer) => {
          if (settled) return;
          controller.enqueue(chunk);
          if ((controller.desiredSize ?? 0) <= 0) body.pause();
        });
        body.once('end', () => {
          if (settled) return;
          settled = true;
          controller.close();
        });
        body.once('error', (error: Error) => {
          if (settled) return;
          settled = true;
          controller.error(signal?.aborted ? signal.reason : new TransportError(url, error));
        });
      },
      pull() {
        body.resume();
      },
      cancel() {
        settled = true;
        body.destroy();
      },
    },
    { highWaterMark: 65_536, size: (chunk) => chunk.byteLength },
  );
}
