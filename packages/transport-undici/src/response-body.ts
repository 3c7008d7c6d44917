import type { Readable } from 'node:stream';
import { TransportError } from '@switchyard/core';
import { tapPoint } from '@switchyard/core/internal';

/**
 * undici's Node response stream as a web `ReadableStream`. Bytes are taken from the Node stream
 * only as the reader asks (the Node stream buffers, and pauses the socket, while the reader is
 * behind), and pass the stream's tap point, so `trace` can watch the body without a second stream.
 * Cancelling the web stream destroys the Node stream, which releases the connection. A failure
 * mid-body errors the stream with the signal's reason after an abort, else with a `TransportError`.
 */
export function responseBody(
  body: Readable,
  signal: AbortSignal | undefined,
  url: string,
): ReadableStream<Uint8Array> {
  let wake: (() => void) | undefined;
  let failure: unknown;
  let ended = false;
  const onChange = () => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };
  body.on('readable', onChange);
  body.once('end', () => {
    ended = true;
    onChange();
  });
  body.once('error', (error: Error) => {
    failure = signal?.aborted ? signal.reason : new TransportError(url, error);
    onChange();
  });
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        while (true) {
          const chunk = body.read() as Buffer | null;
          if (chunk !== null) {
            const out = point.chunk(chunk);
            if (out === null) continue;
            controller.enqueue(out);
            return;
          }
          if (failure !== undefined) {
            point.end('error', failure);
            controller.error(failure);
            return;
          }
          if (ended) {
            const last = point.flush();
            if (last !== null) controller.enqueue(last);
            controller.close();
            point.end('completed');
            return;
          }
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
        }
      },
      cancel() {
        point.end('cancelled');
        body.destroy();
      },
    },
    { highWaterMark: 0 },
  );
  const point = tapPoint(stream);
  return stream;
}

/**
 * Resolves once `body` holds its first bytes, has ended or has failed, without consuming
 * anything. True when bytes are there: the stream has said something, so it cannot fail before its
 * first byte any more.
 */
export function firstBytesArrived(body: Readable): Promise<boolean> {
  if (body.readableLength > 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const settle = () => {
      body.off('readable', settle);
      body.off('error', settle);
      body.off('close', settle);
      resolve(body.readableLength > 0);
    };
    body.on('readable', settle);
    body.on('error', settle);
    body.on('close', settle);
  });
}
