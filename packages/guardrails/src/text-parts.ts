import { messagesEndpoint } from '@switchyard/messages-api';
import { responsesRoute } from '@switchyard/responses-api';
import type { RequestType } from './guardrail-types.js';
import {
  messagesRequestTexts,
  messageTexts,
  rewriteMessage,
  rewriteMessagesRequest,
} from './messages-texts.js';
import {
  responseOutputTexts,
  responsesRequestTexts,
  rewriteResponseOutput,
  rewriteResponsesRequest,
} from './responses-texts.js';

/**
 * Portkey's request type for a path: OpenAI's chat completions, completions and embeddings,
 * Anthropic's Messages API (`…/v1/messages`) and OpenAI's Responses API (`POST …/responses`);
 * undefined for calls guardrails do not check.
 */
export function requestTypeOf(url: string): RequestType | undefined {
  const end = url.search(/[?#]/);
  const path = end === -1 ? url : url.slice(0, end);
  if (messagesEndpoint(url) === 'messages') return 'messages';
  if (responsesRoute('POST', url)?.kind === 'create') return 'createModelResponse';
  if (path.endsWith('/chat/completions')) return 'chatComplete';
  if (path.endsWith('/completions')) return 'complete';
  if (path.endsWith('/embeddings')) return 'embed';
  return undefined;
}

/** The texts of a request: Portkey's `text` (the last message / the prompt) and every text part. */
export function requestTexts(
  json: Record<string, unknown>,
  type: RequestType,
): { text: string; texts: string[] } {
  if (type === 'messages') return messagesRequestTexts(json);
  if (type === 'createModelResponse') return responsesRequestTexts(json);
  if (type === 'chatComplete') {
    const messages = Array.isArray(json.messages) ? (json.messages as Array<Record<string, unknown>>) : [];
    const perMessage = messages.map((message) => contentTexts(message?.content));
    return { text: (perMessage.at(-1) ?? []).join('\n'), texts: perMessage.flat() };
  }
  const value = type === 'complete' ? json.prompt : json.input;
  const texts = (Array.isArray(value) ? value : [value]).filter(
    (item): item is string => typeof item === 'string',
  );
  return { text: texts.join('\n'), texts };
}

/**
 * The texts of a response: choice 0's content as `text`, every choice's content as `texts`; for a
 * Messages answer its text blocks, for a Response its `output_text` parts (`text` all of them).
 */
export function responseTexts(json: unknown, type: RequestType): { text: string; texts: string[] } {
  if (type === 'messages') return messageTexts(json);
  if (type === 'createModelResponse') return responseOutputTexts(json);
  const choices = choicesOf(json);
  const texts = choices.map(choiceText).filter((text): text is string => text !== undefined);
  return { text: (choices[0] && choiceText(choices[0])) ?? '', texts };
}

/** A copy of the request body with `rewrite` applied to every text part. */
export function rewriteRequest(
  json: Record<string, unknown>,
  type: RequestType,
  rewrite: (text: string) => string,
): Record<string, unknown> {
  if (type === 'messages') return rewriteMessagesRequest(json, rewrite);
  if (type === 'createModelResponse') return rewriteResponsesRequest(json, rewrite);
  if (type === 'chatComplete' && Array.isArray(json.messages)) {
    const messages = (json.messages as Array<Record<string, unknown>>).map((message) => {
      const content = message?.content;
      if (typeof content === 'string') return { ...message, content: rewrite(content) };
      if (Array.isArray(content)) {
        return {
          ...message,
          content: content.map((part: Record<string, unknown>) =>
            part?.type === 'text' && typeof part.text === 'string'
              ? { ...part, text: rewrite(part.text) }
              : part,
          ),
        };
      }
      return message;
    });
    return { ...json, messages };
  }
  const key = type === 'complete' ? 'prompt' : 'input';
  const value = json[key];
  if (typeof value === 'string') return { ...json, [key]: rewrite(value) };
  if (Array.isArray(value))
    return { ...json, [key]: value.map((item) => (typeof item === 'string' ? rewrite(item) : item)) };
  return json;
}

/**
 * A copy of a completion with `rewrite` applied to every choice's content (a Messages answer's text
 * blocks, a Response's `output_text` parts).
 */
export function rewriteResponse(
  json: unknown,
  type: RequestType,
  rewrite: (text: string) => string,
): unknown {
  if (type === 'messages') return rewriteMessage(json, rewrite);
  if (type === 'createModelResponse') return rewriteResponseOutput(json, rewrite);
  if (typeof json !== 'object' || json === null) return json;
  const body = json as Record<string, unknown>;
  if (!Array.isArray(body.choices)) return json;
  const choices = (body.choices as Array<Record<string, unknown>>).map((choice) => {
    const message = choice?.message as Record<string, unknown> | undefined;
    if (message && typeof message.content === 'string') {
      return { ...choice, message: { ...message, content: rewrite(message.content) } };
    }
    if (typeof choice?.text === 'string') return { ...choice, text: rewrite(choice.text) };
    return choice;
  });
  return { ...body, choices };
}

function contentTexts(content: unknown): string[] {
  if (typeof content === 'string') return [content];
  if (!Array.isArray(content)) return [];
  return content
    .filter((part): part is { text: string } => typeof part?.text === 'string')
    .map((part) => part.text);
}

function choicesOf(json: unknown): Array<Record<string, unknown>> {
  if (typeof json !== 'object' || json === null) return [];
  const choices = (json as Record<string, unknown>).choices;
  return Array.isArray(choices) ? (choices as Array<Record<string, unknown>>) : [];
}

function choiceText(choice: Record<string, unknown>): string | undefined {
  const message = choice?.message as Record<string, unknown> | undefined;
  if (typeof message?.content === 'string') return message.content;
  if (typeof choice?.text === 'string') return choice.text;
  return undefined;
}
