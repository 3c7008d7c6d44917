import {
  type ChatCompletionRequest,
  type ChatContentPart,
  type ChatFunctionTool,
  type ChatMessage,
  type ChatToolCall,
  type ChatToolChoice,
  RequestTranslationError,
} from '@switchyard/core';

/** The chat parameter a Messages `max_tokens` becomes. */
export type MaxTokensParam = 'max_tokens' | 'max_completion_tokens';

/** A Messages request as a chat completions request, and what the answer's translation needs. */
export interface ChatTranslation {
  body: ChatCompletionRequest;
  /** The caller asked for an event stream. */
  stream: boolean;
  /** The request's `stop_sequences`, to tell a stop sequence from a natural end where the upstream says which. */
  stopSequences: readonly string[];
}

/**
 * The OpenAI chat completions body for an Anthropic Messages body. `system` (top level, or system
 * messages) becomes system messages; text, image (base64 and URL) and document (base64 PDF, plain
 * text) blocks become content parts; `tool_use` blocks become assistant `tool_calls` and
 * `tool_result` blocks tool messages, placed right after the assistant turn as chat requires.
 * Thinking blocks of earlier turns are left out (a chat API has no place for them), as are
 * parameters with no chat equivalent (`top_k`, `thinking`, `cache_control`, `service_tier`, a tool
 * result's `is_error`).
 *
 * @throws RequestTranslationError naming the field (`messages[1].content[0].source.type`) that
 *   is malformed or cannot be expressed in chat completions.
 */
export function toChatRequest(input: unknown, maxTokensParam: MaxTokensParam): ChatTranslation {
  const request = objectAt(input, 'body');
  const model = request.model;
  if (typeof model !== 'string' || model === '') {
    throw new RequestTranslationError('model', 'must be a non-empty string');
  }
  const maxTokens = request.max_tokens;
  if (maxTokens === undefined)
    throw new RequestTranslationError('max_tokens', 'required (the Messages API has no default)');
  if (!Number.isInteger(maxTokens) || (maxTokens as number) < 1) {
    throw new RequestTranslationError('max_tokens', 'must be an integer >= 1');
  }
  const messages: ChatMessage[] = [];
  if (request.system !== undefined && request.system !== null) {
    const system = textOf(request.system, 'system');
    if (system !== '') messages.push({ role: 'system', content: system });
  }
  arrayAt(request.messages, 'messages').forEach((message, index) => {
    translateMessage(message, `messages[${index}]`, messages);
  });

  const body: ChatCompletionRequest = { model, messages, [maxTokensParam]: maxTokens };
  for (const param of ['temperature', 'top_p'] as const) {
    const value = request[param];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'number') throw new RequestTranslationError(param, 'must be a number');
    body[param] = value;
  }
  const stopSequences =
    request.stop_sequences === undefined || request.stop_sequences === null
      ? []
      : arrayAt(request.stop_sequences, 'stop_sequences').map((stop, index) =>
          stringAt(stop, `stop_sequences[${index}]`),
        );
  if (stopSequences.length > 0) body.stop = stopSequences;
  if (request.metadata !== undefined && request.metadata !== null) {
    const userId = objectAt(request.metadata, 'metadata').user_id;
    if (userId !== undefined && userId !== null) body.user = stringAt(userId, 'metadata.user_id');
  }
  const tools =
    request.tools === undefined || request.tools === null
      ? []
      : arrayAt(request.tools, 'tools').map(translateTool);
  if (tools.length > 0) {
    body.tools = tools;
    // Chat APIs refuse a tool_choice without tools, so it goes only with them.
    if (request.tool_choice !== undefined && request.tool_choice !== null) {
      const { choice, parallel } = translateToolChoice(request.tool_choice);
      body.tool_choice = choice;
      if (parallel === false) body.parallel_tool_calls = false;
    }
  }
  const stream = request.stream === true;
  if (stream) {
    body.stream = true;
    // Anthropic's message_delta reports usage: ask the chat stream for it.
    body.stream_options = { include_usage: true };
  }
  return { body, stream, stopSequences };
}

