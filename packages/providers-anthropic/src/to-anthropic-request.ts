import {
  type ChatCompletionRequest,
  type ChatContentPart,
  type ChatFunctionTool,
  type ChatMessage,
  type ChatTextPart,
  type ChatToolChoice,
  RequestTranslationError,
} from '@switchyard/core';
import type {
  AnthropicMessageParam,
  AnthropicMessagesRequest,
  AnthropicRequestBlock,
  AnthropicTextBlock,
  AnthropicTool,
  AnthropicToolChoice,
} from './anthropic-types.js';

/** What the response translator must know about how the request was expressed. */
export interface TranslatedRequest {
  body: AnthropicMessagesRequest;
  /** Name of the tool standing in for `response_format`; its input is the JSON answer. */
  jsonToolName: string | undefined;
  /** The caller asked for `stream_options.include_usage`. */
  includeUsage: boolean;
}

/** Name of the tool used for `response_format: { type: 'json_object' }`. */
export const jsonObjectToolName = 'json_output';

/**
 * The Messages API body for an OpenAI chat completion request. System and developer messages
 * become `system`; tool messages become `tool_result` blocks in a user turn; consecutive turns of
 * one role are merged; `response_format` becomes a forced tool whose input is the JSON answer.
 * Parameters with no Anthropic equivalent (`frequency_penalty`, `presence_penalty`, `logit_bias`,
 * `seed`, `logprobs`, `top_logprobs`, `reasoning_effort`) are not sent.
 *
 * @throws RequestTranslationError naming the parameter that cannot be expressed.
 */
export function toAnthropicRequest(
  request: ChatCompletionRequest,
  defaultMaxTokens: number,
): TranslatedRequest {
  if (typeof request.model !== 'string' || request.model === '') {
    throw new RequestTranslationError('model', 'model must be a non-empty string');
  }
  if (!Array.isArray(request.messages)) {
    throw new RequestTranslationError('messages', 'messages must be an array');
  }
  if (request.n !== undefined && request.n !== null && request.n !== 1) {
    throw new RequestTranslationError(
      'n',
      `anthropic returns one choice per request; n must be 1, got ${request.n}`,
    );
  }
  const system: AnthropicTextBlock[] = [];
  const messages: AnthropicMessageParam[] = [];
  request.messages.forEach((message, index) => {
    translateMessage(message, `messages[${index}]`, system, messages);
  });

  const body: AnthropicMessagesRequest = {
    model: request.model,
    messages,
    max_tokens: request.max_completion_tokens ?? request.max_tokens ?? defaultMaxTokens,
  };
  if (system.length === 1) body.system = system[0]!.text;
  else if (system.length > 1) body.system = system;
  const stop = request.stop;
  if (typeof stop === 'string') body.stop_sequences = [stop];
  else if (Array.isArray(stop) && stop.length > 0) body.stop_sequences = stop;
  if (typeof request.temperature === 'number') body.temperature = request.temperature;
  if (typeof request.top_p === 'number') body.top_p = request.top_p;
  if (typeof request.top_k === 'number') body.top_k = request.top_k;
  if (typeof request.user === 'string' && request.user !== '') body.metadata = { user_id: request.user };
  if (request.stream === true) body.stream = true;

  const tools: AnthropicTool[] = arrayAt(request.tools ?? [], 'tools').map((item, index) => {
    const tool = item as Partial<ChatFunctionTool> | null;
    if (tool?.type !== 'function' || typeof tool.function?.name !== 'string') {
      throw new RequestTranslationError(`tools[${index}]`, 'only function tools with a name are supported');
    }
    const { name, parameters, description } = tool.function;
    const translated: AnthropicTool = {
      name,
      input_schema:
        parameters === undefined
          ? { type: 'object', properties: {} }
          : objectAt(parameters, `tools[${index}].function.parameters`),
    };
    if (description !== undefined) {
      if (typeof description !== 'string') {
        throw new RequestTranslationError(`tools[${index}].function.description`, 'must be a string');
      }
      translated.description = description;
    }
    return translated;
  });
  let toolChoice = translateToolChoice(request.tool_choice, request.parallel_tool_calls);

  const jsonTool = jsonOutputTool(request);
  if (jsonTool) {
    tools.push(jsonTool);
    // With tools of its own the caller keeps their tool_choice; alone, the JSON tool is forced.
    if (tools.length === 1) toolChoice = { type: 'tool', name: jsonTool.name };
  }
  if (tools.length > 0) body.tools = tools;
  if (toolChoice && (tools.length > 0 || toolChoice.type === 'none')) body.tool_choice = toolChoice;

  return {
    body,
    jsonToolName: jsonTool?.name,
    includeUsage: request.stream_options?.include_usage === true,
  };
}

