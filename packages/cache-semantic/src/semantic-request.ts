import { createHash } from 'node:crypto';
import { readJsonBody } from '@switchyard/core';
import { canonicalJson } from '@switchyard/core/internal';
import { messagesEndpoint } from '@switchyard/messages-api';
import { lastUserInputText, responsesRoute } from '@switchyard/responses-api';

/**
 * The API a request speaks, which decides how its answer is read, stored and replayed: OpenAI's
 * chat completions, Anthropic's Messages API, OpenAI's Responses API.
 */
export type SemanticApi = 'chat' | 'messages' | 'responses';

/** A request split into what is compared by meaning and what must match exactly. */
export interface SemanticRequest {
  /** The API of the request (`/chat/completions`, `/v1/messages`, `/responses`). */
  api: SemanticApi;
  /**
   * The text of the final user message (the final user input item, or the `input` string, of a
   * Responses request): the only part compared by similarity.
   */
  prompt: string;
  /**
   * Everything else that changes the answer, canonicalised: method, path, model, system prompt
   * (`system`, `instructions`), earlier turns, tools, response format, sampling parameters, the
   * final message's other fields, `previous_response_id`.
   */
  context: string;
  /** `stream: true` in the body. */
  stream: boolean;
  /** `stream_options.include_usage: true` in the body (chat completions only). */
  includeUsage: boolean;
}

/** Body fields that change how an answer is delivered, not what it says. */
const deliveryFields = new Set(['stream', 'stream_options']);

/**
 * The semantic parts of `request`, or a sentence saying why it cannot be answered by similarity
 * (not a chat completion, Messages or Responses request; no final user message; a final message
 * with images, audio, files or tool results).
 */
export async function semanticRequest(request: Request): Promise<SemanticRequest | string> {
  if (request.method !== 'POST') return 'not a POST';
  const url = new URL(request.url);
  const api = apiOf(url);
  if (api === undefined) return 'not a chat completion, Messages or Responses request';
  let body: unknown;
  try {
    body = await readJsonBody(request);
  } catch {
    return 'body is not valid JSON';
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'body is not a JSON object';
  const fields = body as Record<string, unknown>;
  const split = api === 'responses' ? responsesPrompt(fields) : messagesPrompt(fields);
  if (typeof split === 'string') return split;
  if (split.prompt.trim().length === 0) return 'last message is empty';
  const answerFields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (!deliveryFields.has(name)) answerFields[name] = value;
  }
  Object.assign(answerFields, split.rest);
  const streamOptions = fields.stream_options as { include_usage?: unknown } | undefined;
  return {
    api,
    prompt: split.prompt,
    context: `${request.method} ${url.pathname}${url.search}\n${canonicalJson(answerFields)}`,
    stream: fields.stream === true,
    includeUsage: api === 'chat' && streamOptions?.include_usage === true,
  };
}

function apiOf(url: URL): SemanticApi | undefined {
  if (messagesEndpoint(url) === 'messages') return 'messages';
  if (responsesRoute('POST', url)?.kind === 'create') return 'responses';
  if (url.pathname.endsWith('/chat/completions')) return 'chat';
  return undefined;
}

/** The prompt, and the body fields to compare exactly in its place. */
type PromptSplit = { prompt: string; rest: Record<string, unknown> } | string;

/** Chat and Messages: the final message must be the user's, of text only; its other fields stay exact. */
function messagesPrompt(fields: Record<string, unknown>): PromptSplit {
  const messages = fields.messages;
  if (!Array.isArray(messages) || messages.length === 0) return 'no messages';
  const last = messages[messages.length - 1] as Record<string, unknown> | null;
  if (typeof last !== 'object' || last === null || last.role !== 'user')
    return 'last message is not from the user';
  // Chat text parts and Messages text blocks are both `{ type: 'text', text }`.
  const prompt = textOf(last.content);
  if (prompt === undefined) return 'last message is not plain text';
  const { content: _compared, ...lastRest } = last;
  return { prompt, rest: { messages: [...messages.slice(0, -1), lastRest] } };
}

/** Responses: the final input must be a user message of text (or `input` a string). */
function responsesPrompt(fields: Record<string, unknown>): PromptSplit {
  const prompt = lastUserInputText(fields);
  if (prompt === undefined) return 'last input is not a user message of text';
  const input = fields.input;
  if (!Array.isArray(input)) return { prompt, rest: { input: { string: true } } };
  const { content: _compared, ...lastRest } = input[input.length - 1] as Record<string, unknown>;
  return { prompt, rest: { input: [...input.slice(0, -1), lastRest] } };
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
