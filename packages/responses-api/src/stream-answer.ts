import {
  type ChatCompletionChunk,
  errorResponse,
  formatSseEvent,
  type SseEvent,
  sseDone,
  UpstreamProtocolError,
} from '@switchyard/core';
import { discardBody, firstByteReady, transportSignal } from '@switchyard/core/internal';
import { createParser } from 'eventsource-parser';
import { answerHeaders } from './answer-headers.js';
import type { ResponseContext } from './response-object.js';
import { ResponsesStreamWriter } from './responses-stream.js';
import type { ResponseObject } from './responses-types.js';

/** Keeps the finished (or failed) response; may reject, which breaks the stream off. */
export type SaveResponse = (response: ResponseObject) => Promise<void>;

type ErrorChunk = { error: { message?: unknown; type?: unknown; code?: unknown } };

const encoder = new TextEncoder();

/**
 * The Responses API event stream for a successful chat completion stream. The chat stream's first
 * event is awaited before answering, so a stream that fails before saying anything becomes an
 * OpenAI-shaped 502 that retry and fallback can still act on, and a `timeout()` outside sees its
 * first byte only when the model's arrives. After that, failures are `error` and `response.failed`
 * events. The response is saved before its last events are written. Cancelling the answer cancels
 * the chat stream at once.
 *
 * @throws UpstreamProtocolError when the chat answer is not an event stream, breaks off before its
 *   first byte, or its first event is not JSON; the caller's abort reason when the caller gives up first.
 */
export async function streamAnswer(
  chat: Response,
  request: Request,
  context: ResponseContext,
  save: SaveResponse,
): Promise<Response> {
  const type = chat.headers.get('content-type') ?? '';
  if (chat.body === null || !type.includes('text/event-stream')) {
    discardBody(chat);
    throw new UpstreamProtocolError(
      `responses: the chat answer to a stream request is ${chat.body === null ? 'empty' : type || 'untyped'}, not an event stream`,
    );
  }
  const signal = transportSignal(request);
  const ready = await firstByteReady(chat, signal);
  const headers = answerHeaders(chat, 'text/event-stream; charset=utf-8');
  headers.set('cache-control', 'no-cache');
  // The body's own reader (no pipeThrough), so that cancelling the answer reaches it at once.
  const upstream = new ChatEvents(ready.body!.getReader());

  try {
    await upstream.fill();
  } catch (error) {
    await upstream.cancel();
    if (signal?.aborted) throw signal.reason;
    return errorResponse(
      502,
      `responses: the chat stream failed before its first event: ${describe(error)}`,
      {
        code: 'stream_interrupted',
        headers,
      },
    );
  }
  const first = upstream.peek();
  if (first === undefined) {
    return errorResponse(502, 'responses: the chat stream ended before its first event', {
      code: 'stream_interrupted',
      headers,
    });
  }
  let failure: ReturnType<typeof errorOf>;
  try {
    failure = first.data === sseDone ? undefined : errorOf(parseEvent(first.data));
  } catch (error) {
    await upstream.cancel();
    throw error;
  }
  if (failure) {
    await upstream.cancel();
    return errorResponse(502, `responses: the chat stream failed: ${failure.message}`, {
      type: failure.type ?? 'api_error',
      code: failure.code,
      headers,
    });
  }
  return new Response(translated(upstream, new ResponsesStreamWriter(context), save), {
    status: 200,
    headers,
  });
}

/** The chat stream's events, read from the body as they are asked for. */
class ChatEvents {
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #decoder = new TextDecoder();
  readonly #pending: SseEvent[] = [];
  readonly #parser = createParser({ onEvent: (event) => this.#pending.push({ data: event.data }) });
  #ended = false;

  constructor(reader: ReadableStreamDefaultReader<Uint8Array>) {
    this.#reader = reader;
  }

  /** Reads until an event is pending or the body ended. @throws what the read throws */
  async fill(): Promise<void> {
    while (this.#pending.length === 0 && !this.#ended) {
      const { done, value } = await this.#reader.read();
      if (done) {
        this.#parser.feed(this.#decoder.decode());
        this.#ended = true;
      } else this.#parser.feed(this.#decoder.decode(value, { stream: true }));
    }
  }

  peek(): SseEvent | undefined {
    return this.#pending[0];
  }

  /** The next event, or `undefined` once the body ended. */
  async next(): Promise<SseEvent | undefined> {
    await this.fill();
    return this.#pending.shift();
  }

  cancel(reason?: unknown): Promise<void> {
    return this.#reader.cancel(reason).catch(() => undefined);
  }
}

function translated(
  upstream: ChatEvents,
  writer: ResponsesStreamWriter,
  save: SaveResponse,
): ReadableStream<Uint8Array> {
  let out = writer.start();
  let ended = false;

  const end = async (events: SseEvent[]) => {
    ended = true;
    await save(writer.response);
    out.push(...events);
  };

  const step = async (): Promise<void> => {
    try {
      const event = await upstream.next();
      if (event === undefined) {
        // A stream cut without [DONE] or a finish reason is not a finished answer, however it ended.
        return await end(
          writer.finished
            ? writer.finish()
            : writer.fail('stream_interrupted', 'the chat stream ended before the model finished'),
        );
      }
      if (event.data === sseDone) return await end(writer.finish());
      const value = parseEvent(event.data);
      const failure = errorOf(value);
      if (failure) return await end(writer.fail(failure.code, failure.message));
      out.push(...writer.chunk(value as ChatCompletionChunk));
    } catch (error) {
      // Once the last events are made, a failure (the store's) breaks the stream off instead.
      if (ended) throw error;
      await end(writer.fail('stream_interrupted', `the chat stream failed: ${describe(error)}`));
    }
  };

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        while (out.length === 0 && !ended) await step();
        if (out.length > 0) {
          controller.enqueue(encoder.encode(out.map(formatSseEvent).join('')));
          out = [];
        }
        if (ended) {
          controller.close();
          await upstream.cancel();
        }
      },
      cancel(reason) {
        return upstream.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

/** The error a chat stream event carries (`data: {"error": {...}}`, as Switchyard's providers write them). */
function errorOf(
  value: unknown,
): { message: string; type: string | undefined; code: string | null } | undefined {
  const error = (value as Partial<ErrorChunk> | null)?.error;
  if (typeof error !== 'object' || error === null) return undefined;
  const type = typeof error.type === 'string' ? error.type : undefined;
  return {
    message: typeof error.message === 'string' ? error.message : 'the chat stream reported an error',
    type,
    code: typeof error.code === 'string' ? error.code : (type ?? null),
  };
}

/** @throws UpstreamProtocolError when `data` is not JSON. */
function parseEvent(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch (error) {
    throw new UpstreamProtocolError(`chat stream event is not valid JSON: ${data.slice(0, 80)}`, {
      cause: error,
    });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