function translateMessage(
  message: ChatMessage,
  where: string,
  system: AnthropicTextBlock[],
  messages: AnthropicMessageParam[],
): void {
  switch (message?.role) {
    case 'system':
    case 'developer':
      for (const text of textsOf(message.content, `${where}.content`)) system.push({ type: 'text', text });
      return;
    case 'user':
      append(messages, 'user', userContent(message.content, `${where}.content`));
      return;
    case 'assistant': {
      const blocks: AnthropicRequestBlock[] = [];
      if (message.content !== undefined && message.content !== null) {
        for (const text of textsOf(message.content, `${where}.content`)) {
          if (text !== '') blocks.push({ type: 'text', text });
        }
      }
      arrayAt(message.tool_calls ?? [], `${where}.tool_calls`).forEach((item, index) => {
        const at = `${where}.tool_calls[${index}]`;
        const call = objectAt(item, at);
        const fn = objectAt(call.function, `${at}.function`);
        blocks.push({
          type: 'tool_use',
          id: stringAt(call.id, `${at}.id`),
          name: stringAt(fn.name, `${at}.function.name`),
          input: parseArguments(fn.arguments, `${at}.function.arguments`),
        });
      });
      append(messages, 'assistant', blocks);
      return;
    }
    case 'tool': {
      const content =
        typeof message.content === 'string'
          ? message.content
          : textsOf(message.content, `${where}.content`).map(
              (text): AnthropicTextBlock => ({ type: 'text', text }),
            );
      const toolUseId = stringAt(message.tool_call_id, `${where}.tool_call_id`);
      append(messages, 'user', [{ type: 'tool_result', tool_use_id: toolUseId, content }]);
      return;
    }
    default:
      throw new RequestTranslationError(
        `${where}.role`,
        `unsupported role ${JSON.stringify((message as { role?: unknown })?.role)}`,
      );
  }
}

/** Adds a turn, merging it into the previous one when the role repeats (Anthropic alternates roles). */
function append(
  messages: AnthropicMessageParam[],
  role: 'user' | 'assistant',
  content: string | AnthropicRequestBlock[],
): void {
  const last = messages[messages.length - 1];
  if (last?.role !== role) {
    messages.push({ role, content });
    return;
  }
  last.content = [...asBlocks(last.content), ...asBlocks(content)];
}

function asBlocks(content: string | AnthropicRequestBlock[]): AnthropicRequestBlock[] {
  return typeof content === 'string' ? [{ type: 'text', text: content }] : content;
}

function textsOf(content: string | ChatTextPart[], where: string): string[] {
  if (typeof content === 'string') return [content];
  if (!Array.isArray(content))
    throw new RequestTranslationError(where, 'content must be a string or an array');
  return content.map((part, index) => {
    if (part?.type !== 'text') {
      throw new RequestTranslationError(`${where}[${index}]`, 'only text parts are allowed here');
    }
    return stringAt(part.text, `${where}[${index}].text`);
  });
}

