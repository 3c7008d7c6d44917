import { readSseEvents, type SseEvent, sseDone } from '@switchyard/core';
import { type AnswerApi, eventStreamEnd } from './answer-api.js';
import type { JsonCacheEntry, SseCacheEntry } from './cache-store.js';
import { isChatCompletionChunk } from './chat-assembly.js';
import { entryHeaders } from './entry-response.js';

/** An entry for a complete JSON body, or `undefined` when the text is not valid JSON. */
export function jsonEntry(response: Response, text: string): JsonCacheEntry | undefined {
  try {
    JSON.parse(text);
  } catch {
    return undefined;
  }
  return {
    format: 'json',
    status: response.status,
    headers: entryHeaders(response.headers),
    body: text,
    storedAt: Date.now(),
  };
}

/**
 * An entry for a recorded event stream, or `undefined` when the stream did not end normally: it
 * must reach OpenAI's `[DONE]`, or (without one, unless `requireDone`) every chat choice must carry
 * a finish reason; a Messages stream must reach `message_stop`, a Responses stream
 * `response.completed` or `response.incomplete` (their last events, so a caller that stopped
 * reading after them saw it all). A stream that reported an error event is never kept.
 */
export async function sseEntry(
  response: Response,
  text: string,
  requireDone = false,
  api: AnswerApi = 'openai',
): Promise<SseCacheEntry | undefined> {
  const events: SseEvent[] = [];
  let done = false;
  for await (const event of readSseEvents(new Response(text))) {
    if (event.data === sseDone) {
      done = true;
      break;
    }
    if (event.event === 'error' || /^\s*\{\s*"error"\s*:/.test(event.data)) return undefined;
    events.push(event);
  }
  if (events.length === 0) return undefined;
  if (api !== 'openai') {
    if (eventStreamEnd(api, events) !== 'complete') return undefined;
  } else if (!(done || (!requireDone && allChoicesFinished(events)))) return undefined;
  return {
    format: 'sse',
    status: response.status,
    headers: entryHeaders(response.headers),
    events,
    storedAt: Date.now(),
  };
}

function allChoicesFinished(events: readonly SseEvent[]): boolean {
  const finished = new Map<number, boolean>();
  for (const event of events) {
    let chunk: unknown;
    try {
      chunk = JSON.parse(event.data);
    } catch {
      return false;
    }
    if (!isChatCompletionChunk(chunk)) return false;
    for (const choice of chunk.choices) {
      finished.set(choice.index, (finished.get(choice.index) ?? false) || choice.finish_reason != null);
    }
  }
  return finished.size > 0 && [...finished.values()].every(Boolean);
}
