import { messageText } from '@switchyard/messages-api';

// The texts of Anthropic Messages API bodies guardrails check and redact: the request's `system`
// and message texts (text blocks, and the text of tool results), and the answer's text blocks.

type Rewrite = (text: string) => string;

/**
 * The texts of a Messages request: `text` is the last message's (Portkey's rule), `texts` every
 * text sent, `system` first.
 */
export function messagesRequestTexts(json: Record<string, unknown>): { text: string; texts: string[] } {
  const messages = Array.isArray(json.messages) ? (json.messages as unknown[]) : [];
  const perMessage = messages.map((message) => contentTexts(field(message, 'content')));
  return {
    text: (perMessage.at(-1) ?? []).join('\n'),
    texts: [...contentTexts(json.system), ...perMessage.flat()],
  };
}

/** A copy of a Messages request with `rewrite` applied to `system` and to every message text. */
export function rewriteMessagesRequest(
  json: Record<string, unknown>,
  rewrite: Rewrite,
): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...json };
  if (json.system !== undefined) copy.system = rewriteContent(json.system, rewrite);
  if (Array.isArray(json.messages)) {
    copy.messages = (json.messages as unknown[]).map((message) =>
      isObject(message) && message.content !== undefined
        ? { ...message, content: rewriteContent(message.content, rewrite) }
        : message,
    );
  }
  return copy;
}

/** The texts of a Messages answer: `text` all its text blocks as one (what the SDKs show), `texts` each block. */
export function messageTexts(json: unknown): { text: string; texts: string[] } {
  const content = field(json, 'content');
  const texts = Array.isArray(content) ? blockTexts(content as unknown[]) : [];
  return { text: messageText(json), texts };
}

/** A copy of a Messages answer with `rewrite` applied to each text block. */
export function rewriteMessage(json: unknown, rewrite: Rewrite): unknown {
  if (!isObject(json) || !Array.isArray(json.content)) return json;
  return { ...json, content: (json.content as unknown[]).map((block) => rewriteBlock(block, rewrite)) };
}

/** The texts of message content: a string, text blocks, and the text of `tool_result` blocks. */
function contentTexts(content: unknown): string[] {
  if (typeof content === 'string') return [content];
  if (!Array.isArray(content)) return [];
  const texts: string[] = [];
  for (const block of content as unknown[]) {
    if (!isObject(block)) continue;
    if (block.type === 'text' && typeof block.text === 'string') texts.push(block.text);
    else if (block.type === 'tool_result') texts.push(...contentTexts(block.content));
  }
  return texts;
}

function rewriteContent(content: unknown, rewrite: Rewrite): unknown {
  if (typeof content === 'string') return rewrite(content);
  if (!Array.isArray(content)) return content;
  return (content as unknown[]).map((block) => {
    if (isObject(block) && block.type === 'tool_result' && block.content !== undefined) {
      return { ...block, content: rewriteContent(block.content, rewrite) };
    }
    return rewriteBlock(block, rewrite);
  });
}

function rewriteBlock(block: unknown, rewrite: Rewrite): unknown {
  return isObject(block) && block.type === 'text' && typeof block.text === 'string'
    ? { ...block, text: rewrite(block.text) }
    : block;
}

function blockTexts(blocks: unknown[]): string[] {
  return blocks.flatMap((block) =>
    isObject(block) && block.type === 'text' && typeof block.text === 'string' ? [block.text] : [],
  );
}

function field(value: unknown, name: string): unknown {
  return isObject(value) ? value[name] : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
