import {
  type ChatCompletionRequest,
  type ChatFunctionTool,
  type ChatMessage,
  type ChatToolChoice,
  RequestTranslationError,
  type ResponseFormat,
} from '@switchyard/core';
import type { ResponseCreateRequest, ResponseFunctionTool, ResponseInputItem } from './responses-types.js';
import { type PlacedItem, toChatMessages } from './to-chat-messages.js';

/**
 * Fields a chat provider cannot serve, refused with a 400 rather than answered as if they had not
 * been asked for.
 */
const refused: Readonly<Record<string, string>> = {
  background: 'background responses are not supported by translated providers',
  conversation: 'conversations are not supported by translated providers; use previous_response_id',
  prompt: 'prompt templates are stored at OpenAI and cannot be used with translated providers',
};

/**
 * The chat completion request for a Responses request: `instructions` as the first (system)
 * message, then the earlier turns (`history`, from `previous_response_id`), then `input`; function
 * `tools` and `tool_choice` in chat's nested form; `text.format` as `response_format`;
 * `max_output_tokens` as `max_tokens` (the spelling every chat provider accepts);
 * `reasoning.effort` as `reasoning_effort`; `temperature`, `top_p`, `parallel_tool_calls` and `user`
 * as they are. A streamed request asks for usage (`stream_options.include_usage`). `metadata` and
 * `store` stay here: they describe the stored response, not the chat call. Fields that only
 * tune OpenAI's own service (`include`, `truncation`, `service_tier`, `prompt_cache_key`, ...) are
 * not sent.
 *
 * @throws RequestTranslationError naming the parameter chat cannot express.
 */
export function toChatRequest(
  body: ResponseCreateRequest,
  history: readonly ResponseInputItem[],
): ChatCompletionRequest {
  if (typeof body.model !== 'string' || body.model === '') {
    throw new RequestTranslationError('model', 'model must be a non-empty string');
  }
  for (const [field, reason] of Object.entries(refused)) {
    if (body[field] !== undefined && body[field] !== null && body[field] !== false) {
      throw new RequestTranslationError(field, reason);
    }
  }
  const metadata = body.metadata;
  if (metadata !== undefined && metadata !== null) {
    if (typeof metadata !== 'object' || Array.isArray(metadata)) {
      throw new RequestTranslationError('metadata', 'metadata must be an object of strings');
    }
    for (const [key, value] of Object.entries(metadata)) {
      if (typeof value !== 'string') throw new RequestTranslationError(`metadata.${key}`, 'must be a string');
    }
  }
  const messages: ChatMessage[] = [];
  if (body.instructions !== undefined && body.instructions !== null) {
    if (typeof body.instructions !== 'string') {
      throw new RequestTranslationError('instructions', 'instructions must be a string');
    }
    messages.push({ role: 'system', content: body.instructions });
  }
  // Stored items were checked when they were stored: an error there names the conversation.
  const placed: PlacedItem[] = history.map((item) => ({ item, param: 'previous_response_id' }));
  placed.push(...inputItems(body.input).map((item, index) => ({ item, param: `input[${index}]` })));
  messages.push(...toChatMessages(placed));
  if (!messages.some((message) => message.role !== 'system')) {
    throw new RequestTranslationError('input', 'input is required: give a string or at least one input item');
  }

  const chat: ChatCompletionRequest = { model: body.model, messages };
  if (body.stream === true) {
    chat.stream = true;
    chat.stream_options = { include_usage: true };
  }
  if (body.tools !== undefined && body.tools !== null) chat.tools = chatTools(body.tools);
  if (body.tool_choice !== undefined && body.tool_choice !== null) {
    const { choice, tools } = chatToolChoice(body.tool_choice, chat.tools);
    chat.tool_choice = choice;
    if (tools) chat.tools = tools;
  }
  if (typeof body.parallel_tool_calls === 'boolean') chat.parallel_tool_calls = body.parallel_tool_calls;
  const format = responseFormat(body.text);
  if (format) chat.response_format = format;
  if (body.max_output_tokens !== undefined && body.max_output_tokens !== null) {
    if (!Number.isInteger(body.max_output_tokens) || body.max_output_tokens < 1) {
      throw new RequestTranslationError('max_output_tokens', 'max_output_tokens must be an integer >= 1');
    }
    chat.max_tokens = body.max_output_tokens;
  }
  copyNumber(body, chat, 'temperature');
  copyNumber(body, chat, 'top_p');
  const effort = body.reasoning?.effort;
  if (typeof effort === 'string') chat.reasoning_effort = effort as ChatCompletionRequest['reasoning_effort'];
  if (typeof body.user === 'string' && body.user !== '') chat.user = body.user;
  return chat;
}