function translateMessage(input: unknown, where: string, out: ChatMessage[]): void {
  const message = objectAt(input, where);
  const content = message.content;
  switch (message.role) {
    case 'system': {
      const text = textOf(content, `${where}.content`);
      if (text !== '') out.push({ role: 'system', content: text });
      return;
    }
    case 'user':
      userTurn(content, `${where}.content`, out);
      return;
    case 'assistant':
      out.push(assistantTurn(content, `${where}.content`));
      return;
    default:
      throw new RequestTranslationError(
        `${where}.role`,
        `must be "user", "assistant" or "system"; got ${JSON.stringify(message.role)}`,
      );
  }
}

/**
 * A user turn: its `tool_result` blocks become tool messages first (chat requires them right after
 * the assistant's tool calls; Anthropic requires them first in the turn), then its other blocks,
 * and the images of tool results, one user message.
 */
function userTurn(content: unknown, where: string, out: ChatMessage[]): void {
  if (typeof content === 'string') {
    out.push({ role: 'user', content });
    return;
  }
  const parts: ChatContentPart[] = [];
  arrayAt(content, where).forEach((item, index) => {
    const at = `${where}[${index}]`;
    const block = objectAt(item, at);
    if (block.type === 'tool_result') out.push(toolMessage(block, at, parts));
    else parts.push(...contentParts(block, at));
  });
  if (parts.length > 0) out.push({ role: 'user', content: plainWhenText(parts) });
}

function toolMessage(
  block: Record<string, unknown>,
  where: string,
  followingParts: ChatContentPart[],
): ChatMessage {
  const toolCallId = stringAt(block.tool_use_id, `${where}.tool_use_id`);
  const content = block.content;
  if (content === undefined || content === null || typeof content === 'string') {
    return { role: 'tool', tool_call_id: toolCallId, content: content ?? '' };
  }
  // Tool messages hold text only: images and documents of a result go in the user message after.
  const texts: string[] = [];
  arrayAt(content, `${where}.content`).forEach((item, index) => {
    const at = `${where}.content[${index}]`;
    for (const part of contentParts(objectAt(item, at), at)) {
      if (part.type === 'text') texts.push(part.text);
      else followingParts.push(part);
    }
  });
  return { role: 'tool', tool_call_id: toolCallId, content: texts.join('\n') };
}

/** The chat content parts of one user-side block (text, image, document). */
function contentParts(block: Record<string, unknown>, where: string): ChatContentPart[] {
  switch (block.type) {
    case 'text':
      return [{ type: 'text', text: stringAt(block.text, `${where}.text`) }];
    case 'image':
      return [{ type: 'image_url', image_url: { url: imageURL(block.source, `${where}.source`) } }];
    case 'document':
      return [documentPart(block, where)];
    default:
      throw new RequestTranslationError(
        `${where}.type`,
        `${JSON.stringify(block.type)} blocks cannot be sent to a chat completions API; use text, image, document or tool_result`,
      );
  }
}

function imageURL(input: unknown, where: string): string {
  const source = objectAt(input, where);
  if (source.type === 'base64') {
    const mediaType = stringAt(source.media_type, `${where}.media_type`);
    return `data:${mediaType};base64,${stringAt(source.data, `${where}.data`)}`;
  }
  if (source.type === 'url') return stringAt(source.url, `${where}.url`);
  throw new RequestTranslationError(
    `${where}.type`,
    `must be "base64" or "url"; got ${JSON.stringify(source.type)} (Anthropic file ids mean nothing to other providers)`,
  );
}

function documentPart(block: Record<string, unknown>, where: string): ChatContentPart {
  const source = objectAt(block.source, `${where}.source`);
  if (source.type === 'text') return { type: 'text', text: stringAt(source.data, `${where}.source.data`) };
  if (source.type === 'base64') {
    const mediaType = stringAt(source.media_type, `${where}.source.media_type`);
    const data = stringAt(source.data, `${where}.source.data`);
    const title = typeof block.title === 'string' && block.title !== '' ? block.title : 'document.pdf';
    return { type: 'file', file: { filename: title, file_data: `data:${mediaType};base64,${data}` } };
  }
  throw new RequestTranslationError(
    `${where}.source.type`,
    `must be "base64" or "text" for a chat completions API; got ${JSON.stringify(source.type)}`,
  );
}

