import {
  type ChatCompletionRequest,
  type ChatContentPart,
  type ChatMessage,
  type ChatToolChoice,
  RequestTranslationError,
} from '@switchyard/core';
import { textContent } from '@switchyard/core/internal';
import { toGeminiSchema } from './gemini-schema.js';
import type {
  GeminiContent,
  GeminiGenerationConfig,
  GeminiPart,
  GenerateContentRequest,
} from './gemini-types.js';

/** The `generateContent` body equivalent to an OpenAI chat completion request. */
export function toGenerateContentRequest(body: ChatCompletionRequest): GenerateContentRequest {
  if (!Array.isArray(body.messages))
    throw new RequestTranslationError('messages', 'messages must be an array');
  const system: GeminiPart[] = [];
  const contents: GeminiContent[] = [];
  const toolNames = new Map<string, string>();
  body.messages.forEach((message, index) => {
    const where = `messages[${index}]`;
    if (message.role === 'system' || message.role === 'developer') {
      system.push({ text: textContent(message.content, `${where}.content`) });
      return;
    }
    const content = toContent(message, where, toolNames);
    const last = contents.at(-1);
    // Gemini wants turns to alternate; parallel tool results, for one, must share one `user` turn.
    if (last && last.role === content.role) last.parts.push(...content.parts);
    else contents.push(content);
  });
  const request: GenerateContentRequest = { contents };
  if (system.length > 0) request.systemInstruction = { parts: system };
  if (body.tools && body.tools.length > 0) {
    request.tools = [
      {
        functionDeclarations: body.tools.map((tool) => ({
          name: tool.function.name,
          ...(tool.function.description === undefined ? {} : { description: tool.function.description }),
          ...(tool.function.parameters === undefined
            ? {}
            : { parameters: toGeminiSchema(tool.function.parameters) }),
        })),
      },
    ];
  }
  if (body.tool_choice !== undefined && body.tools && body.tools.length > 0) {
    request.toolConfig = { functionCallingConfig: toFunctionCallingConfig(body.tool_choice) };
  }
  const generationConfig = toGenerationConfig(body);
  if (Object.keys(generationConfig).length > 0) request.generationConfig = generationConfig;
  return request;
}

function toContent(message: ChatMessage, where: string, toolNames: Map<string, string>): GeminiContent {
  if (message.role === 'user') {
    const content = message.content;
    if (typeof content === 'string') return { role: 'user', parts: [{ text: content }] };
    if (!Array.isArray(content)) throw new RequestTranslationError(`${where}.content`, 'content is missing');
    return { role: 'user', parts: content.map((part, i) => toPart(part, `${where}.content[${i}]`)) };
  }
  if (message.role === 'assistant') {
    const parts: GeminiPart[] = [];
    if (message.content !== undefined && message.content !== null) {
      const text = textContent(message.content, `${where}.content`);
      if (text !== '') parts.push({ text });
    }
    for (const [i, call] of (message.tool_calls ?? []).entries()) {
      toolNames.set(call.id, call.function.name);
      parts.push({
        functionCall: { name: call.function.name, args: parseArguments(call.function.arguments, where, i) },
      });
    }
    if (parts.length === 0) parts.push({ text: '' });
    return { role: 'model', parts };
  }
  if (message.role === 'tool') {
    const name = toolNames.get(message.tool_call_id);
    if (name === undefined) {
      throw new RequestTranslationError(
        `${where}.tool_call_id`,
        `tool_call_id ${JSON.stringify(message.tool_call_id)} matches no earlier assistant tool call; Gemini needs the function name`,
      );
    }
    const text = textContent(message.content, `${where}.content`);
    return { role: 'user', parts: [{ functionResponse: { name, response: toFunctionResponse(text) } }] };
  }
  throw new RequestTranslationError(
    `${where}.role`,
    `role ${JSON.stringify((message as { role: unknown }).role)} is not supported`,
  );
}

