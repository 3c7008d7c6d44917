import type { MessagesMessage, MessagesStreamEvent } from './messages-types.js';

// Readers of Messages bodies and answers for middlewares that look inside them (guardrails, the
// semantic cache, trace). Each takes parsed JSON of any shape and never throws on a wrong one.

/** Token counts of a Messages answer, in the terms costs and limits use. */
export interface MessagesTokenCounts {
  /** Every input token: Anthropic's `input_tokens` plus cache reads and cache writes (what OpenAI calls `prompt_tokens`). */
  inputTokens: number;
  /** Output tokens. */
  outputTokens: number;
  /** Input tokens read from the prompt cache (part of `inputTokens`). */
  cachedInputTokens: number;
  /** Input tokens written to the prompt cache (part of `inputTokens`). */
  cacheCreationInputTokens: number;
}

/**
 * The text of the last user message of a Messages request body: a string content, or its text
 * blocks joined by newlines (tool results and images left out). `undefined` when the body has no
 * user message with text.
 */
export function lastUserText(body: unknown): string | undefined {
  const messages = (body as { messages?: unknown } | null)?.messages;
  if (!Array.isArray(messages)) return undefined;
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index] as { role?: unknown; content?: unknown } | null;
    if (message?.role !== 'user') continue;
    const text = blocksText(message.content, '\n');
    if (text !== undefined && text !== '') return text;
  }
  return undefined;
}

/** The `system` text of a Messages request body (a string, or text blocks joined by newlines); `''` when none. */
export function systemText(body: unknown): string {
  return blocksText((body as { system?: unknown } | null)?.system, '\n') ?? '';
}

/** The text of a Messages answer: its text blocks, concatenated. `''` when it has none. */
export function messageText(message: unknown): string {
  return blocksText((message as { content?: unknown } | null)?.content, '') ?? '';
}

/**
 * The token counts of a Messages answer's `usage` (or a `message_delta` event's), or `undefined`
 * when it has none.
 */
export function messageUsage(message: unknown): MessagesTokenCounts | undefined {
  const usage = (message as { usage?: unknown } | null)?.usage;
  if (typeof usage !== 'object' || usage === null) return undefined;
  const { input_tokens, output_tokens, cache_read_input_tokens, cache_creation_input_tokens } =
    usage as Record<string, unknown>;
  const cachedInputTokens = count(cache_read_input_tokens);
  const cacheCreationInputTokens = count(cache_creation_input_tokens);
  return {
    inputTokens: count(input_tokens) + cachedInputTokens + cacheCreationInputTokens,
    outputTokens: count(output_tokens),
    cachedInputTokens,
    cacheCreationInputTokens,
  };
}

/**
 * The message a Messages event stream describes, as Anthropic's SDK accumulates it: content blocks
 * from their start and deltas (tool inputs parsed at the end; one that does not parse stays `{}`),
 * stop reason and usage from `message_delta` (totals that are given replace earlier ones).
 * `undefined` when the events hold no `message_start`. Events of unknown types are skipped.
 */
export function messageFromEvents(events: Iterable<MessagesStreamEvent>): MessagesMessage | undefined {
  let message: MessagesMessage | undefined;
  const partialJson = new Map<number, string>();
  for (const event of events) {
    if (event.type === 'message_start') {
      message = { ...event.message, content: [], usage: { ...event.message.usage } };
      continue;
    }
    if (message === undefined) continue;
    switch (event.type) {
      case 'content_block_start':
        message.content[event.index] = { ...event.content_block };
        break;
      case 'content_block_delta': {
        const block = message.content[event.index];
        if (event.delta.type === 'text_delta' && block?.type === 'text') block.text += event.delta.text;
        else if (event.delta.type === 'input_json_delta') {
          partialJson.set(event.index, (partialJson.get(event.index) ?? '') + event.delta.partial_json);
        }
        break;
      }
      case 'message_delta':
        message.stop_reason = event.delta.stop_reason;
        message.stop_sequence = event.delta.stop_sequence;
        for (const [key, value] of Object.entries(event.usage ?? {})) {
          if (typeof value === 'number') (message.usage as unknown as Record<string, number>)[key] = value;
        }
        break;
      default:
        break;
    }
  }
  if (message === undefined) return undefined;
  for (const [index, json] of partialJson) {
    const block = message.content[index];
    if (block?.type !== 'tool_use') continue;
    try {
      block.input = JSON.parse(json);
    } catch {
      block.input = {};
    }
  }
  return message;
}

function blocksText(content: unknown, separator: string): string | undefined {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return undefined;
  const texts: string[] = [];
  for (const block of content) {
    const { type, text } = (block ?? {}) as { type?: unknown; text?: unknown };
    if (type === 'text' && typeof text === 'string') texts.push(text);
  }
  return texts.join(separator);
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}
