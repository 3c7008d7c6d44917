/** How a recorded body ended. */
export type RecordingEnd =
  /** The upstream body ended cleanly; `text` is all of it, or `undefined` past the size limit. */
  | { kind: 'complete'; text: string | undefined }
  /**
   * The caller cancelled the body before its end; `text` is what it had read (callers often stop
   * at OpenAI's `[DONE]` event), or `undefined` past the size limit.
   */
  | { kind: 'cancelled'; text: string | undefined }
  /** Reading the upstream body failed (connection lost, aborted). */
  | { kind: 'failed'; error: unknown };

/**
 * Passes `body` through unchanged, as fast as the caller reads it, while keeping a copy of its text
 * (up to `maxBytes`). `onEnd` runs once when the body ends, is cancelled or fails; on a clean end
 * the caller's stream closes only after `onEnd` has finished (so a store write is done by then).
 */
export function recordingStream(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  onEnd: (end: RecordingEnd) => Promise<void> | void,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let parts: string[] | undefined = [];
  let bytes = 0;
  let ended = false;
  const end = async (result: RecordingEnd) => {
    if (ended) return;
    ended = true;
    await onEnd(result);
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let result: Awaited<ReturnType<typeof reader.read>>;
        try {
          result = await reader.read();
        } catch (error) {
          await end({ kind: 'failed', error });
          controller.error(error);
          return;
        }
        if (result.done) {
          if (parts) parts.push(decoder.decode());
          await end({ kind: 'complete', text: parts?.join('') });
          controller.close();
          return;
        }
        if (parts) {
          bytes += result.value.byteLength;
          if (bytes > maxBytes) parts = undefined;
          else parts.push(decoder.decode(result.value, { stream: true }));
        }
        controller.enqueue(result.value);
      },
      async cancel(reason) {
        if (parts) parts.push(decoder.decode());
        await end({ kind: 'cancelled', text: parts?.join('') });
        await reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
