import type { ChatCompletionChunk, CompletionUsage } from '@switchyard/core';
import { type SseTranslator, translateSse } from '@switchyard/core/internal';
import {
  type AnswerContext,
  matchedStopSequence,
  messageId,
  messagesStopReason,
  messagesUsage,
} from './from-chat-completion.js';
import { anthropicTypeOf } from './messages-error.js';
import type { MessagesMessage, MessagesStreamEvent } from './messages-types.js';

/**
 * Translates an OpenAI chat completion event stream into Anthropic's Messages events, in the order
 * Anthropic sends them: `message_start`; per content block `content_block_start`,
 * `content_block_delta` (`text_delta` for text, `input_json_delta` for a tool call's arguments) and
 * `content_block_stop`; then `message_delta` (stop reason and usage) and `message_stop`.
 *
 * The chat stream reports usage only at its end, so `message_start` carries zero tokens and
 * `message_delta` the totals (input included, which Anthropic's SDK takes from there).
 * An error event from the upstream, a body that fails, ends before it finished, or interleaves two
 * tool calls (Anthropic's blocks cannot) each produce one Anthropic `error` event, then the end.
 * Cancelling the result cancels the upstream body.
 */
export function chatStreamToMessages(
  upstream: ReadableStream<Uint8Array>,
  context: AnswerContext,
): ReadableStream<Uint8Array> {
  return translateSse(upstream, new EventWriter(context));
}

/** The whole Messages event sequence for one finished message, for an upstream that answered JSON to a stream request. */
export function messageEvents(message: MessagesMessage): MessagesStreamEvent[] {
  const events: MessagesStreamEvent[] = [
    {
      type: 'message_start',
      message: {
        ...message,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { ...message.usage, output_tokens: 0 },
      },
    },
  ];
  message.content.forEach((block, index) => {
    if (block.type === 'text') {
      events.push({ type: 'content_block_start', index, content_block: { type: 'text', text: '' } });
      events.push({ type: 'content_block_delta', index, delta: { type: 'text_delta', text: block.text } });
    } else {
      events.push({ type: 'content_block_start', index, content_block: { ...block, input: {} } });
      events.push({
        type: 'content_block_delta',
        index,
        delta: { type: 'input_json_delta', partial_json: JSON.stringify(block.input) },
      });
    }
    events.push({ type: 'content_block_stop', index });
  });
  events.push({
    type: 'message_delta',
    delta: { stop_reason: message.stop_reason, stop_sequence: message.stop_sequence },
    usage: { ...message.usage },
  });
  events.push({ type: 'message_stop' });
  return events;
}

