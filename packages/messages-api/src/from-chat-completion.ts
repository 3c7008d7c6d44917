import { type ChatCompletion, type CompletionUsage, UpstreamProtocolError } from '@switchyard/core';
import type {
  MessagesContentBlock,
  MessagesMessage,
  MessagesStopReason,
  MessagesUsage,
} from './messages-types.js';

/** What the answer's translation knows about the request. */
export interface AnswerContext {
  /** The model the caller asked for, for an answer that names none. */
  model: string;
  /** The request's `stop_sequences`. */
  stopSequences: readonly string[];
}

/**
 * Anthropic's message for an OpenAI chat completion: the text as a text block, each tool call as a
 * `tool_use` block (its arguments parsed), `stop_reason` from `finish_reason` and usage as
 * Anthropic counts it.
 *
 * @throws UpstreamProtocolError when the completion has no choice, or a tool call's arguments are
 *   not a JSON object (the caller could not use such a `tool_use` block).
 */
export function toMessagesMessage(completion: ChatCompletion, context: AnswerContext): MessagesMessage {
  const choice = completion.choices?.[0];
  if (typeof choice !== 'object' || choice === null) {
    throw new UpstreamProtocolError('messages-api: the chat completion has no choices');
  }
  const message = choice.message ?? { role: 'assistant', content: null };
  const content: MessagesContentBlock[] = [];
  const text = typeof message.content === 'string' ? message.content : '';
  const refusal = typeof message.refusal === 'string' && message.refusal !== '' ? message.refusal : undefined;
  if (text !== '') content.push({ type: 'text', text });
  else if (refusal !== undefined) content.push({ type: 'text', text: refusal });
  for (const call of message.tool_calls ?? []) {
    content.push({
      type: 'tool_use',
      id: call.id,
      name: call.function.name,
      input: toolInput(call.function.arguments, call.function.name),
    });
  }
  const hasToolCalls = (message.tool_calls?.length ?? 0) > 0;
  const matched = matchedStopSequence(choice, context.stopSequences);
  const stopReason =
    text === '' && refusal !== undefined
      ? 'refusal'
      : messagesStopReason(choice.finish_reason, hasToolCalls, matched);
  return {
    id: messageId(completion.id),
    type: 'message',
    role: 'assistant',
    model: typeof completion.model === 'string' && completion.model !== '' ? completion.model : context.model,
    content,
    stop_reason: stopReason,
    stop_sequence: stopReason === 'stop_sequence' ? (matched ?? null) : null,
    usage: messagesUsage(completion.usage),
  };
}

/**
 * Anthropic's stop reason for a chat finish reason: `length` is `max_tokens`, `tool_calls` is
 * `tool_use`, `content_filter` is `refusal`; `stop` is `stop_sequence` when the upstream named the
 * stop sequence it met, `tool_use` when it made tool calls anyway (some servers say `stop`), else
 * `end_turn`. OpenAI's own `stop` does not say whether a stop sequence ended the turn.
 */
export function messagesStopReason(
  finishReason: string | null | undefined,
  hasToolCalls: boolean,
  matchedStop: string | undefined,
): MessagesStopReason {
  switch (finishReason) {
    case 'length':
      return 'max_tokens';
    case 'tool_calls':
    case 'function_call':
      return 'tool_use';
    case 'content_filter':
      return 'refusal';
    default:
      if (hasToolCalls) return 'tool_use';
      return matchedStop === undefined ? 'end_turn' : 'stop_sequence';
  }
}

/**
 * The stop sequence that ended the answer, where the upstream says so: vLLM and servers like it put
 * the matched string in the choice's `stop_reason`. `undefined` otherwise.
 */
export function matchedStopSequence(choice: unknown, stopSequences: readonly string[]): string | undefined {
  const said = (choice as { stop_reason?: unknown } | null)?.stop_reason;
  return typeof said === 'string' && stopSequences.includes(said) ? said : undefined;
}

/**
 * Anthropic usage for OpenAI usage. Anthropic's `input_tokens` leaves out cached input, so it is
 * `prompt_tokens` less the cache reads (`prompt_tokens_details.cached_tokens`) and cache writes
 * (`cache_creation_tokens`, which Switchyard's Anthropic translation adds), each reported apart.
 */
export function messagesUsage(usage: CompletionUsage | null | undefined): MessagesUsage {
  const details = usage?.prompt_tokens_details as
    | { cached_tokens?: number; cache_creation_tokens?: number }
    | undefined;
  const cacheRead = numberOr0(details?.cached_tokens);
  const cacheCreation = numberOr0(details?.cache_creation_tokens);
  return {
    input_tokens: Math.max(0, numberOr0(usage?.prompt_tokens) - cacheRead - cacheCreation),
    output_tokens: numberOr0(usage?.completion_tokens),
    cache_creation_input_tokens: cacheCreation,
    cache_read_input_tokens: cacheRead,
  };
}

/** An Anthropic-style message id (`msg_…`) for a chat completion id; one that is one already is kept. */
export function messageId(chatId: unknown): string {
  if (typeof chatId !== 'string' || chatId === '') return `msg_${crypto.randomUUID().replaceAll('-', '')}`;
  return chatId.startsWith('msg_') ? chatId : `msg_${chatId}`;
}

/** A tool call's `arguments` text as the `input` object of a `tool_use` block. */
export function toolInput(text: unknown, name: string): Record<string, unknown> {
  if (text === undefined || text === null || text === '') return {};
  let parsed: unknown;
  try {
    parsed = typeof text === 'string' ? JSON.parse(text) : text;
  } catch (error) {
    throw new UpstreamProtocolError(
      `messages-api: the arguments of the call to tool ${JSON.stringify(name)} are not valid JSON: ${String(text).slice(0, 80)}`,
      { cause: error },
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UpstreamProtocolError(
      `messages-api: the arguments of the call to tool ${JSON.stringify(name)} are not a JSON object`,
    );
  }
  return parsed as Record<string, unknown>;
}

function numberOr0(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
