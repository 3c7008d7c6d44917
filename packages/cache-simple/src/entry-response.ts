import { type ChatCompletionChunk, type SseEvent, sseResponse } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import { type AnswerApi, answerOfEvents, type EventStreamApi, eventsOfAnswer } from './answer-api.js';
import type { CacheEntry } from './cache-store.js';
import {
  chunksFromCompletion,
  completionFromChunks,
  isChatCompletion,
  isChatCompletionChunk,
} from './chat-assembly.js';

/** How the caller asked for the answer. */
export interface Delivery {
  /** `stream: true` in the request body. */
  stream: boolean;
  /** `stream_options.include_usage: true` in the request body. */
  includeUsage: boolean;
  /** The API the caller speaks, which decides the form of a replayed stream. */
  api: AnswerApi;
}

/** Headers not worth keeping: per-connection, per-encoding, or stale once replayed. */
const droppedHeaders = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'set-cookie',
  'date',
  responseHeaders.cacheStatus,
  responseHeaders.cacheSimilarity,
]);

/** The response headers an entry keeps. */
export function entryHeaders(headers: Headers): Array<[string, string]> {
  const kept: Array<[string, string]> = [];
  headers.forEach((value, name) => {
    if (!droppedHeaders.has(name)) kept.push([name, value]);
  });
  return kept;
}

/**
 * Headers for a response built from kept headers, with the cache status and content type set, as
 * pairs: a response takes them as they are, where a `Headers` would be built only to be copied.
 */
export function replayHeaders(
  kept: ReadonlyArray<[string, string]>,
  status: string,
  contentType?: string,
): Array<[string, string]> {
  const pairs = contentType === undefined ? [...kept] : kept.filter(([name]) => name !== 'content-type');
  if (contentType !== undefined) pairs.push(['content-type', contentType]);
  pairs.push([responseHeaders.cacheStatus, status]);
  return pairs;
}

/**
 * The cached answer in the form the caller asked for, or `undefined` when this entry cannot give it
 * (a stream of something other than a chat completion asked for as JSON, or usage asked for and
 * not recorded): the caller then treats the lookup as a miss.
 */
export function responseFromEntry(
  entry: CacheEntry,
  delivery: Delivery,
  status: string,
): Response | undefined {
  if (delivery.api !== 'openai') return eventApiResponse(entry, delivery.stream, delivery.api, status);
  if (entry.format === 'json') {
    if (!delivery.stream) {
      return new Response(entry.body, {
        status: entry.status,
        headers: replayHeaders(entry.headers, status),
      });
    }
    const completion = parseJson(entry.body);
    if (!isChatCompletion(completion)) return undefined;
    if (delivery.includeUsage && !completion.usage) return undefined;
    const chunks = chunksFromCompletion(completion, delivery.includeUsage);
    return streamResponse(
      entry,
      chunks.map((chunk) => JSON.stringify(chunk)),
      status,
    );
  }
  const chunks = chatChunks(entry.events);
  if (!delivery.stream) {
    if (!chunks) return undefined;
    const completion = completionFromChunks(chunks);
    return new Response(JSON.stringify(completion), {
      status: entry.status,
      headers: replayHeaders(entry.headers, status, 'application/json'),
    });
  }
  if (!chunks) return streamResponse(entry, entry.events, status);
  const hasUsage = chunks.some((chunk) => chunk.usage);
  if (delivery.includeUsage && !hasUsage) return undefined;
  if (delivery.includeUsage || !hasUsage) return streamResponse(entry, entry.events, status);
  // The recording asked for usage and this caller did not: leave out the usage-only chunk.
  const events = entry.events.filter((_, index) => {
    const chunk = chunks[index]!;
    return !(chunk.choices.length === 0 && chunk.usage);
  });
  return streamResponse(entry, events, status);
}

/**
 * A Messages or Responses answer from `entry`, in the form asked for: a stream in that API's own
 * events (no `[DONE]`), or its JSON body; a JSON entry streamed and a stream entry answered as JSON
 * as the API's SDK would accumulate it. `undefined` when the entry cannot give that form.
 */
function eventApiResponse(
  entry: CacheEntry,
  stream: boolean,
  api: EventStreamApi,
  status: string,
): Response | undefined {
  if (entry.format === 'json') {
    if (!stream)
      return new Response(entry.body, {
        status: entry.status,
        headers: replayHeaders(entry.headers, status),
      });
    const events = eventsOfAnswer(api, parseJson(entry.body));
    return events && streamResponse(entry, events, status, false);
  }
  if (stream) return streamResponse(entry, entry.events, status, false);
  const answer = answerOfEvents(api, entry.events);
  if (answer === undefined) return undefined;
  return new Response(JSON.stringify(answer), {
    status: entry.status,
    headers: replayHeaders(entry.headers, status, 'application/json'),
  });
}

function streamResponse(
  entry: CacheEntry,
  events: ReadonlyArray<SseEvent | string>,
  status: string,
  done = true,
): Response {
  async function* replay(): AsyncGenerator<SseEvent | string> {
    yield* events;
  }
  // sseResponse sets the event stream's own content type.
  const headers = replayHeaders(entry.headers, status);
  return sseResponse(replay(), { status: entry.status, headers, done });
}

/** The events as chat-completion chunks, or `undefined` when any event is something else. */
function chatChunks(events: readonly SseEvent[]): ChatCompletionChunk[] | undefined {
  const chunks: ChatCompletionChunk[] = [];
  for (const event of events) {
    if (event.event !== undefined && event.event !== 'message') return undefined;
    const chunk = parseJson(event.data);
    if (!isChatCompletionChunk(chunk)) return undefined;
    chunks.push(chunk);
  }
  return chunks.length > 0 ? chunks : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