function assistantTurn(content: unknown, where: string): ChatMessage {
  if (typeof content === 'string') return { role: 'assistant', content };
  let text = '';
  const toolCalls: ChatToolCall[] = [];
  arrayAt(content, where).forEach((item, index) => {
    const at = `${where}[${index}]`;
    const block = objectAt(item, at);
    switch (block.type) {
      case 'text':
        text += stringAt(block.text, `${at}.text`);
        return;
      case 'tool_use':
        toolCalls.push({
          id: stringAt(block.id, `${at}.id`),
          type: 'function',
          function: {
            name: stringAt(block.name, `${at}.name`),
            arguments: JSON.stringify(block.input ?? {}),
          },
        });
        return;
      case 'thinking':
      case 'redacted_thinking':
        // Reasoning of an earlier turn, signed for Anthropic's models only.
        return;
      default:
        throw new RequestTranslationError(
          `${at}.type`,
          `${JSON.stringify(block.type)} blocks cannot be sent to a chat completions API; use text or tool_use`,
        );
    }
  });
  const message: ChatMessage = {
    role: 'assistant',
    content: text === '' && toolCalls.length > 0 ? null : text,
  };
  if (toolCalls.length > 0) message.tool_calls = toolCalls;
  return message;
}

function translateTool(input: unknown, index: number): ChatFunctionTool {
  const where = `tools[${index}]`;
  const tool = objectAt(input, where);
  if (tool.type !== undefined && tool.type !== null && tool.type !== 'custom') {
    throw new RequestTranslationError(
      `${where}.type`,
      `Anthropic server tool ${JSON.stringify(tool.type)} has no chat completions equivalent; only custom tools (name, input_schema) can be translated`,
    );
  }
  const fn: ChatFunctionTool['function'] = {
    name: stringAt(tool.name, `${where}.name`),
    parameters: objectAt(tool.input_schema, `${where}.input_schema`),
  };
  if (tool.description !== undefined && tool.description !== null) {
    fn.description = stringAt(tool.description, `${where}.description`);
  }
  return { type: 'function', function: fn };
}

function translateToolChoice(input: unknown): { choice: ChatToolChoice; parallel: boolean | undefined } {
  const choice = objectAt(input, 'tool_choice');
  const disable = choice.disable_parallel_tool_use;
  if (disable !== undefined && typeof disable !== 'boolean') {
    throw new RequestTranslationError('tool_choice.disable_parallel_tool_use', 'must be a boolean');
  }
  const parallel = disable === true ? false : undefined;
  switch (choice.type) {
    case 'auto':
      return { choice: 'auto', parallel };
    case 'any':
      return { choice: 'required', parallel };
    case 'none':
      return { choice: 'none', parallel: undefined };
    case 'tool':
      return {
        choice: { type: 'function', function: { name: stringAt(choice.name, 'tool_choice.name') } },
        parallel,
      };
    default:
      throw new RequestTranslationError(
        'tool_choice.type',
        `must be "auto", "any", "tool" or "none"; got ${JSON.stringify(choice.type)}`,
      );
  }
}

/** Text-only content as one string, which every OpenAI-compatible server accepts; otherwise the parts. */
function plainWhenText(parts: ChatContentPart[]): string | ChatContentPart[] {
  if (!parts.every((part) => part.type === 'text')) return parts;
  return parts.map((part) => (part as { text: string }).text).join('\n');
}

/** `system` or a system message's content: a string, or text blocks joined by newlines. */
function textOf(value: unknown, where: string): string {
  if (typeof value === 'string') return value;
  return arrayAt(value, where)
    .map((item, index) => {
      const block = objectAt(item, `${where}[${index}]`);
      if (block.type !== 'text') {
        throw new RequestTranslationError(`${where}[${index}].type`, 'only text blocks are allowed here');
      }
      return stringAt(block.text, `${where}[${index}].text`);
    })
    .join('\n');
}

// A client's body may hold anything where a field goes: each is checked before use, and a wrong
// shape is a 400 naming the field, never a TypeError (a 500).

function objectAt(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RequestTranslationError(where, 'must be an object');
  }
  return value as Record<string, unknown>;
}

function arrayAt(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new RequestTranslationError(where, 'must be an array');
  return value;
}

function stringAt(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new RequestTranslationError(where, 'must be a string');
  return value;
}