/**
 * `input` as a list of items: a string is one user message (as OpenAI reads it), absent is none.
 *
 * @throws RequestTranslationError when `input` is neither a string nor an array.
 */
export function inputItems(input: ResponseCreateRequest['input']): ResponseInputItem[] {
  if (input === undefined || input === null) return [];
  if (typeof input === 'string') return [{ type: 'message', role: 'user', content: input }];
  if (!Array.isArray(input))
    throw new RequestTranslationError('input', 'input must be a string or an array of items');
  return input;
}

function chatTools(tools: unknown): ChatFunctionTool[] {
  if (!Array.isArray(tools)) throw new RequestTranslationError('tools', 'tools must be an array');
  return tools.map((tool: Partial<ResponseFunctionTool> | null, index) => {
    if (tool?.type !== 'function') {
      throw new RequestTranslationError(
        `tools[${index}].type`,
        `only function tools can be translated to chat completions; got ${JSON.stringify(tool?.type)}`,
      );
    }
    if (typeof tool.name !== 'string' || tool.name === '') {
      throw new RequestTranslationError(`tools[${index}].name`, 'a function tool needs a name');
    }
    const fn: ChatFunctionTool['function'] = { name: tool.name };
    if (typeof tool.description === 'string') fn.description = tool.description;
    if (tool.parameters !== undefined && tool.parameters !== null) fn.parameters = tool.parameters;
    if (typeof tool.strict === 'boolean') fn.strict = tool.strict;
    return { type: 'function', function: fn };
  });
}

/**
 * Chat's `tool_choice`; `allowed_tools` becomes its `mode` with the tool list cut down to the
 * tools it allows, which is what chat can say.
 */
function chatToolChoice(
  choice: unknown,
  tools: ChatFunctionTool[] | undefined,
): { choice: ChatToolChoice; tools?: ChatFunctionTool[] } {
  if (choice === 'none' || choice === 'auto' || choice === 'required') return { choice };
  const value = (typeof choice === 'object' && choice !== null ? choice : {}) as Record<string, unknown>;
  if (value.type === 'function' && typeof value.name === 'string') {
    return { choice: { type: 'function', function: { name: value.name } } };
  }
  if (value.type === 'allowed_tools' && Array.isArray(value.tools)) {
    const mode = value.mode === 'required' ? 'required' : 'auto';
    const allowed = new Set(
      value.tools.map((tool: { type?: unknown; name?: unknown }, index) => {
        if (tool?.type !== 'function' || typeof tool.name !== 'string') {
          throw new RequestTranslationError(
            `tool_choice.tools[${index}]`,
            'only function tools ({ type: "function", name }) can be allowed',
          );
        }
        return tool.name;
      }),
    );
    return { choice: mode, tools: (tools ?? []).filter((tool) => allowed.has(tool.function.name)) };
  }
  throw new RequestTranslationError(
    'tool_choice',
    `tool_choice must be none, auto, required, { type: "function", name } or allowed function tools; got ${JSON.stringify(choice)}`,
  );
}

function responseFormat(text: ResponseCreateRequest['text']): ResponseFormat | undefined {
  const format = text?.format as Record<string, unknown> | undefined;
  if (format === undefined || format === null || format.type === 'text') return undefined;
  if (format.type === 'json_object') return { type: 'json_object' };
  if (format.type === 'json_schema') {
    if (typeof format.name !== 'string' || format.name === '') {
      throw new RequestTranslationError('text.format.name', 'a json_schema format needs a name');
    }
    if (typeof format.schema !== 'object' || format.schema === null) {
      throw new RequestTranslationError('text.format.schema', 'a json_schema format needs a schema object');
    }
    const schema: Extract<ResponseFormat, { type: 'json_schema' }>['json_schema'] = {
      name: format.name,
      schema: format.schema as Record<string, unknown>,
    };
    if (typeof format.description === 'string') schema.description = format.description;
    if (typeof format.strict === 'boolean') schema.strict = format.strict;
    return { type: 'json_schema', json_schema: schema };
  }
  throw new RequestTranslationError(
    'text.format.type',
    `text.format.type must be text, json_object or json_schema; got ${JSON.stringify(format.type)}`,
  );
}

function copyNumber(
  body: ResponseCreateRequest,
  chat: ChatCompletionRequest,
  field: 'temperature' | 'top_p',
): void {
  const value = body[field];
  if (value === undefined || value === null) return;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RequestTranslationError(field, `${field} must be a number`);
  }
  chat[field] = value;
}
