import {
  type ChatCompletionRequest,
  ConfigError,
  compose,
  type EmbeddingRequest,
  errorResponse,
  type Handler,
  type Middleware,
  RequestTranslationError,
  readJsonBody,
} from '@switchyard/core';
import {
  awaitFirstContent,
  deriveRequest,
  openaiEndpoint,
  parseBaseURL,
  readUpstreamJson,
  transportSignal,
  upstreamHeaders,
  withOptionHeaders,
} from '@switchyard/core/internal';
import { messagesOverChat } from '@switchyard/messages-api';
import { responsesOverChat } from '@switchyard/responses-api';
import { fromCohereEmbed, toCohereEmbed } from './cohere-embed.js';
import { fromCohereError } from './cohere-error.js';
import { fromCohereRerank, type RerankRequest, toCohereRerank } from './cohere-rerank.js';
import { translateCohereStream } from './cohere-stream.js';
import type { CohereChatResponse, CohereEmbedResponse, CohereRerankResponse } from './cohere-types.js';
import { fromCohereChat } from './from-cohere-chat.js';
import { toCohereChat } from './to-cohere-chat.js';

/** Options of `cohere`. */
export interface CohereOptions {
  /** The Cohere API key, sent as `Authorization: Bearer <key>`. Required. */
  apiKey: string;
  /** The API root; `/v2/chat`, `/v2/embed` and `/v2/rerank` are appended. Default: `https://api.cohere.com`. */
  baseURL?: string | URL;
  /** The `input_type` of an embeddings request that names none (OpenAI's shape has no such field). Default: `'search_document'`. */
  inputType?: 'search_document' | 'search_query' | 'classification' | 'clustering';
  /** The value of the `x-switchyard-provider` response header. Default: `'cohere'`. */
  name?: string;
}

const inputTypes = ['search_document', 'search_query', 'classification', 'clustering'];

interface Settings {
  apiKey: string;
  base: string;
  inputType: string;
  name: string;
}

/**
 * Cohere's v2 API as a provider: OpenAI-shaped `/chat/completions` (JSON or streaming, tools and
 * JSON output included) is translated to `POST /v2/chat`, `/embeddings` to `POST /v2/embed`, and
 * Switchyard's `/rerank` (Cohere's own shape) goes to `POST /v2/rerank`; answers come back in
 * OpenAI's shapes with the status kept, errors in OpenAI's error shape with a code from core's
 * `errorCodes`; a stream that fails before its first content is answered as that error. Other
 * endpoints answer 404. The caller's credentials are never forwarded. Anthropic's Messages API
 * (`/messages`) and OpenAI's Responses API (`/responses`) are answered through the chat translation.
 *
 * @throws ConfigError naming the invalid option.
 */
export function cohere(options: CohereOptions): Middleware {
  const settings = resolveOptions(options);
  const provider: Middleware = (next: Handler) =>
    async function cohere(request) {
      const url = new URL(request.url);
      if (request.method === 'POST') {
        const endpoint = openaiEndpoint(url);
        if (endpoint === 'chat/completions') return chat(request, next, settings);
        if (endpoint === 'embeddings') return embed(request, next, settings);
        if (url.pathname.replace(/\/$/, '').endsWith('/rerank')) return rerank(request, next, settings);
      }
      return errorResponse(404, `${settings.name} does not serve ${request.method} ${url.pathname}`, {
        code: 'unsupported_endpoint',
        headers: providerHeader(settings.name),
      });
    };
  return compose(messagesOverChat(), responsesOverChat(), provider);
}

function resolveOptions(options: CohereOptions): Settings {
  if (typeof options !== 'object' || options === null)
    throw new ConfigError(['cohere: options must be an object']);
  if (typeof options.apiKey !== 'string' || options.apiKey === '') {
    throw new ConfigError(['cohere: apiKey must be a non-empty string']);
  }
  const name = options.name ?? 'cohere';
  if (typeof name !== 'string' || name === '')
    throw new ConfigError(['cohere: name must be a non-empty string']);
  const inputType = options.inputType ?? 'search_document';
  if (!inputTypes.includes(inputType)) {
    throw new ConfigError([
      `cohere: inputType must be one of ${inputTypes.join(', ')}; got ${JSON.stringify(inputType)}`,
    ]);
  }
  let base: string;
  try {
    base = parseBaseURL('cohere', options.baseURL ?? 'https://api.cohere.com').href.replace(/\/+$/, '');
  } catch (error) {
    throw new ConfigError([error instanceof Error ? error.message : String(error)]);
  }
  return { apiKey: options.apiKey, base, inputType, name };
}

function providerHeader(name: string): Headers {
  return upstreamHeaders(new Response(null), name);
}

