import { createHash } from 'node:crypto';
import { readJsonBody } from '@switchyard/core';
import { canonicalJson } from '@switchyard/core/internal';

/** A chat request split into what is compared by meaning and what must match exactly. */
export interface SemanticRequest {
  /** The text of the final user message: the only part compared by similarity. */
  prompt: string;
  /**
   * Everything else that changes the answer, canonicalised: method, path, model, system prompt,
   * earlier turns, tools, response format, sampling parameters, the final message's other fields.
   */
  context: string;
  /** `stream: true` in the body. */
  stream: boolean;
  /** `stream_options.include_usage: true` in the body. */
  includeUsage: boolean;
}

/** Body fields that change how an answer is delivered, not what it says. */
const deliveryFields = new Set(['stream', 'stream_options']);

/**
 * The semantic parts of `request`, or a sentence saying why it cannot be answered by similarity
 * (not a chat completion, no final user message, a final message with images or audio).
 */
export async function semanticRequest(request: Request): Promise<SemanticRequest | string> {
  if (request.method !== 'POST') return 'not a POST';
  const url = new URL(request.url);
  if (!url.pathname.endsWith('/chat/completions')) return 'not a chat completion';
  let body: unknown;
  try {
    body = await readJsonBody(request);
  } catch {
    return 'body is not valid JSON';
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'body is not a JSON object';
  const fields = body as Record<string, unknown>;
  const messages = fields.messages;
  if (!Array.isArray(messages) || messages.length === 0) return 'no messages';
  const last = messages[messages.length - 1] as Record<string, unknown> | null;
  if (typeof last !== 'object' || last === null || last.role !== 'user')
    return 'last message is not from the user';
  const prompt = textOf(last.content);
  if (prompt === undefined) return 'last message is not plain text';
  if (prompt.trim().length === 0) return 'last message is empty';
  const { content: _compared, ...lastRest } = last;
  const answerFields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (!deliveryFields.has(name) && name !== 'messages') answerFields[name] = value;
  }
  answerFields.messages = [...messages.slice(0, -1), lastRest];
  const streamOptions = fields.stream_options as { include_usage?: unknown } | undefined;
  return {
    prompt,
    context: `${request.method} ${url.pathname}${url.search}\n${canonicalJson(answerFields)}`,
    stream: fields.stream === true,
    includeUsage: streamOptions?.include_usage === true,
  };
}

/** A message's content as text: a string, or text parts only (joined by newlines). */
function textOf(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return undefined;
  const texts: string[] = [];
  for (const part of content as { type?: unknown; text?: unknown }[]) {
    if (part?.type !== 'text' || typeof part.text !== 'string') return undefined;
    texts.push(part.text);
  }
  return texts.join('\n');
}

/** The store partition: a hash of everything that must match exactly for two prompts to be compared. */
export function partitionKey(parts: readonly (string | undefined)[]): string {
  return createHash('sha256')
    .update(JSON.stringify(['switchyard-cache-semantic/1', ...parts.map((part) => part ?? null)]))
    .digest('base64url');
}
