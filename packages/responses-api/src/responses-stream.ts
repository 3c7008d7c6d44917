import {
  type ChatCompletionChunk,
  type ChatToolCallDelta,
  type CompletionUsage,
  type FinishReason,
  type SseEvent,
  UpstreamProtocolError,
} from '@switchyard/core';
import { incompleteReason } from './from-chat-completion.js';
import { newId } from './response-ids.js';
import { pendingResponse, type ResponseContext } from './response-object.js';
import type {
  ResponseFunctionToolCall,
  ResponseObject,
  ResponseOutputMessage,
  ResponseOutputRefusal,
  ResponseOutputText,
  ResponseStreamEvent,
} from './responses-types.js';
import { responsesUsage } from './responses-usage.js';

type EventWithoutSequence = ResponseStreamEvent extends infer E
  ? E extends ResponseStreamEvent
    ? Omit<E, 'sequence_number'>
    : never
  : never;

interface OpenMessage {
  item: ResponseOutputMessage;
  index: number;
  /** The content part being written, and its index in `item.content`. */
  part: ResponseOutputText | ResponseOutputRefusal | undefined;
}

interface OpenCall {
  item: ResponseFunctionToolCall & { id: string };
  index: number;
}

/**
 * Turns the chunks of a streamed chat completion into the Responses API's stream events, in the
 * order OpenAI sends them and the `openai` SDK's `responses.stream()` accumulates them:
 * `response.created`, `response.in_progress`; per output item `response.output_item.added`, then
 * for a message `response.content_part.added`, `response.output_text.delta`…,
 * `response.output_text.done`, `response.content_part.done` (refusals likewise with
 * `response.refusal.*`), for a function call `response.function_call_arguments.delta`… and
 * `.done`; `response.output_item.done`; and last `response.completed` (or `response.incomplete`
 * when the model hit its token limit or a filter) carrying the whole response with its usage.
 * Items are written one after the other: a new item closes the one before. A failure ends the
 * stream with an `error` event and `response.failed`.
 *
 * Each method returns the events to send, already in SSE form (`event:` the type, `data:` the JSON),
 * so later changes to the items cannot reach events already written.
 */
export class ResponsesStreamWriter {
  readonly #response: ResponseObject;
  #sequence = 0;
  #message: OpenMessage | undefined;
  readonly #calls = new Map<number, OpenCall>();
  readonly #closedCalls = new Set<number>();
  #finish: FinishReason | null = null;
  #usage: CompletionUsage | undefined;
  #ended = false;

  constructor(context: ResponseContext) {
    this.#response = pendingResponse(context);
  }

  /** The response as it stands: complete once `finish` or `fail` has run. */
  get response(): ResponseObject {
    return this.#response;
  }

  /** True once the chat stream said why it stopped (a `finish_reason`). */
  get finished(): boolean {
    return this.#finish !== null;
  }

  /** `response.created` and `response.in_progress`. */
  start(): SseEvent[] {
    const out: SseEvent[] = [];
    this.#emit(out, { type: 'response.created', response: this.#response });
    this.#emit(out, { type: 'response.in_progress', response: this.#response });
    return out;
  }

  /**
   * The events for one chat chunk (choice 0; usage and model are kept for the end).
   *
   * @throws UpstreamProtocolError when a tool call's fragment comes after a later call began.
   */
  chunk(chunk: ChatCompletionChunk): SseEvent[] {
    const out: SseEvent[] = [];
    if (typeof chunk.model === 'string' && chunk.model !== '') this.#response.model = chunk.model;
    if (chunk.usage) this.#usage = chunk.usage;
    const choice = chunk.choices?.find((candidate) => (candidate.index ?? 0) === 0);
    if (!choice) return out;
    const delta = choice.delta ?? {};
    if (typeof delta.content === 'string' && delta.content !== '')
      this.#text(out, 'output_text', delta.content);
    if (typeof delta.refusal === 'string' && delta.refusal !== '') this.#text(out, 'refusal', delta.refusal);
    for (const fragment of delta.tool_calls ?? []) this.#toolCall(out, fragment);
    if (choice.finish_reason) this.#finish = choice.finish_reason;
    return out;
  }