/** The request body as JSON, or the 400 answer saying it is not. */
async function readBody<T>(request: Request, settings: Settings): Promise<T | Response> {
  try {
    const body = await readJsonBody<T>(request);
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body;
    throw new SyntaxError('not an object');
  } catch {
    return errorResponse(400, 'The request body must be a JSON object', {
      code: 'invalid_request',
      headers: providerHeader(settings.name),
    });
  }
}

/** The 400 answer for a request Cohere cannot take, naming the parameter. */
function refusal(error: unknown, settings: Settings): Response {
  if (!(error instanceof RequestTranslationError)) throw error;
  return errorResponse(400, `${error.param}: ${error.message}`, {
    param: error.param,
    code: 'invalid_request',
    headers: providerHeader(settings.name),
  });
}

/** Sends `body` to Cohere's `path`, with Cohere's auth and the caller's per-request option headers. */
function send(
  request: Request,
  next: Handler,
  settings: Settings,
  path: string,
  body: unknown,
  accept: string,
) {
  const headers = withOptionHeaders(
    new Headers({
      accept,
      authorization: `Bearer ${settings.apiKey}`,
      'content-type': 'application/json',
    }),
    request,
  );
  return next(
    deriveRequest(
      request,
      { url: `${settings.base}${path}`, method: 'POST', headers, body: JSON.stringify(body) },
      next,
    ),
  );
}

async function chat(request: Request, next: Handler, settings: Settings): Promise<Response> {
  const body = await readBody<ChatCompletionRequest>(request, settings);
  if (body instanceof Response) return body;
  let translated: ReturnType<typeof toCohereChat>;
  try {
    translated = toCohereChat(body);
  } catch (error) {
    return refusal(error, settings);
  }
  const streaming = translated.body.stream === true;
  const response = await send(
    request,
    next,
    settings,
    '/v2/chat',
    translated.body,
    streaming ? 'text/event-stream' : 'application/json',
  );
  const headers = upstreamHeaders(response, settings.name);
  if (!response.ok) return fromCohereError(response, headers);
  const created = Math.floor(Date.now() / 1000);
  if (streaming) {
    if (response.body === null) {
      return errorResponse(502, `${settings.name} answered a stream request without a body`, {
        code: 'server_error',
        headers,
      });
    }
    headers.set('content-type', 'text/event-stream; charset=utf-8');
    headers.set('cache-control', 'no-cache');
    const stream = translateCohereStream(response.body, {
      model: body.model,
      includeUsage: translated.includeUsage,
      created,
    });
    // A stream that fails before its first content is answered as the error it is, so a fallback
    // or a retry can act on it as on an error answer.
    return awaitFirstContent(
      new Response(stream, { status: response.status, headers }),
      transportSignal(request),
    );
  }
  const answer = await readUpstreamJson<CohereChatResponse>(response, settings.name);
  headers.set('content-type', 'application/json');
  return new Response(JSON.stringify(fromCohereChat(answer, body.model, created)), {
    status: response.status,
    headers,
  });
}

async function embed(request: Request, next: Handler, settings: Settings): Promise<Response> {
  const body = await readBody<EmbeddingRequest>(request, settings);
  if (body instanceof Response) return body;
  let native: ReturnType<typeof toCohereEmbed>;
  try {
    native = toCohereEmbed(body, settings.inputType);
  } catch (error) {
    return refusal(error, settings);
  }
  const response = await send(request, next, settings, '/v2/embed', native, 'application/json');
  const headers = upstreamHeaders(response, settings.name);
  if (!response.ok) return fromCohereError(response, headers);
  const answer = await readUpstreamJson<CohereEmbedResponse>(response, settings.name);
  headers.set('content-type', 'application/json');
  return new Response(JSON.stringify(fromCohereEmbed(answer, body)), { status: response.status, headers });
}

async function rerank(request: Request, next: Handler, settings: Settings): Promise<Response> {
  const body = await readBody<RerankRequest>(request, settings);
  if (body instanceof Response) return body;
  let native: ReturnType<typeof toCohereRerank>;
  try {
    native = toCohereRerank(body);
  } catch (error) {
    return refusal(error, settings);
  }
  const response = await send(request, next, settings, '/v2/rerank', native, 'application/json');
  const headers = upstreamHeaders(response, settings.name);
  if (!response.ok) return fromCohereError(response, headers);
  const answer = await readUpstreamJson<CohereRerankResponse>(response, settings.name);
  headers.set('content-type', 'application/json');
  return new Response(JSON.stringify(fromCohereRerank(answer, native, body.return_documents === true)), {
    status: response.status,
    headers,
  });
}
