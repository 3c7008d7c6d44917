import {
  type ChatCompletionRequest,
  type ChatContentPart,
  type ChatMessage,
  type ChatToolChoice,
  RequestTranslationError,
} from '@switchyard/core';
import { textContent } from '@switchyard/core/internal';
import type {
  ContentBlock,
  ConverseMessage,
  ConverseRequest,
  ImageFormat,
  ToolChoice,
} from './converse-types.js';
import { supportsForcedToolChoice } from './model-family.js';

/** A Converse body, and the name of the tool that carries a JSON answer (`response_format`), if any. */
export interface ConverseTranslation {
  request: ConverseRequest;
  jsonTool: string | undefined;
}

/** The Converse body equivalent to an OpenAI chat completion request for `modelId`. */
export function toConverseRequest(body: ChatCompletionRequest, modelId: string): ConverseTranslation {
  if (!Array.isArray(body.messages))
    throw new RequestTranslationError('messages', 'messages must be an array');
  const system: Array<{ text: string }> = [];
  const messages: ConverseMessage[] = [];
  body.messages.forEach((item, index) => {
    const where = `messages[${index}]`;
    const message = objectAt(item, where) as unknown as ChatMessage;
    if (message.role === 'system' || message.role === 'developer') {
      system.push({ text: textContent(message.content, `${where}.content`) });
      return;
    }
    const converted = toMessage(message, where);
    const last = messages.at(-1);
    // Converse wants alternating roles; parallel tool results must share one user message.
    if (last && last.role === converted.role) last.content.push(...converted.content);
    else messages.push(converted);
  });

  const request: ConverseRequest = { messages };
  const inference: NonNullable<ConverseRequest['inferenceConfig']> = {};
  const maxTokens = body.max_completion_tokens ?? body.max_tokens;
  if (typeof maxTokens === 'number') inference.maxTokens = maxTokens;
  if (typeof body.temperature === 'number') inference.temperature = body.temperature;
  if (typeof body.top_p === 'number') inference.topP = body.top_p;
  if (typeof body.stop === 'string') inference.stopSequences = [body.stop];
  else if (Array.isArray(body.stop)) inference.stopSequences = body.stop;
  if (Object.keys(inference).length > 0) request.inferenceConfig = inference;
  if (typeof body['top_k'] === 'number') request.additionalModelRequestFields = { top_k: body['top_k'] };

  const tools = arrayAt(body.tools ?? [], 'tools').map((tool, index) => {
    const fn = objectAt(objectAt(tool, `tools[${index}]`).function, `tools[${index}].function`);
    const description = fn.description;
    if (description !== undefined && typeof description !== 'string') {
      throw new RequestTranslationError(`tools[${index}].function.description`, 'must be a string');
    }
    return {
      toolSpec: {
        name: stringAt(fn.name, `tools[${index}].function.name`),
        ...(description === undefined ? {} : { description }),
        inputSchema: {
          json:
            fn.parameters === undefined
              ? { type: 'object', properties: {} }
              : objectAt(fn.parameters, `tools[${index}].function.parameters`),
        },
      },
    };
  });
  let toolChoice: ToolChoice | undefined =
    body.tool_choice === undefined || tools.length === 0 ? undefined : toToolChoice(body.tool_choice);
  const historyUsesTools = messages.some((message) =>
    message.content.some((block) => block.toolUse !== undefined || block.toolResult !== undefined),
  );

  // Converse has no JSON mode: a JSON answer is asked for as the input of a tool whose schema is
  // the wanted one, and the tool's input is returned as the message content.
  let jsonTool: string | undefined;
  const format = body.response_format;
  if (format !== undefined && format !== null) objectAt(format, 'response_format');
  if (format?.type === 'json_schema') {
    const spec = objectAt(format.json_schema, 'response_format.json_schema');
    stringAt(spec.name, 'response_format.json_schema.name');
    if (spec.description !== undefined && typeof spec.description !== 'string') {
      throw new RequestTranslationError('response_format.json_schema.description', 'must be a string');
    }
    if (spec.schema !== undefined) objectAt(spec.schema, 'response_format.json_schema.schema');
  }
  if (format?.type === 'json_object' || format?.type === 'json_schema') {
    jsonTool = format.type === 'json_schema' ? toolName(format.json_schema.name) : 'json_object';
    tools.push({
      toolSpec: {
        name: jsonTool,
        description:
          format.type === 'json_schema' && format.json_schema.description
            ? format.json_schema.description
            : 'Give the answer as this tool input.',
        inputSchema: {
          json: (format.type === 'json_schema' && format.json_schema.schema) || { type: 'object' },
        },
      },
    });
    if (!Array.isArray(body.tools) || body.tools.length === 0) {
      if (supportsForcedToolChoice(modelId)) toolChoice = { tool: { name: jsonTool } };
      else system.push({ text: `Answer only by calling the ${jsonTool} tool.` });
    }
  }
  if (system.length > 0) request.system = system;
  if (body.tool_choice === 'none' && jsonTool === undefined && !historyUsesTools) {
    // Converse cannot forbid tool use; not offering the tools has the same effect.
    return { request, jsonTool };
  }
  if (tools.length > 0) {
    request.toolConfig = { tools };
    if (toolChoice !== undefined) request.toolConfig.toolChoice = toolChoice;
  }
  return { request, jsonTool };
}

