import type { ChatToolCallDelta, ErrorCode, FinishReason, OpenAIErrorBody } from '@switchyard/core';
import { type SseTranslator, translateSse } from '@switchyard/core/internal';
import { anthropicErrorCode, refusalMessage } from './anthropic-error.js';
import type { AnthropicStopReason, AnthropicStreamEvent, AnthropicUsage } from './anthropic-types.js';
import { finishReason, openaiUsage } from './from-anthropic-message.js';

/** What the stream translator needs to know about the request. */
export interface AnthropicStreamContext {
  /** Name of the tool standing in for `response_format`; its input deltas become content deltas. */
  jsonToolName: string | undefined;
  /** Send usage in a last chunk with empty `choices` (OpenAI's `stream_options.include_usage`). */
  includeUsage: boolean;
  /** The `created` of every chunk, in seconds. */
  created: number;
}

/**
 * Translates an Anthropic Messages event stream into OpenAI chat completion chunks in SSE form,
 * ending with `data: [DONE]`. Text deltas become `content`, tool-use blocks become `tool_calls`
 * (name first, then argument fragments), `message_delta` gives the finish reason and the final
 * usage. Without `includeUsage`, usage rides on the finish chunk so callers never lose it.
 * An Anthropic `error` event, a body that fails, or a body that ends before `message_stop` each
 * produce one OpenAI error event (`data: {"error": {...}}`) and then the end of the stream; its
 * `code` is one of core's `errorCodes` (`overloaded` for `overloaded_error`, `server_error` for a
 * broken stream), Anthropic's `type` and message are kept. A `refusal` before any content is such
 * an error event too, with the code `content_filter`.
 * The events of one read are written as one piece. Cancelling the result cancels the upstream body.
 */
export function translateAnthropicStream(
  upstream: ReadableStream<Uint8Array>,
  context: AnthropicStreamContext,
): ReadableStream<Uint8Array> {
  return translateSse(upstream, new ChunkWriter(context));
}

/** Turns Anthropic event data into OpenAI SSE text, kept in `out` until `translateSse` takes it. */
class ChunkWriter implements SseTranslator {
  ended = false;
  out = '';
  /** `data: {"id":...,"choices":[{"index":0,"delta":` for this message. */
  private prefix = '';
  private id = '';
  private model = '';
  private started = false;
  private usage: AnthropicUsage = {};
  private stopReason: AnthropicStopReason | null = null;
  private readonly toolIndexByBlock = new Map<number, number>();
  private jsonBlock = -1;
  private answeredAsJson = false;
  private toolCount = 0;
  /** Whether any text or tool call was written: a refusal before any is an error, not an answer. */
  private contentSent = false;

  constructor(private readonly context: AnthropicStreamContext) {}

  onEnd(): void {
    this.fail('server_error', 'anthropic stream ended before message_stop');
  }

  onFailure(message: string): void {
    this.fail('server_error', `anthropic stream failed: ${message}`);
  }

  onData(data: string): void {
    if (this.ended) return;
    let event: AnthropicStreamEvent;
    try {
      event = JSON.parse(data) as AnthropicStreamEvent;
    } catch {
      this.fail('server_error', `anthropic sent a stream event that is not JSON: ${data.slice(0, 80)}`);
      return;
    }
    switch (event.type) {
      case 'message_start':
        this.start(event.message.id, event.message.model);
        this.mergeUsage(event.message.usage);
        this.delta('{"role":"assistant","content":""}');
        return;
      case 'content_block_start': {
        const block = event.content_block;
        if (block.type === 'tool_use') {
          if (block.name === this.context.jsonToolName) {
            this.jsonBlock = event.index;
            this.answeredAsJson = true;
            return;
          }
          const index = this.toolCount++;
          this.toolIndexByBlock.set(event.index, index);
          const call: ChatToolCallDelta = {
            index,
            id: block.id ?? '',
            type: 'function',
            function: { name: block.name ?? '', arguments: '' },
          };
          this.delta(`{"tool_calls":[${JSON.stringify(call)}]}`);
        } else if (block.type === 'text' && block.text) {
          this.content(block.text);
        }
        return;
      }
      case 'content_block_delta': {
        const delta = event.delta;
        if (delta.type === 'text_delta') {
          if (delta.text) this.content(delta.text);
        } else if (delta.type === 'input_json_delta' && delta.partial_json) {
          if (event.index === this.jsonBlock) this.content(delta.partial_json);
          else {
            const index = this.toolIndexByBlock.get(event.index);
            if (index !== undefined) {
              this.delta(
                `{"tool_calls":[{"index":${index},"function":{"arguments":${JSON.stringify(delta.partial_json)}}}]}`,
              );
            }
          }
        }
        return;
      }
      case 'message_delta':
        this.stopReason = event.delta?.stop_reason ?? this.stopReason;
        if (event.usage) this.mergeUsage(event.usage);
        return;
      case 'message_stop':
        this.finish();
        return;
      case 'error': {
        const message = event.error?.message ?? 'anthropic stream error';
        this.fail(anthropicErrorCode(event.error?.type, message), message, event.error?.type);
        return;
      }
      default:
        // ping, content_block_stop and event types added later carry nothing to translate.
        return;
    }
  }

  /** Ends the stream with one OpenAI error event. */
  fail(code: ErrorCode, message: string, type = 'api_error'): void {
    if (this.ended) return;
    const body: OpenAIErrorBody = { error: { message, type, code, param: null } };
    this.out += `data: ${JSON.stringify(body)}\n\n`;
    this.ended = true;
  }

  private start(id: string, model: string): void {
    this.started = true;
    this.id = id;
    this.model = model;
    this.prefix = `data: {"id":${JSON.stringify(id)},"object":"chat.completion.chunk","created":${this.context.created},"model":${JSON.stringify(model)},"choices":[{"index":0,"delta":`;
  }

  private content(text: string): void {
    this.contentSent = true;
    this.delta(`{"content":${JSON.stringify(text)}}`);
  }

  private delta(json: string): void {
    if (!this.started) this.start('', '');
    this.out += `${this.prefix}${json},"finish_reason":null}]}\n\n`;
  }

  private mergeUsage(usage: AnthropicUsage | undefined): void {
    if (!usage) return;
    for (const key of Object.keys(usage) as Array<keyof AnthropicUsage>) {
      const value = usage[key];
      if (typeof value === 'number') this.usage[key] = value;
    }
  }

  private finish(): void {
    if (this.stopReason === 'refusal' && !this.contentSent && this.toolCount === 0) {
      this.fail('content_filter', refusalMessage, 'invalid_request_error');
      return;
    }
    const reason: FinishReason = finishReason(this.stopReason, this.answeredAsJson && this.toolCount === 0);
    const usage = openaiUsage(this.usage);
    const base = {
      id: this.id,
      object: 'chat.completion.chunk',
      created: this.context.created,
      model: this.model,
    };
    if (this.context.includeUsage) {
      this.out += `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: {}, finish_reason: reason }] })}\n\n`;
      this.out += `data: ${JSON.stringify({ ...base, choices: [], usage })}\n\n`;
    } else {
      this.out += `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: {}, finish_reason: reason }], usage })}\n\n`;
    }
    this.out += 'data: [DONE]\n\n';
    this.ended = true;
  }
}
