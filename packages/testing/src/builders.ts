import {
  type ChatCompletion,
  type ChatCompletionChunk,
  type CompletionUsage,
  errorResponse,
  type FinishReason,
  formatSseEvent,
  sseDone,
} from '@switchyard/core';

/** Fields of a built chat completion; everything has a plausible default. */
export interface ChatCompletionFields {
  /** The assistant's text. Default: `'Hello!'`. */
  content?: string;
  /** Default: `'gpt-4o-mini'`. */
  model?: string;
  /** Default: `'chatcmpl-test'`. */
  id?: string;
  /** Default: `{ prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 }`. */
  usage?: CompletionUsage;
  /** Default: `'stop'`. */
  finishReason?: FinishReason;
  /** Default: 1_700_000_000. */
  created?: number;
}

const defaultUsage: CompletionUsage = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 };

/** An OpenAI chat completion body. */
export function chatCompletion(fields: ChatCompletionFields = {}): ChatCompletion {
  return {
    id: fields.id ?? 'chatcmpl-test',
    object: 'chat.completion',
    created: fields.created ?? 1_700_000_000,
    model: fields.model ?? 'gpt-4o-mini',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: fields.content ?? 'Hello!', refusal: null },
        logprobs: null,
        finish_reason: fields.finishReason ?? 'stop',
      },
    ],
    usage: fields.usage ?? defaultUsage,
  };
}

/**
 * The chunks OpenAI streams for `fields.content`, split into `pieces` (default: words): a role chunk,
 * content chunks, a finish chunk, and a usage chunk when `includeUsage` (default: true).
 */
export function chatCompletionChunks(
  fields: ChatCompletionFields & { pieces?: string[]; includeUsage?: boolean } = {},
): ChatCompletionChunk[] {
  const base = {
    id: fields.id ?? 'chatcmpl-test',
    object: 'chat.completion.chunk' as const,
    created: fields.created ?? 1_700_000_000,
    model: fields.model ?? 'gpt-4o-mini',
  };
  const content = fields.content ?? 'Hello!';
  const pieces = fields.pieces ?? content.split(/(?<= )/);
  const chunks: ChatCompletionChunk[] = [
    { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] },
    ...pieces.map((piece) => ({
      ...base,
      choices: [{ index: 0, delta: { content: piece }, finish_reason: null }],
    })),
    { ...base, choices: [{ index: 0, delta: {}, finish_reason: fields.finishReason ?? 'stop' }] },
  ];
  if (fields.includeUsage ?? true) chunks.push({ ...base, choices: [], usage: fields.usage ?? defaultUsage });
  return chunks;
}

/** `chunks` in SSE wire format, ending with `data: [DONE]` unless `done` is false. */
export function sseText(chunks: readonly unknown[], done = true): string {
  let text = '';
  for (const chunk of chunks) text += formatSseEvent(JSON.stringify(chunk));
  return done ? text + formatSseEvent(sseDone) : text;
}

/** A 200 JSON `Response` carrying `body`. */
export function jsonResponse(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
}

/** A streaming SSE `Response` of `chunks`, sent as one body per chunk so boundaries are real. */
export function sseStreamResponse(
  chunks: readonly unknown[],
  init: { status?: number; done?: boolean } = {},
): Response {
  const encoder = new TextEncoder();
  const events = chunks.map((chunk) => formatSseEvent(JSON.stringify(chunk)));
  if (init.done ?? true) events.push(formatSseEvent(sseDone));
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = events.shift();
      if (next === undefined) controller.close();
      else controller.enqueue(encoder.encode(next));
    },
  });
  return new Response(body, { status: init.status ?? 200, headers: { 'content-type': 'text/event-stream' } });
}

/** An OpenAI-shaped error `Response`, with `Retry-After` when `retryAfter` (seconds) is given. */
export function openaiErrorResponse(
  status: number,
  message = `Upstream answered ${status}`,
  retryAfter?: number,
): Response {
  return errorResponse(
    status,
    message,
    retryAfter === undefined ? {} : { headers: { 'retry-after': String(retryAfter) } },
  );
}
