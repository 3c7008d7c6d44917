import {
  type ChatCompletion,
  errorResponse,
  type Handler,
  type Middleware,
  RequestTranslationError,
  readJsonBody,
  requestOptions,
  sseResponse,
  UpstreamProtocolError,
} from '@switchyard/core';
import { deriveRequest, readUpstreamJson, responseHeaders } from '@switchyard/core/internal';
import { answerHeaders } from './answer-headers.js';
import { conversation } from './conversation.js';
import { defaultResponseStore } from './default-response-store.js';
import { fromChatCompletion } from './from-chat-completion.js';
import { responseEvents } from './response-events.js';
import { newId } from './response-ids.js';
import type { ResponseContext } from './response-object.js';
import { checkResponseStore, type ResponseStore, type StoredResponse } from './response-store.js';
import { responsesRoute } from './responses-route.js';
import type { ResponseCreateRequest, ResponseInputItem, ResponseObject } from './responses-types.js';
import { type SaveResponse, streamAnswer } from './stream-answer.js';
import { inputItems, toChatRequest } from './to-chat-request.js';

/** Options of `responsesOverChat`. */
export interface ResponsesOverChatOptions {
  /**
   * Where answered responses are kept for `previous_response_id` and `GET /responses/{id}`.
   * Default: the process-wide `defaultResponseStore()`, read on every request, which every
   * provider's translation shares, so a conversation continues across providers.
   */
  store?: ResponseStore;
}

/**
 * OpenAI's Responses API over chat completions, for providers that speak only chat:
 * `POST …/responses` is translated to a `POST …/chat/completions` request (same origin and prefix,
 * the caller's headers and signal kept) sent to `next`, and its answer (JSON or event stream) back
 * to a Response object or the Responses API's stream events. `GET …/responses/{id}` (also
 * streamed again, `?stream=true`) and `DELETE …/responses/{id}` answer from the response store. Every other request passes through
 * untouched.
 *
 * Responses are stored unless the request says `store: false` (OpenAI's default), with the input
 * items of their turn, so `previous_response_id` sends the whole conversation again to the chat
 * provider, which keeps no state. Entries are kept per tenant (the per-request `tenant` option).
 * A request chat cannot express (a hosted tool, an `item_reference`, `background`) gets a 400
 * naming the parameter; an unknown `previous_response_id` a 404 with code
 * `previous_response_not_found`, as OpenAI answers; a chat error answer is returned as it is.
 *
 * @throws TypeError at factory time when `store` is not a `ResponseStore`.
 */
export function responsesOverChat(options: ResponsesOverChatOptions = {}): Middleware {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('responsesOverChat: options must be an object');
  }
  const fixed =
    options.store === undefined ? undefined : checkResponseStore(options.store, 'responsesOverChat: store');
  return (next: Handler) =>
    async function responsesOverChat(request) {
      const route = responsesRoute(request.method, request.url);
      if (route === undefined) return next(request);
      const store = fixed ?? defaultResponseStore();
      const tenant = requestOptions(request).tenant;
      if (route.kind === 'create') return create(request, next, store, tenant);
      const entry = await store.get(route.id);
      if (entry === undefined || entry.tenant !== tenant) {
        return errorResponse(404, `Response with id '${route.id}' not found.`, {
          type: 'invalid_request_error',
        });
      }
      if (route.kind === 'delete') {
        await store.delete(route.id);
        return Response.json({ id: route.id, object: 'response', deleted: true });
      }
      const query = new URL(request.url).searchParams;
      if (query.get('stream') === 'true') return replay(entry.response, query.get('starting_after'));
      return Response.json(entry.response);
    };
}

/**
 * A stored response streamed again (`GET …/responses/{id}?stream=true`, the SDK's
 * `responses.stream({ response_id })`): the events that produce it, after `starting_after`.
 */
