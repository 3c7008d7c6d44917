import type { ChatToolCallDelta, ErrorCode, OpenAIErrorBody } from '@switchyard/core';
import { type SseTranslator, translateSse } from '@switchyard/core/internal';
import type { CohereFinishReason, CohereStreamEvent, CohereUsage } from './cohere-types.js';
import { finishReason, openaiUsage } from './from-cohere-chat.js';

/** What the stream translator needs to know about the request. */
export interface CohereStreamContext {
  /** The model asked for: Cohere's events do not name it. */
  model: string;
  /** Send usage in a last chunk with empty `choices` (OpenAI's `stream_options.include_usage`). */
  includeUsage: boolean;
  /** The `created` of every chunk, in seconds. */
  created: number;
}

/**
 * Translates a Cohere v2 chat event stream into OpenAI chat completion chunks in SSE form, ending
 * with `data: [DONE]`: `message-start` gives the id and the role chunk, `content-delta` text becomes
 * `content`, `tool-call-start` and `tool-call-delta` become `tool_calls` (id and name first, then
 * argument fragments), `message-end` gives the finish reason and usage. Tool plans, citations and
 * thinking have no place in OpenAI's chunks and are left out. A `message-end` carrying an error, a
 * body that fails, or one that ends before `message-end` each produce one OpenAI error event (code
 * `server_error`) and then the end of the stream. Cancelling the result cancels the upstream body.
 */
export function translateCohereStream(
  upstream: ReadableStream<Uint8Array>,
  context: CohereStreamContext,
): ReadableStream<Uint8Array> {
  return translateSse(upstream, new ChunkWriter(context));
}

class ChunkWriter implements SseTranslator {
  ended = false;
  out = '';
  private prefix = '';
  private id = '';
  private started = false;
  private readonly toolIndexByCohereIndex = new Map<number, number>();
  private toolCount = 0;

  constructor(private readonly context: CohereStreamContext) {}

  onEnd(): void {
    this.fail('server_error', 'cohere stream ended before message-end');
  }

  onFailure(message: string): void {
    this.fail('server_error', `cohere stream failed: ${message}`);
  }

  onData(data: string): void {
    if (this.ended) return;
    let event: CohereStreamEvent;
    try {
      event = JSON.parse(data) as CohereStreamEvent;
    } catch {
      this.fail('server_error', `cohere sent a stream event that is not JSON: ${data.slice(0, 80)}`);
      return;
    }
    const message = event.delta?.message;
    switch (event.type) {
      case 'message-start':
        this.start(event.id ?? '');
        this.delta('{"role":"assistant","content":""}');
        return;
      case 'content-start':
      case 'content-delta': {
        const text = message?.content?.text;
        if (text) this.delta(`{"content":${JSON.stringify(text)}}`);
        return;
      }
      case 'tool-call-start': {
        const call = message?.tool_calls;
        const index = this.toolCount++;
        this.toolIndexByCohereIndex.set(event.index ?? index, index);
        const delta: ChatToolCallDelta = {
          index,
          id: call?.id ?? '',
          type: 'function',
          function: { name: call?.function?.name ?? '', arguments: call?.function?.arguments ?? '' },
        };
        this.delta(`{"tool_calls":[${JSON.stringify(delta)}]}`);
        return;
      }
      case 'tool-call-delta': {
        const fragment = message?.tool_calls?.function?.arguments;
        const index = this.toolIndexByCohereIndex.get(event.index ?? this.toolCount - 1);
        if (fragment && index !== undefined) {
          this.delta(
            `{"tool_calls":[{"index":${index},"function":{"arguments":${JSON.stringify(fragment)}}}]}`,
          );
        }
        return;
      }
      case 'message-end':
        if (typeof event.delta?.error === 'string' && event.delta.error !== '') {
          this.fail('server_error', `cohere: ${event.delta.error}`);
          return;
        }
        this.finish(event.delta?.finish_reason, event.delta?.usage);
        return;
      default:
        // content-end, tool-plan-delta, tool-call-end, citation-* and debug carry nothing to translate.
        return;
    }
  }

  /** Ends the stream with one OpenAI error event whose code is one of core's `errorCodes`. */
  private fail(code: ErrorCode, message: string): void {
    if (this.ended) return;
    const body: OpenAIErrorBody = { error: { message, type: 'api_error', code, param: null } };
    this.out += `data: ${JSON.stringify(body)}\n\n`;
    this.ended = true;
  }

  private start(id: string): void {
    this.started = true;
    this.id = id;
    this.prefix = `data: {"id":${JSON.stringify(id)},"object":"chat.completion.chunk","created":${this.context.created},"model":${JSON.stringify(this.context.model)},"choices":[{"index":0,"delta":`;
  }

  private delta(json: string): void {
    if (!this.started) this.start('');
    this.out += `${this.prefix}${json},"finish_reason":null}]}\n\n`;
  }

  private finish(reason: CohereFinishReason | undefined, cohereUsage: CohereUsage | undefined): void {
    const base = {
      id: this.id,
      object: 'chat.completion.chunk',
      created: this.context.created,
      model: this.context.model,
    };
    const finish = { index: 0, delta: {}, finish_reason: finishReason(reason) };
    const usage = openaiUsage(cohereUsage);
    if (this.context.includeUsage) {
      this.out += `data: ${JSON.stringify({ ...base, choices: [finish] })}\n\n`;
      this.out += `data: ${JSON.stringify({ ...base, choices: [], usage })}\n\n`;
    } else {
      this.out += `data: ${JSON.stringify({ ...base, choices: [finish], usage })}\n\n`;
    }
    this.out += 'data: [DONE]\n\n';
    this.ended = true;
  }
}
