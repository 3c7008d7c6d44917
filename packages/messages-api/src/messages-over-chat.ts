import {
  type ChatCompletion,
  type Handler,
  type Middleware,
  RequestTranslationError,
  readJsonBody,
} from '@switchyard/core';
import {
  deriveRequest,
  readUpstreamJson,
  responseHeaders,
  splitRequestURL,
  upstreamHeaders,
} from '@switchyard/core/internal';
import { chatStreamToMessages, formatMessagesEvent, messageEvents } from './chat-stream-to-messages.js';
import { type AnswerContext, toMessagesMessage } from './from-chat-completion.js';
import { chatCompletionsURL, messagesEndpoint } from './messages-endpoint.js';
import { anthropicTypeOf, errorMessageOf, messagesErrorResponse } from './messages-error.js';
import { type MaxTokensParam, toChatRequest } from './to-chat-request.js';

/** Options of `messagesOverChat`. */
export interface MessagesOverChatOptions {
  /**
   * The chat parameter the Messages `max_tokens` is sent as. `max_tokens` is read by every
   * OpenAI-compatible server; OpenAI's reasoning models take only `max_completion_tokens`.
   * Default: `'max_tokens'`.
   */
  maxTokensParam?: MaxTokensParam;
}

/** Request headers of Anthropic's API that mean nothing (or a credential) to a chat completions API. */
const anthropicOnlyHeaders = [
  'x-api-key',
  'anthropic-version',
  'anthropic-beta',
  'anthropic-dangerous-direct-browser-access',
  'content-length',
];

/**
 * Anthropic's Messages API in front of a handler that speaks OpenAI chat completions: a
 * `POST …/v1/messages` is translated to `POST …/v1/chat/completions` on the same origin and prefix
 * (see `toChatRequest`), sent to `next`, and the answer translated back: a JSON message, or
 * Anthropic's event stream for `stream: true`; an error answer keeps its status and headers
 * (`retry-after`) with Anthropic's error body and error type. `POST …/v1/messages/count_tokens`
 * answers 404 (`not_found_error`): a chat completions API cannot count tokens, and an estimate
 * would be a guess. Every other request passes to `next` untouched.
 *
 * @throws TypeError at factory time naming the invalid option.
 */
export function messagesOverChat(options: MessagesOverChatOptions = {}): Middleware {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('messagesOverChat: options must be an object');
  }
  const maxTokensParam = options.maxTokensParam ?? 'max_tokens';
  if (maxTokensParam !== 'max_tokens' && maxTokensParam !== 'max_completion_tokens') {
    throw new TypeError(
      `messagesOverChat: maxTokensParam must be 'max_tokens' or 'max_completion_tokens'; got ${JSON.stringify(maxTokensParam)}`,
    );
  }
  return (next: Handler) =>
    async function messagesOverChat(request) {
      if (request.method !== 'POST') return next(request);
      const endpoint = messagesEndpoint(splitRequestURL(request.url).pathname);
      if (endpoint === undefined) return next(request);
      if (endpoint === 'messages/count_tokens') {
        return messagesErrorResponse(
          404,
          'messages-api: POST /v1/messages/count_tokens is not available for this provider: it speaks OpenAI chat completions, which cannot count tokens (only Anthropic counts them)',
        );
      }
      return messages(request, next, maxTokensParam);
    };
}

async function messages(request: Request, next: Handler, maxTokensParam: MaxTokensParam): Promise<Response> {
  let parsed: unknown;
  try {
    parsed = await readJsonBody(request);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return messagesErrorResponse(400, 'messages-api: the request body is not valid JSON');
  }
  let translation: ReturnType<typeof toChatRequest>;
  try {
    translation = toChatRequest(parsed, maxTokensParam);
  } catch (error) {
    if (!(error instanceof RequestTranslationError)) throw error;
    return messagesErrorResponse(400, `messages-api: ${error.param}: ${error.message}`);
  }
  const headers = new Headers(request.headers);
  for (const name of anthropicOnlyHeaders) headers.delete(name);
  headers.set('content-type', 'application/json');
  headers.set('accept', translation.stream ? 'text/event-stream' : 'application/json');
  const chat = deriveRequest(
    request,
    {
      url: chatCompletionsURL(request.url),
      method: 'POST',
      headers,
      body: JSON.stringify(translation.body),
    },
    next,
  );
  const response = await next(chat);
  const context: AnswerContext = { model: translation.body.model, stopSequences: translation.stopSequences };
  const outHeaders = answerHeaders(response);
  if (!response.ok) return errorAnswer(response, outHeaders);

  const type = response.headers.get('content-type') ?? '';
  if (translation.stream && type.includes('text/event-stream')) {
    if (response.body === null) {
      return messagesErrorResponse(
        502,
        'messages-api: the upstream answered a stream request without a body',
        {
          headers: outHeaders,
        },
      );
    }
    return eventStream(chatStreamToMessages(response.body, context), response.status, outHeaders);
  }
  const message = toMessagesMessage(
    await readUpstreamJson<ChatCompletion>(response, 'messages-api'),
    context,
  );
  if (translation.stream) {
    // The upstream answered whole (a replayed cache entry, a server that ignores `stream`): the
    // caller still gets the event stream it asked for.
    const text = messageEvents(message).map(formatMessagesEvent).join('');
    return eventStream(text, response.status, outHeaders);
  }
  outHeaders.set('content-type', 'application/json');
  return new Response(JSON.stringify(message), { status: response.status, headers: outHeaders });
}

function eventStream(body: ReadableStream<Uint8Array> | string, status: number, headers: Headers): Response {
  headers.set('content-type', 'text/event-stream; charset=utf-8');
  headers.set('cache-control', 'no-cache');
  return new Response(body, { status, headers });
}

/** An upstream error answer with Anthropic's error body; status and headers (`retry-after`) kept. */
async function errorAnswer(response: Response, headers: Headers): Promise<Response> {
  const { message, type } = errorMessageOf(await response.text(), response.status);
  const requestId = response.headers.get('request-id') ?? response.headers.get('x-request-id');
  return messagesErrorResponse(response.status, message, {
    type: anthropicTypeOf(response.status, type),
    headers,
    requestId,
  });
}

/** The upstream answer's headers for the caller, without those describing its body or connection. */
function answerHeaders(response: Response): Headers {
  const provider = response.headers.get(responseHeaders.provider);
  const headers = upstreamHeaders(response, provider ?? '');
  if (provider === null) headers.delete(responseHeaders.provider);
  return headers;
}