function toMessage(message: ChatMessage, where: string): ConverseMessage {
  if (message.role === 'user') {
    const content = message.content;
    if (typeof content === 'string') return { role: 'user', content: [{ text: content }] };
    if (!Array.isArray(content)) throw new RequestTranslationError(`${where}.content`, 'content is missing');
    return {
      role: 'user',
      content: content.map((part, i) => {
        const at = `${where}.content[${i}]`;
        return toBlock(objectAt(part, at) as unknown as ChatContentPart, at);
      }),
    };
  }
  if (message.role === 'assistant') {
    const content: ContentBlock[] = [];
    if (message.content !== undefined && message.content !== null) {
      const text = textContent(message.content, `${where}.content`);
      // Converse rejects blank text blocks.
      if (text.trim() !== '') content.push({ text });
    }
    const calls = message.tool_calls ?? [];
    for (const [i, item] of arrayAt(calls, `${where}.tool_calls`).entries()) {
      const at = `${where}.tool_calls[${i}]`;
      const call = objectAt(item, at);
      const fn = objectAt(call.function, `${at}.function`);
      content.push({
        toolUse: {
          toolUseId: stringAt(call.id, `${at}.id`),
          name: stringAt(fn.name, `${at}.function.name`),
          input: parseArguments(fn.arguments, `${at}.function.arguments`),
        },
      });
    }
    if (content.length === 0) {
      throw new RequestTranslationError(`${where}.content`, 'an assistant message needs text or tool_calls');
    }
    return { role: 'assistant', content };
  }
  if (message.role === 'tool') {
    return {
      role: 'user',
      content: [
        {
          toolResult: {
            toolUseId: stringAt(message.tool_call_id, `${where}.tool_call_id`),
            content: [{ text: textContent(message.content, `${where}.content`) }],
          },
        },
      ],
    };
  }
  throw new RequestTranslationError(
    `${where}.role`,
    `role ${JSON.stringify((message as { role: unknown }).role)} is not supported`,
  );
}

const dataUrl = /^data:([^;,]+)(?:;[^,]*)?;base64,(.*)$/s;

const imageFormats: Record<string, ImageFormat> = {
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/jpg': 'jpeg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

const documentFormats: Record<string, string> = {
  'application/pdf': 'pdf',
  'text/csv': 'csv',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'text/html': 'html',
  'text/plain': 'txt',
  'text/markdown': 'md',
};

function toBlock(part: ChatContentPart, where: string): ContentBlock {
  if (part.type === 'text') return { text: stringAt(part.text, `${where}.text`) };
  if (part.type === 'image_url') {
    const url = objectAt(part.image_url, `${where}.image_url`).url;
    const match = typeof url === 'string' ? dataUrl.exec(url) : null;
    const format = match ? imageFormats[match[1]!.toLowerCase()] : undefined;
    if (!match || !format) {
      throw new RequestTranslationError(
        `${where}.image_url.url`,
        'Bedrock takes images only as base64 data: URLs of PNG, JPEG, GIF or WebP',
      );
    }
    return { image: { format, source: { bytes: match[2]! } } };
  }
  if (part.type === 'file') {
    const file = objectAt(part.file, `${where}.file`);
    const match = typeof file.file_data === 'string' ? dataUrl.exec(file.file_data) : null;
    const format = match ? documentFormats[match[1]!.toLowerCase()] : undefined;
    if (!match || !format) {
      throw new RequestTranslationError(
        `${where}.file`,
        'Bedrock takes files only as base64 file_data data: URLs of a document type (pdf, csv, docx, txt, ...)',
      );
    }
    // Document names allow letters, digits, spaces, hyphens, parentheses and brackets.
    const filename = typeof file.filename === 'string' ? file.filename : 'document';
    const name = filename.replace(/\.[^.]*$/, '').replace(/[^\w\s()[\]-]/g, '-');
    return { document: { format, name: name || 'document', source: { bytes: match[2]! } } };
  }
  throw new RequestTranslationError(
    `${where}.type`,
    `content part type ${JSON.stringify(part.type)} is not supported by Bedrock Converse`,
  );
}

function parseArguments(text: unknown, where: string): unknown {
  try {
    const value = typeof text === 'string' ? (JSON.parse(text === '' ? '{}' : text) as unknown) : undefined;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
  } catch {
    // reported below
  }
  throw new RequestTranslationError(where, 'arguments must be a JSON object');
}

function toToolChoice(choice: ChatToolChoice): ToolChoice | undefined {
  if (choice === 'auto' || choice === 'none') return choice === 'auto' ? { auto: {} } : undefined;
  if (choice === 'required') return { any: {} };
  if (typeof choice === 'object' && choice !== null && choice.type === 'function') {
    const fn = objectAt(choice.function, 'tool_choice.function');
    return { tool: { name: stringAt(fn.name, 'tool_choice.function.name') } };
  }
  throw new RequestTranslationError('tool_choice', `tool_choice ${JSON.stringify(choice)} is not supported`);
}

/** Tool names allow `[a-zA-Z0-9_-]{1,64}`. */
function toolName(name: string): string {
  return name.replace(/[^\w-]/g, '_').slice(0, 64) || 'json_response';
}

// A client's body may hold anything where a field goes: each is checked before use, and a wrong
// shape is a 400 naming the field, never a TypeError (a 500).

function objectAt(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RequestTranslationError(where, `${where} must be an object`);
  }
  return value as Record<string, unknown>;
}

function arrayAt(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new RequestTranslationError(where, `${where} must be an array`);
  return value;
}

function stringAt(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new RequestTranslationError(where, `${where} must be a string`);
  return value;
}
