import {
  type ChatCompletionRequest,
  type ChatContentPart,
  type ChatMessage,
  RequestTranslationError,
} from '@switchyard/core';
import type {
  CohereChatRequest,
  CohereImageContent,
  CohereMessage,
  CohereTextContent,
  CohereTool,
} from './cohere-types.js';

/** A chat request in Cohere's v2 shape, with what the answer's translation needs to know. */
export interface TranslatedChat {
  body: CohereChatRequest;
  /** Send usage in a last chunk with empty `choices` (OpenAI's `stream_options.include_usage`). */
  includeUsage: boolean;
}

/** Cohere's own chat parameters, which an OpenAI-shaped request may carry too (as Portkey passes them on). */
const cohereParams = ['documents', 'citation_options', 'safety_mode', 'k', 'thinking', 'priority'] as const;

/**
 * OpenAI's chat completion request as Cohere's `POST /v2/chat` body: system, developer, user,
 * assistant (tool calls included) and tool messages keep their roles; `tools` keep OpenAI's
 * function form; `tool_choice` `required`/`none` become `REQUIRED`/`NONE` and a named function
 * narrows `tools` to it; `response_format` becomes `json_object` (with the schema as `json_schema`);
 * `top_p` becomes `p`, `stop` `stop_sequences`, `max_completion_tokens` `max_tokens`. Cohere's own
 * parameters (`documents`, `citation_options`, `safety_mode`, `k`, `thinking`, `priority`) are
 * passed on. Parameters with no Cohere equivalent (`logit_bias`, `logprobs`, `top_logprobs`, `user`,
 * `reasoning_effort`, ...) are not sent.
 *
 * @throws RequestTranslationError naming the parameter Cohere cannot take (`n` above 1, audio or
 *   file parts, ...).
 */
export function toCohereChat(request: ChatCompletionRequest): TranslatedChat {
  if (typeof request.model !== 'string' || request.model === '') {
    throw new RequestTranslationError('model', 'model must be a non-empty string');
  }
  if (!Array.isArray(request.messages)) throw new RequestTranslationError('messages', 'must be an array');
  if (request.n !== undefined && request.n !== null && request.n !== 1) {
    throw new RequestTranslationError('n', 'Cohere answers one choice: n must be 1');
  }
  const body: CohereChatRequest = {
    model: request.model,
    messages: request.messages.map((message, index) => toCohereMessage(message, `messages[${index}]`)),
  };
  if (request.stream === true) body.stream = true;
  const tools = toCohereTools(request);
  if (tools.length > 0) body.tools = tools;
  if (request.tools?.some((tool) => tool.function?.strict === true)) body.strict_tools = true;
  const choice = request.tool_choice;
  if (choice === 'required' || (typeof choice === 'object' && choice !== null)) body.tool_choice = 'REQUIRED';
  else if (choice === 'none') body.tool_choice = 'NONE';
  const format = request.response_format;
  if (format?.type === 'json_object') body.response_format = { type: 'json_object' };
  else if (format?.type === 'json_schema') {
    body.response_format = format.json_schema?.schema
      ? { type: 'json_object', json_schema: format.json_schema.schema }
      : { type: 'json_object' };
  }
  const maxTokens = request.max_completion_tokens ?? request.max_tokens;
  if (typeof maxTokens === 'number') body.max_tokens = maxTokens;
  if (typeof request.stop === 'string') body.stop_sequences = [request.stop];
  else if (Array.isArray(request.stop)) body.stop_sequences = request.stop;
  if (typeof request.temperature === 'number') body.temperature = request.temperature;
  if (typeof request.top_p === 'number') body.p = request.top_p;
  if (typeof request.seed === 'number') body.seed = request.seed;
  if (typeof request.frequency_penalty === 'number') body.frequency_penalty = request.frequency_penalty;
  if (typeof request.presence_penalty === 'number') body.presence_penalty = request.presence_penalty;
  for (const param of cohereParams) {
    if (request[param] !== undefined) (body as unknown as Record<string, unknown>)[param] = request[param];
  }
  return { body, includeUsage: request.stream_options?.include_usage === true };
}