  /** Closes every open item, then `response.completed` (or `response.incomplete`) with the usage. */
  finish(): SseEvent[] {
    const out: SseEvent[] = [];
    if (this.#ended) return out;
    this.#ended = true;
    const incomplete = incompleteReason(this.#finish);
    // A model that said nothing still answers with an (empty) message, as OpenAI's does.
    if (this.#response.output.length === 0) this.#openPart(out, this.#openMessage(out), 'output_text');
    this.#closeAll(out, incomplete ? 'incomplete' : 'completed');
    const response = this.#response;
    response.status = incomplete ? 'incomplete' : 'completed';
    response.incomplete_details = incomplete ? { reason: incomplete } : null;
    response.completed_at = incomplete ? null : Math.floor(Date.now() / 1000);
    if (this.#usage) response.usage = responsesUsage(this.#usage);
    this.#emit(out, { type: incomplete ? 'response.incomplete' : 'response.completed', response });
    return out;
  }

  /**
   * An `error` event (`code`, `message`), then `response.failed` carrying the output so far and
   * `error: { code: 'server_error', message }`.
   */
  fail(code: string | null, message: string): SseEvent[] {
    const out: SseEvent[] = [];
    if (this.#ended) return out;
    this.#ended = true;
    this.#emit(out, { type: 'error', code, message, param: null });
    const response = this.#response;
    response.status = 'failed';
    response.error = { code: 'server_error', message };
    for (const item of response.output) if (item.status === 'in_progress') item.status = 'incomplete';
    if (this.#usage) response.usage = responsesUsage(this.#usage);
    this.#emit(out, { type: 'response.failed', response });
    return out;
  }

  #text(out: SseEvent[], type: 'output_text' | 'refusal', text: string): void {
    if (this.#calls.size > 0) this.#closeAll(out, 'completed');
    const message = this.#message ?? this.#openMessage(out);
    const part = message.part?.type === type ? message.part : this.#openPart(out, message, type);
    const where = {
      item_id: message.item.id,
      output_index: message.index,
      content_index: message.item.content.length - 1,
    };
    if (part.type === 'output_text') {
      part.text += text;
      this.#emit(out, { type: 'response.output_text.delta', ...where, delta: text, logprobs: [] });
    } else {
      part.refusal += text;
      this.#emit(out, { type: 'response.refusal.delta', ...where, delta: text });
    }
  }

  #openPart(
    out: SseEvent[],
    message: OpenMessage,
    type: 'output_text' | 'refusal',
  ): ResponseOutputText | ResponseOutputRefusal {
    if (message.part) this.#closePart(out, message);
    const part: ResponseOutputText | ResponseOutputRefusal =
      type === 'output_text'
        ? { type: 'output_text', text: '', annotations: [], logprobs: [] }
        : { type: 'refusal', refusal: '' };
    message.item.content.push(part);
    message.part = part;
    this.#emit(out, {
      type: 'response.content_part.added',
      item_id: message.item.id,
      output_index: message.index,
      content_index: message.item.content.length - 1,
      part,
    });
    return part;
  }

  #toolCall(out: SseEvent[], fragment: ChatToolCallDelta): void {
    const key = fragment.index ?? 0;
    let call = this.#calls.get(key);
    if (!call) {
      if (this.#closedCalls.has(key)) {
        throw new UpstreamProtocolError(
          `chat stream: a fragment of tool call ${key} came after a later tool call began`,
        );
      }
      this.#closeAll(out, 'completed');
      call = {
        item: {
          type: 'function_call',
          id: newId('fc'),
          call_id: fragment.id || newId('call'),
          name: fragment.function?.name ?? '',
          arguments: '',
          status: 'in_progress',
        },
        index: this.#response.output.length,
      };
      this.#calls.set(key, call);
      this.#response.output.push(call.item);
      this.#emit(out, { type: 'response.output_item.added', output_index: call.index, item: call.item });
    } else if (fragment.function?.name && call.item.name === '') {
      call.item.name = fragment.function.name;
    }
    const delta = fragment.function?.arguments;
    if (typeof delta === 'string' && delta !== '') {
      call.item.arguments += delta;
      this.#emit(out, {
        type: 'response.function_call_arguments.delta',
        item_id: call.item.id,
        output_index: call.index,
        delta,
      });
    }
  }

  #openMessage(out: SseEvent[]): OpenMessage {
    const item: ResponseOutputMessage = {
      type: 'message',
      id: newId('msg'),
      role: 'assistant',
      status: 'in_progress',
      content: [],
    };
    const message: OpenMessage = { item, index: this.#response.output.length, part: undefined };
    this.#response.output.push(item);
    this.#message = message;
    this.#emit(out, { type: 'response.output_item.added', output_index: message.index, item });
    return message;
  }

  #closePart(out: SseEvent[], message: OpenMessage): void {
    const part = message.part;
    if (!part) return;
    const where = {
      item_id: message.item.id,
      output_index: message.index,
      content_index: message.item.content.length - 1,
    };
    if (part.type === 'output_text') {
      this.#emit(out, { type: 'response.output_text.done', ...where, text: part.text, logprobs: [] });
    } else {
      this.#emit(out, { type: 'response.refusal.done', ...where, refusal: part.refusal });
    }
    this.#emit(out, { type: 'response.content_part.done', ...where, part });
    message.part = undefined;
  }

  #closeAll(out: SseEvent[], status: 'completed' | 'incomplete'): void {
    const message = this.#message;
    if (message) {
      this.#closePart(out, message);
      message.item.status = status;
      this.#emit(out, { type: 'response.output_item.done', output_index: message.index, item: message.item });
      this.#message = undefined;
    }
    for (const [key, call] of this.#calls) {
      call.item.status = status;
      this.#emit(out, {
        type: 'response.function_call_arguments.done',
        item_id: call.item.id,
        output_index: call.index,
        name: call.item.name,
        arguments: call.item.arguments,
      });
      this.#emit(out, { type: 'response.output_item.done', output_index: call.index, item: call.item });
      this.#closedCalls.add(key);
    }
    this.#calls.clear();
  }

  #emit(out: SseEvent[], event: EventWithoutSequence): void {
    // `type` first, then `sequence_number`, as OpenAI writes them.
    const { type, ...rest } = event;
    const sequenced = { type, sequence_number: this.#sequence++, ...rest };
    out.push({ event: event.type, data: JSON.stringify(sequenced) });
  }
}
