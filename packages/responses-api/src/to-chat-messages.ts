import {
  type ChatAssistantMessage,
  type ChatContentPart,
  type ChatMessage,
  type ChatToolCall,
  RequestTranslationError,
} from '@switchyard/core';

/** An input item and the request parameter that names it in errors (`input[2]`). */
export interface PlacedItem {
  item: unknown;
  param: string;
}

/**
 * Chat messages for Responses input items, in order: messages keep their role (`developer`
 * becomes `system`, the role every chat provider knows), `function_call` items become an
 * assistant message's `tool_calls` (joined to the assistant message just before them, as chat
 * writes one turn), `function_call_output` items become `tool` messages, and `reasoning` items are
 * skipped (chat has no place for them).
 *
 * @throws RequestTranslationError naming the item (`input[2].content[0].type`) that chat cannot express.
 */
export function toChatMessages(items: readonly PlacedItem[]): ChatMessage[] {
  const messages: ChatMessage[] = [];
  for (const { item, param } of items) {
    const value = objectAt(item, param);
    const type = value.type ?? ('role' in value ? 'message' : undefined);
    switch (type) {
      case 'message':
        messages.push(message(value, param));
        break;
      case 'function_call':
        addToolCall(messages, {
          id: stringAt(value.call_id, `${param}.call_id`),
          type: 'function',
          function: {
            name: stringAt(value.name, `${param}.name`),
            arguments: stringAt(value.arguments, `${param}.arguments`),
          },
        });
        break;
      case 'function_call_output':
        messages.push({
          role: 'tool',
          tool_call_id: stringAt(value.call_id, `${param}.call_id`),
          content: toolOutput(value.output, `${param}.output`),
        });
        break;
      case 'reasoning':
        break;
      case 'item_reference':
        throw new RequestTranslationError(
          `${param}.type`,
          'item references cannot be resolved for a chat provider: send the item itself, or continue with previous_response_id',
        );
      default:
        throw new RequestTranslationError(
          `${param}.type`,
          `${JSON.stringify(type)} input items cannot be translated to chat completions; supported: message, function_call, function_call_output, reasoning (skipped)`,
        );
    }
  }
  return messages;
}

function message(value: Record<string, unknown>, param: string): ChatMessage {
  const role = value.role;
  const content = value.content;
  switch (role) {
    case 'user':
      return { role: 'user', content: userContent(content, `${param}.content`) };
    case 'system':
    case 'developer':
      return { role: 'system', content: texts(content, `${param}.content`, ['input_text']) };
    case 'assistant':
      return {
        role: 'assistant',
        content: texts(content, `${param}.content`, ['output_text', 'input_text', 'refusal']),
      };
    default:
      throw new RequestTranslationError(
        `${param}.role`,
        `role must be user, assistant, system or developer; got ${JSON.stringify(role)}`,
      );
  }
}

/** Joins a call to the assistant turn just before it, or starts an assistant turn of its own. */
function addToolCall(messages: ChatMessage[], call: ChatToolCall): void {
  const last = messages[messages.length - 1];
  if (last?.role === 'assistant') {
    const turn = last as ChatAssistantMessage;
    turn.tool_calls = [...(turn.tool_calls ?? []), call];
    return;
  }
  messages.push({ role: 'assistant', content: null, tool_calls: [call] });
}

function userContent(content: unknown, param: string): string | ChatContentPart[] {
  if (typeof content === 'string') return content;
  return arrayAt(content, param).map((part, index): ChatContentPart => {
    const at = `${param}[${index}]`;
    const value = objectAt(part, at);
    switch (value.type) {
      case 'input_text':
      case 'output_text':
        return { type: 'text', text: stringAt(value.text, `${at}.text`) };
      case 'input_image': {
        if (typeof value.image_url !== 'string' || value.image_url === '') {
          throw new RequestTranslationError(
            `${at}.image_url`,
            'an image needs image_url (a URL or a data: URL); file ids cannot be sent to a chat provider',
          );
        }
        const detail = value.detail;
        return {
          type: 'image_url',
          image_url:
            detail === 'low' || detail === 'high' || detail === 'auto'
              ? { url: value.image_url, detail }
              : { url: value.image_url },
        };
      }
      case 'input_file': {
        if (typeof value.file_data !== 'string' || value.file_data === '') {
          throw new RequestTranslationError(
            `${at}.file_data`,
            'a file needs file_data (a data: URL); file ids and file URLs cannot be sent to a chat provider',
          );
        }
        const file: { file_data: string; filename?: string } = { file_data: value.file_data };
        if (typeof value.filename === 'string') file.filename = value.filename;
        return { type: 'file', file };
      }
      default:
        throw new RequestTranslationError(
          `${at}.type`,
          `${JSON.stringify(value.type)} content cannot be translated to chat completions; supported: input_text, input_image, input_file`,
        );
    }
  });
}

/** The text of a content list whose parts must all be text of one of `types` (joined). */
function texts(content: unknown, param: string, types: readonly string[]): string {
  if (typeof content === 'string') return content;
  return arrayAt(content, param)
    .map((part, index) => {
      const at = `${param}[${index}]`;
      const value = objectAt(part, at);
      if (typeof value.type !== 'string' || !types.includes(value.type)) {
        throw new RequestTranslationError(
          `${at}.type`,
          `only ${types.join(', ')} content is allowed here; got ${JSON.stringify(value.type)}`,
        );
      }
      return stringAt(value.type === 'refusal' ? value.refusal : value.text, at);
    })
    .join('');
}

/** A function's output: a string, or text parts (chat tool messages hold text only). */
function toolOutput(output: unknown, param: string): string {
  if (typeof output === 'string') return output;
  return texts(output, param, ['input_text', 'output_text']);
}

function objectAt(value: unknown, param: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RequestTranslationError(param, 'must be an object');
  }
  return value as Record<string, unknown>;
}

function arrayAt(value: unknown, param: string): unknown[] {
  if (!Array.isArray(value)) throw new RequestTranslationError(param, 'must be a string or an array');
  return value;
}

function stringAt(value: unknown, param: string): string {
  if (typeof value !== 'string') throw new RequestTranslationError(param, 'must be a string');
  return value;
}