function toCohereTools(request: ChatCompletionRequest): CohereTool[] {
  if (request.tools === undefined) return [];
  if (!Array.isArray(request.tools)) throw new RequestTranslationError('tools', 'must be an array');
  const tools = request.tools.map((tool, index): CohereTool => {
    if (tool?.type !== 'function' || typeof tool.function?.name !== 'string') {
      throw new RequestTranslationError(`tools[${index}]`, 'only function tools with a name are supported');
    }
    return {
      type: 'function',
      function: {
        name: tool.function.name,
        ...(tool.function.description === undefined ? {} : { description: tool.function.description }),
        parameters: tool.function.parameters ?? { type: 'object', properties: {} },
      },
    };
  });
  const choice = request.tool_choice;
  if (typeof choice !== 'object' || choice === null) return tools;
  // Cohere cannot name the tool to call: REQUIRED with only that tool offered comes to the same.
  const named = tools.filter((tool) => tool.function.name === choice.function?.name);
  if (named.length === 0) {
    throw new RequestTranslationError('tool_choice.function.name', 'names no tool in tools');
  }
  return named;
}

function toCohereMessage(message: ChatMessage, where: string): CohereMessage {
  if (typeof message !== 'object' || message === null) {
    throw new RequestTranslationError(where, 'must be an object');
  }
  switch (message.role) {
    case 'system':
    case 'developer':
      return { role: 'system', content: textOnly(message.content, `${where}.content`) };
    case 'user':
      return { role: 'user', content: userContent(message.content, `${where}.content`) };
    case 'assistant': {
      const out: Extract<CohereMessage, { role: 'assistant' }> = { role: 'assistant' };
      if (message.content !== undefined && message.content !== null && message.content !== '') {
        out.content = textOnly(message.content, `${where}.content`);
      }
      if (Array.isArray(message.tool_calls) && message.tool_calls.length > 0) {
        out.tool_calls = message.tool_calls.map((call, index) => {
          if (typeof call?.function?.arguments !== 'string') {
            throw new RequestTranslationError(
              `${where}.tool_calls[${index}].function.arguments`,
              'must be a string',
            );
          }
          return {
            id: call.id,
            type: 'function',
            function: { name: call.function.name, arguments: call.function.arguments },
          };
        });
      }
      return out;
    }
    case 'tool':
      if (typeof message.tool_call_id !== 'string') {
        throw new RequestTranslationError(`${where}.tool_call_id`, 'must be a string');
      }
      return {
        role: 'tool',
        tool_call_id: message.tool_call_id,
        content: textOnly(message.content, `${where}.content`),
      };
    default:
      throw new RequestTranslationError(
        `${where}.role`,
        `must be system, developer, user, assistant or tool; got ${JSON.stringify((message as { role?: unknown }).role)}`,
      );
  }
}

function textOnly(content: unknown, where: string): string | CohereTextContent[] {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) throw new RequestTranslationError(where, 'must be a string or an array');
  return content.map((part, index) => {
    if (part?.type !== 'text' || typeof part.text !== 'string') {
      throw new RequestTranslationError(`${where}[${index}]`, 'only text parts are allowed here');
    }
    return { type: 'text', text: part.text };
  });
}

function userContent(
  content: unknown,
  where: string,
): string | Array<CohereTextContent | CohereImageContent> {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) throw new RequestTranslationError(where, 'must be a string or an array');
  return (content as ChatContentPart[]).map((part, index) => {
    if (part?.type === 'text' && typeof part.text === 'string') return { type: 'text', text: part.text };
    if (part?.type === 'image_url' && typeof part.image_url?.url === 'string') {
      return {
        type: 'image_url',
        image_url: {
          url: part.image_url.url,
          ...(part.image_url.detail === undefined ? {} : { detail: part.image_url.detail }),
        },
      };
    }
    throw new RequestTranslationError(`${where}[${index}]`, 'Cohere takes text and image_url parts only');
  });
}