/** One event in the SSE wire format Anthropic uses: `event: <type>` and its JSON data. */
export function formatMessagesEvent(event: MessagesStreamEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

type OpenBlock = { kind: 'text'; index: number } | { kind: 'tool'; index: number; call: number };

/** Turns chat chunk data into Anthropic SSE text, kept in `out` until `translateSse` takes it. */
class EventWriter implements SseTranslator {
  ended = false;
  out = '';
  private started = false;
  private finished = false;
  private sawDone = false;
  private nextIndex = 0;
  private open: OpenBlock | undefined;
  private readonly toolCalls = new Set<number>();
  private hasToolCalls = false;
  private finishReason: string | null = null;
  private matchedStop: string | undefined;
  private refusal = false;
  private usage: CompletionUsage | undefined;

  constructor(private readonly context: AnswerContext) {}

  onData(data: string): void {
    if (this.ended) return;
    if (data === '[DONE]') {
      this.sawDone = true;
      this.end();
      return;
    }
    let chunk: ChatCompletionChunk & { error?: { type?: unknown; message?: unknown } };
    try {
      chunk = JSON.parse(data);
    } catch {
      this.fail('api_error', `the upstream sent a stream event that is not JSON: ${data.slice(0, 80)}`);
      return;
    }
    if (typeof chunk !== 'object' || chunk === null) return;
    if (chunk.error !== undefined) {
      const message =
        typeof chunk.error?.message === 'string' ? chunk.error.message : 'the upstream stream failed';
      this.fail(anthropicTypeOf(500, chunk.error?.type), message);
      return;
    }
    this.start(chunk.id, chunk.model);
    if (chunk.usage) this.usage = chunk.usage;
    const choice = chunk.choices?.[0];
    if (!choice) return;
    const delta = choice.delta ?? {};
    if (typeof delta.content === 'string' && delta.content !== '') this.text(delta.content);
    if (typeof delta.refusal === 'string' && delta.refusal !== '') {
      this.refusal = true;
      this.text(delta.refusal);
    }
    for (const call of delta.tool_calls ?? []) {
      if (!this.toolCall(call.index ?? 0, call.id, call.function?.name, call.function?.arguments)) return;
    }
    if (choice.finish_reason) {
      this.finishReason = choice.finish_reason;
      this.matchedStop = matchedStopSequence(choice, this.context.stopSequences) ?? this.matchedStop;
      this.finished = true;
    }
  }

  onEnd(): void {
    this.end();
  }

  onFailure(message: string): void {
    this.fail('api_error', `the upstream stream failed: ${message}`);
  }

  /** The upstream body ended, or sent `[DONE]`: the message ends, or fails when it never finished. */
  end(): void {
    if (this.ended) return;
    if (!this.finished && !this.sawDone) {
      this.fail('api_error', 'the upstream stream ended before the answer finished');
      return;
    }
    this.start(undefined, undefined);
    this.closeBlock();
    const usage = messagesUsage(this.usage);
    const stopReason =
      this.refusal && !this.hasToolCalls
        ? 'refusal'
        : messagesStopReason(this.finishReason, this.hasToolCalls, this.matchedStop);
    this.write({
      type: 'message_delta',
      delta: {
        stop_reason: stopReason,
        stop_sequence: stopReason === 'stop_sequence' ? (this.matchedStop ?? null) : null,
      },
      usage,
    });
    this.write({ type: 'message_stop' });
    this.ended = true;
  }

  /** Ends the stream with one Anthropic `error` event. */
  fail(type: string, message: string): void {
    if (this.ended) return;
    this.write({ type: 'error', error: { type, message } });
    this.ended = true;
  }

  private start(id: string | undefined, model: string | undefined): void {
    if (this.started) return;
    this.started = true;
    this.write({
      type: 'message_start',
      message: {
        id: messageId(id),
        type: 'message',
        role: 'assistant',
        model: typeof model === 'string' && model !== '' ? model : this.context.model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: messagesUsage(undefined),
      },
    });
  }

  private text(text: string): void {
    if (this.open?.kind !== 'text') {
      this.closeBlock();
      this.open = { kind: 'text', index: this.nextIndex++ };
      this.write({
        type: 'content_block_start',
        index: this.open.index,
        content_block: { type: 'text', text: '' },
      });
    }
    this.write({ type: 'content_block_delta', index: this.open.index, delta: { type: 'text_delta', text } });
  }

  /** One tool call fragment; false when the stream had to fail. */
  private toolCall(
    call: number,
    id: string | undefined,
    name: string | undefined,
    args: string | undefined,
  ): boolean {
    if (!this.toolCalls.has(call)) {
      this.closeBlock();
      this.toolCalls.add(call);
      this.hasToolCalls = true;
      this.open = { kind: 'tool', index: this.nextIndex++, call };
      this.write({
        type: 'content_block_start',
        index: this.open.index,
        content_block: {
          type: 'tool_use',
          id: typeof id === 'string' && id !== '' ? id : `toolu_${crypto.randomUUID().replaceAll('-', '')}`,
          name: name ?? '',
          input: {},
        },
      });
    } else if (this.open?.kind !== 'tool' || this.open.call !== call) {
      this.fail(
        'api_error',
        `the upstream interleaved tool call ${call} with another; Anthropic's content blocks cannot`,
      );
      return false;
    }
    if (typeof args === 'string' && args !== '') {
      this.write({
        type: 'content_block_delta',
        index: this.open.index,
        delta: { type: 'input_json_delta', partial_json: args },
      });
    }
    return true;
  }

  private closeBlock(): void {
    if (this.open === undefined) return;
    this.write({ type: 'content_block_stop', index: this.open.index });
    this.open = undefined;
  }

  private write(event: MessagesStreamEvent): void {
    this.out += formatMessagesEvent(event);
  }
}
