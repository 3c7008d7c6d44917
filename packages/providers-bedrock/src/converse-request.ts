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
  body.messages.forEach((message, index) => {
    const where = `messages[${index}]`;
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

  const tools = (body.tools ?? []).map((tool) => ({
    toolSpec: {
      name: tool.function.name,
      ...(tool.function.description === undefined ? {} : { description: tool.function.description }),
      inputSchema: { json: tool.function.parameters ?? { type: 'object', properties: {} } },
    },
  }));
  let toolChoice: ToolChoice | undefined =
    body.tool_choice === undefined || tools.length === 0 ? undefined : toToolChoice(body.tool_choice);
  const historyUsesTools = messages.some((message) =>
    message.content.some((block) => block.toolUse !== undefined || block.toolResult !== undefined),
  );

  // Converse has no JSON mode: a JSON answer is asked for as the input of a tool whose schema is
  // the wanted one, and the tool's input is returned as the message content.
  let jsonTool: string | undefined;
  const format = body.response_format;
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
    if (body.tools === undefined || body.tools.length === 0) {
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
    return { role: 'user', content: content.map((part, i) => toBlock(part, `${where}.content[${i}]`)) };
  }
  if (message.role === 'assistant') {
    const content: ContentBlock[] = [];
    if (message.content !== undefined && message.content !== null) {
      const text = textContent(message.content, `${where}.content`);
      // Converse rejects blank text blocks.
      if (text.trim() !== '') content.push({ text });
    }
    for (const [i, call] of (message.tool_calls ?? []).entries()) {
      content.push({
        toolUse: {
          toolUseId: call.id,
          name: call.function.name,
          input: parseArguments(call.function.arguments, `${where}.tool_calls[${i}].function.arguments`),
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
            toolUseId: message.tool_call_id,
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
  if (part.type === 'text') return { text: part.text };
  if (part.type === 'image_url') {
    const match = dataUrl.exec(part.image_url.url);
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
    const match = part.file.file_data ? dataUrl.exec(part.file.file_data) : null;
    const format = match ? documentFormats[match[1]!.toLowerCase()] : undefined;
    if (!match || !format) {
      throw new RequestTranslationError(
        `${where}.file`,
        'Bedrock takes files only as base64 file_data data: URLs of a document type (pdf, csv, docx, txt, ...)',
      );
    }
    // Document names allow letters, digits, spaces, hyphens, parentheses and brackets.
    const name = (part.file.filename ?? 'document').replace(/\.[^.]*$/, '').replace(/[^\w\s()[\]-]/g, '-');
    return { document: { format, name: name || 'document', source: { bytes: match[2]! } } };
  }
  throw new RequestTranslationError(
    `${where}.type`,
    `content part type ${JSON.stringify(part.type)} is not supported by Bedrock Converse`,
  );
}

function parseArguments(text: string, where: string): unknown {
  try {
    const value = JSON.parse(text === '' ? '{}' : text) as unknown;
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
    return { tool: { name: choice.function.name } };
  }
  throw new RequestTranslationError('tool_choice', `tool_choice ${JSON.stringify(choice)} is not supported`);
}

/** Tool names allow `[a-zA-Z0-9_-]{1,64}`. */
function toolName(name: string): string {
  return name.replace(/[^\w-]/g, '_').slice(0, 64) || 'json_response';
}