function toPart(part: ChatContentPart, where: string): GeminiPart {
  switch (part.type) {
    case 'text':
      return { text: part.text };
    case 'image_url':
      return mediaPart(part.image_url.url, `${where}.image_url.url`);
    case 'input_audio':
      return { inlineData: { mimeType: `audio/${part.input_audio.format}`, data: part.input_audio.data } };
    case 'file':
      if (part.file.file_data) return mediaPart(part.file.file_data, `${where}.file.file_data`);
      throw new RequestTranslationError(`${where}.file`, 'Gemini accepts files only as file_data data: URLs');
    default:
      throw new RequestTranslationError(
        `${where}.type`,
        `content part type ${JSON.stringify((part as { type: unknown }).type)} is not supported`,
      );
  }
}

const dataUrl = /^data:([^;,]+)(?:;[^,]*)?;base64,(.*)$/s;

/** A `data:` URL becomes inline bytes; any other URL (https, gs) a `fileData` reference. */
function mediaPart(url: string, where: string): GeminiPart {
  const match = dataUrl.exec(url);
  if (match) return { inlineData: { mimeType: match[1]!, data: match[2]! } };
  if (url.startsWith('data:')) throw new RequestTranslationError(where, 'data: URLs must be base64-encoded');
  return { fileData: { mimeType: mimeTypeOf(url), fileUri: url } };
}

const extensionTypes: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  heic: 'image/heic',
  pdf: 'application/pdf',
  mp3: 'audio/mp3',
  wav: 'audio/wav',
  mp4: 'video/mp4',
};

function mimeTypeOf(url: string): string {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return extensionTypes[extension] ?? 'image/jpeg';
}

function parseArguments(text: string, where: string, index: number): Record<string, unknown> {
  try {
    const value = JSON.parse(text === '' ? '{}' : text) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
  } catch {
    // reported below
  }
  throw new RequestTranslationError(
    `${where}.tool_calls[${index}].function.arguments`,
    'arguments must be a JSON object',
  );
}

/** A tool result that is a JSON object is sent as is; anything else as `{ content: value }`. */
function toFunctionResponse(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
    return { content: value };
  } catch {
    return { content: text };
  }
}

function toFunctionCallingConfig(
  choice: ChatToolChoice,
): NonNullable<GenerateContentRequest['toolConfig']>['functionCallingConfig'] {
  if (choice === 'none') return { mode: 'NONE' };
  if (choice === 'auto') return { mode: 'AUTO' };
  if (choice === 'required') return { mode: 'ANY' };
  if (typeof choice === 'object' && choice !== null && choice.type === 'function') {
    return { mode: 'ANY', allowedFunctionNames: [choice.function.name] };
  }
  throw new RequestTranslationError('tool_choice', `tool_choice ${JSON.stringify(choice)} is not supported`);
}

function toGenerationConfig(body: ChatCompletionRequest): GeminiGenerationConfig {
  const config: GeminiGenerationConfig = {};
  if (typeof body.temperature === 'number') config.temperature = body.temperature;
  if (typeof body.top_p === 'number') config.topP = body.top_p;
  if (typeof body['top_k'] === 'number') config.topK = body['top_k'];
  const maxTokens = body.max_completion_tokens ?? body.max_tokens;
  if (typeof maxTokens === 'number') config.maxOutputTokens = maxTokens;
  if (typeof body.stop === 'string') config.stopSequences = [body.stop];
  else if (Array.isArray(body.stop)) config.stopSequences = body.stop;
  if (typeof body.n === 'number' && body.n !== 1) config.candidateCount = body.n;
  if (typeof body.presence_penalty === 'number') config.presencePenalty = body.presence_penalty;
  if (typeof body.frequency_penalty === 'number') config.frequencyPenalty = body.frequency_penalty;
  if (typeof body.seed === 'number') config.seed = body.seed;
  const format = body.response_format;
  if (format?.type === 'json_object') config.responseMimeType = 'application/json';
  else if (format?.type === 'json_schema') {
    config.responseMimeType = 'application/json';
    if (format.json_schema.schema) config.responseSchema = toGeminiSchema(format.json_schema.schema);
  }
  return config;
}