function replay(response: ResponseObject, startingAfter: string | null): Response {
  const after = startingAfter === null ? -1 : Number(startingAfter);
  if (!Number.isInteger(after) || after < -1) {
    return errorResponse(400, 'starting_after must be an integer >= 0', { param: 'starting_after' });
  }
  const events = responseEvents(response).filter((event) => event.sequence_number > after);
  return sseResponse(
    (async function* () {
      for (const event of events) yield { event: event.type, data: JSON.stringify(event) };
    })(),
  );
}

async function create(
  request: Request,
  next: Handler,
  store: ResponseStore,
  tenant: string | undefined,
): Promise<Response> {
  let body: ResponseCreateRequest;
  try {
    body = await readJsonBody<ResponseCreateRequest>(request);
  } catch (error) {
    if (error instanceof SyntaxError)
      return errorResponse(400, 'responses: the request body is not valid JSON');
    throw error;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return errorResponse(400, 'responses: the request body must be a JSON object');
  }
  const previousId = body.previous_response_id;
  let history: ResponseInputItem[] = [];
  if (previousId !== undefined && previousId !== null) {
    if (typeof previousId !== 'string' || previousId === '') {
      return errorResponse(400, 'previous_response_id must be a non-empty string', {
        param: 'previous_response_id',
      });
    }
    const found = await conversation(store, previousId, tenant);
    if ('missing' in found) {
      const message =
        found.missing === previousId
          ? `Previous response with id '${previousId}' not found.`
          : `Previous response with id '${previousId}' cannot be continued: an earlier response of its conversation, '${found.missing}', is no longer stored.`;
      return errorResponse(404, message, {
        type: 'invalid_request_error',
        code: 'previous_response_not_found',
        param: 'previous_response_id',
      });
    }
    history = found.items;
  }

  let input: ResponseInputItem[];
  let chatBody: ReturnType<typeof toChatRequest>;
  try {
    input = inputItems(body.input);
    chatBody = toChatRequest(body, history);
  } catch (error) {
    if (!(error instanceof RequestTranslationError)) throw error;
    return errorResponse(400, `${error.param}: ${error.message}`, { param: error.param });
  }

  const stream = chatBody.stream === true;
  const headers = new Headers(request.headers);
  headers.set('content-type', 'application/json');
  headers.set('accept', stream ? 'text/event-stream' : 'application/json');
  headers.delete('content-length');
  const chatRequest = deriveRequest(
    request,
    { url: chatURL(request.url), method: 'POST', headers, body: JSON.stringify(chatBody) },
    next,
  );
  const chat = await next(chatRequest);
  // The provider's own error answer, already in OpenAI's shape: retry and fallback read its status.
  if (!chat.ok) return chat;

  const context: ResponseContext = {
    id: newId('resp'),
    createdAt: Math.floor(Date.now() / 1000),
    request: body,
    store: body.store !== false,
  };
  const save: SaveResponse = context.store
    ? async (response) => {
        const entry: StoredResponse = { response, input };
        if (tenant !== undefined) entry.tenant = tenant;
        await store.set(response.id, entry);
      }
    : async () => {};
  if (stream) return streamAnswer(chat, request, context, save);

  const provider = chat.headers.get(responseHeaders.provider) ?? 'the chat provider';
  const completion = await readUpstreamJson<ChatCompletion>(chat, provider);
  if (typeof completion !== 'object' || completion === null || !Array.isArray(completion.choices)) {
    throw new UpstreamProtocolError(`${provider}: the chat completion answer has no choices`);
  }
  const response: ResponseObject = fromChatCompletion(completion, context);
  await save(response);
  return new Response(JSON.stringify(response), {
    status: 200,
    headers: answerHeaders(chat, 'application/json'),
  });
}

/** `…/responses?query` → `…/chat/completions?query`: the same origin and prefix. */
function chatURL(url: string): string {
  const target = new URL(url);
  target.pathname = target.pathname.replace(/responses\/?$/, 'chat/completions');
  return target.href;
}
