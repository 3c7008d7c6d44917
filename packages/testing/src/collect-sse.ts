import { type ChatCompletionChunk, readSseJson } from '@switchyard/core';

/**
 * Reads a whole SSE `Response` (or body stream) and returns the JSON of each event, up to OpenAI's
 * `[DONE]`. Rejects with the stream's error when the body breaks off (a cut stream), and with
 * `UpstreamProtocolError` when an event is not JSON.
 */
export async function collectSse<T = ChatCompletionChunk>(
  source: Response | ReadableStream<Uint8Array>,
): Promise<T[]> {
  const chunks: T[] = [];
  for await (const chunk of readSseJson<T>(source)) chunks.push(chunk);
  return chunks;
}