function userContent(content: string | ChatContentPart[], where: string): string | AnthropicRequestBlock[] {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content))
    throw new RequestTranslationError(where, 'content must be a string or an array');
  return content.map((part, index): AnthropicRequestBlock => {
    const at = `${where}[${index}]`;
    switch (part?.type) {
      case 'text':
        return { type: 'text', text: stringAt(part.text, `${at}.text`) };
      case 'image_url':
        return { type: 'image', source: mediaSource(part.image_url?.url, at) };
      case 'file': {
        if (typeof part.file?.file_data !== 'string') {
          throw new RequestTranslationError(
            at,
            'file parts need file_data (a data: URL); file_id is not supported',
          );
        }
        return { type: 'document', source: mediaSource(part.file.file_data, at) };
      }
      default:
        throw new RequestTranslationError(
          at,
          `anthropic does not accept ${JSON.stringify(part?.type)} content`,
        );
    }
  });
}

const dataUrl = /^data:([^;,]+);base64,(.*)$/s;

function mediaSource(
  url: unknown,
  where: string,
): { type: 'base64'; media_type: string; data: string } | { type: 'url'; url: string } {
  if (typeof url !== 'string') throw new RequestTranslationError(where, 'a URL string is required');
  const match = dataUrl.exec(url);
  if (match) return { type: 'base64', media_type: match[1]!, data: match[2]! };
  if (url.startsWith('https://') || url.startsWith('http://')) return { type: 'url', url };
  throw new RequestTranslationError(where, 'expected a base64 data: URL or an http(s) URL');
}

function parseArguments(text: unknown, where: string): unknown {
  if (typeof text !== 'string')
    throw new RequestTranslationError(where, 'tool call arguments must be a string');
  try {
    return text === '' ? {} : JSON.parse(text);
  } catch {
    throw new RequestTranslationError(where, 'tool call arguments must be a JSON object');
  }
}

function translateToolChoice(
  choice: ChatToolChoice | undefined,
  parallelToolCalls: boolean | undefined,
): AnthropicToolChoice | undefined {
  const disableParallel = parallelToolCalls === false ? { disable_parallel_tool_use: true } : {};
  if (choice === undefined)
    return parallelToolCalls === false ? { type: 'auto', ...disableParallel } : undefined;
  if (choice === 'none') return { type: 'none' };
  if (choice === 'auto') return { type: 'auto', ...disableParallel };
  if (choice === 'required') return { type: 'any', ...disableParallel };
  if (typeof choice === 'object' && choice !== null && typeof choice.function?.name === 'string') {
    return { type: 'tool', name: choice.function.name, ...disableParallel };
  }
  throw new RequestTranslationError(
    'tool_choice',
    'expected none, auto, required or { type: "function", function: { name } }',
  );
}

function jsonOutputTool(request: ChatCompletionRequest): AnthropicTool | undefined {
  const format = request.response_format;
  if (format === undefined || format === null) return undefined;
  objectAt(format, 'response_format');
  if (format.type === 'text') return undefined;
  if (format.type === 'json_object') {
    return {
      name: jsonObjectToolName,
      description: 'Respond with a JSON object.',
      input_schema: { type: 'object', additionalProperties: true },
    };
  }
  if (format.type === 'json_schema') {
    const spec = format.json_schema;
    if (typeof spec?.name !== 'string' || spec.name === '') {
      throw new RequestTranslationError('response_format.json_schema.name', 'a schema name is required');
    }
    const tool: AnthropicTool = {
      name: spec.name,
      input_schema:
        spec.schema === undefined
          ? { type: 'object', additionalProperties: true }
          : objectAt(spec.schema, 'response_format.json_schema.schema'),
    };
    if (spec.description !== undefined && typeof spec.description !== 'string') {
      throw new RequestTranslationError('response_format.json_schema.description', 'must be a string');
    }
    tool.description = spec.description ?? 'Respond with JSON that matches this schema.';
    return tool;
  }
  throw new RequestTranslationError(
    'response_format.type',
    `expected text, json_object or json_schema, got ${JSON.stringify((format as { type?: unknown }).type)}`,
  );
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
