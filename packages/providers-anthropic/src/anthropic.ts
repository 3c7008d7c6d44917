import {
  type ChatCompletionRequest,
  compose,
  errorResponse,
  type Handler,
  type Middleware,
  RequestTranslationError,
  readJsonBody,
} from '@switchyard/core';
import {
  deriveRequest,
  openaiEndpoint,
  parseBaseURL,
  readUpstreamJson,
  upstreamHeaders,
  withOptionHeaders,
} from '@switchyard/core/internal';
import { responsesOverChat } from '@switchyard/responses-api';
import { fromAnthropicError } from './anthropic-error.js';
import type { AnthropicModelList } from './anthropic-types.js';
import { chatAnswerOfClaude } from './chat-answer.js';
import { fromAnthropicModelList } from './from-anthropic-message.js';
import { nativeMessages, nativeMessagesPath } from './native-messages.js';
import { toAnthropicRequest } from './to-anthropic-request.js';

/** Options of `anthropic`. */
export interface AnthropicOptions {
  /** The Anthropic API key, sent as `x-api-key`. Required. */
  apiKey: string;
  /** The API root, as the official SDK defines it; `/v1/messages` is appended. Default: `https://api.anthropic.com`. */
  baseURL?: string | URL;
  /** The `anthropic-version` header. Default: `'2023-06-01'`. */
  anthropicVersion?: string;
  /** `max_tokens` sent when the request has neither `max_tokens` nor `max_completion_tokens` (Anthropic requires one). Default: 4096. */
  defaultMaxTokens?: number;
  /** Beta features, sent as the `anthropic-beta` header (comma-joined). Default: none. */
  beta?: string | readonly string[];
  /** The value of the `x-switchyard-provider` response header. Default: `'anthropic'`. */
  name?: string;
}

const defaultBaseURL = 'https://api.anthropic.com';

/**
 * Anthropic's Messages API as a provider: OpenAI-shaped `/chat/completions` requests (JSON or
 * streaming) and `/models` are translated to `/v1/messages` and `/v1/models` and the answers back
 * to OpenAI's shapes, status kept, errors in OpenAI's error shape. Other endpoints (embeddings,
 * images, audio) answer 404 since Anthropic has none. Anthropic's own Messages API
 * (`POST /v1/messages` and `/v1/messages/count_tokens`) passes through untouched, answers and
 * error bodies included. The caller's `authorization` and `x-api-key` headers are never
 * forwarded: the request carries the provider's `x-api-key` instead. OpenAI's Responses API
 * (`/responses`) is answered through the chat translation (`responsesOverChat`).
 *
 * @throws TypeError at factory time naming the invalid option.
 */
export function anthropic(options: AnthropicOptions): Middleware {
  const settings = resolveOptions(options);
  const chatProvider: Middleware = (next: Handler) =>
    async function anthropic(request) {
      const messagesPath = nativeMessagesPath(request);
      if (messagesPath !== undefined) return nativeMessages(request, messagesPath, next, settings);
      const url = new URL(request.url);
      const endpoint = openaiEndpoint(url);
      if (endpoint === 'chat/completions' && request.method === 'POST') return chat(request, next, settings);
      if (endpoint === 'models' && request.method === 'GET') return models(request, next, settings);
      return errorResponse(404, `${settings.name} does not serve ${request.method} ${url.pathname}`, {
        code: 'unsupported_endpoint',
        headers: providerHeader(settings.name),
      });
    };
  // OpenAI's Responses API, answered through the chat translation above.
  return compose(responsesOverChat(), chatProvider);
}

interface Settings {
  apiKey: string;
  base: string;
  version: string;
  defaultMaxTokens: number;
  beta: string | undefined;
  name: string;
}

function resolveOptions(options: AnthropicOptions): Settings {
  if (typeof options !== 'object' || options === null)
    throw new TypeError('anthropic: options must be an object');
  if (typeof options.apiKey !== 'string' || options.apiKey === '') {
    throw new TypeError('anthropic: apiKey must be a non-empty string');
  }
  const base = parseBaseURL('anthropic', options.baseURL ?? defaultBaseURL).href.replace(/\/+$/, '');
  const defaultMaxTokens = options.defaultMaxTokens ?? 4096;
  if (!Number.isInteger(defaultMaxTokens) || defaultMaxTokens < 1) {
    throw new TypeError(
      `anthropic: defaultMaxTokens must be an integer >= 1; got ${String(options.defaultMaxTokens)}`,
    );
  }
  const version = options.anthropicVersion ?? '2023-06-01';
  if (typeof version !== 'string' || version === '') {
    throw new TypeError('anthropic: anthropicVersion must be a non-empty string');
  }
  const betas =
    options.beta === undefined ? [] : typeof options.beta === 'string' ? [options.beta] : [...options.beta];
  if (betas.some((beta) => typeof beta !== 'string' || beta === '')) {
    throw new TypeError('anthropic: beta must be a non-empty string or an array of them');
  }
  const name = options.name ?? 'anthropic';
  if (typeof name !== 'string' || name === '')
    throw new TypeError('anthropic: name must be a non-empty string');
  return {
    apiKey: options.apiKey,
    base,
    version,
    defaultMaxTokens,
    beta: betas.length > 0 ? betas.join(',') : undefined,
    name,
  };
}

/** Fresh headers for Anthropic: its own auth, plus the caller's per-request option headers. */
function nativeHeaders(request: Request, settings: Settings, accept: string): Headers {
  const headers = new Headers({
    accept,
    'x-api-key': settings.apiKey,
    'anthropic-version': settings.version,
  });
  if (settings.beta) headers.set('anthropic-beta', settings.beta);
  return withOptionHeaders(headers, request);
}

function providerHeader(name: string): Headers {
  return upstreamHeaders(new Response(null), name);
}

async function chat(request: Request, next: Handler, settings: Settings): Promise<Response> {
  let body: ChatCompletionRequest;
  try {
    body = await readJsonBody<ChatCompletionRequest>(request);
  } catch {
    return errorResponse(400, 'The request body is not valid JSON', {
      code: 'invalid_request',
      headers: providerHeader(settings.name),
    });
  }
  let translated: ReturnType<typeof toAnthropicRequest>;
  try {
    if (typeof body !== 'object' || body === null)
      throw new RequestTranslationError('body', 'must be a JSON object');
    translated = toAnthropicRequest(body, settings.defaultMaxTokens);
  } catch (error) {
    if (!(error instanceof RequestTranslationError)) throw error;
    return errorResponse(400, `${error.param}: ${error.message}`, {
      code: 'invalid_request',
      param: error.param,
      headers: providerHeader(settings.name),
    });
  }
  const streaming = translated.body.stream === true;
  const headers = nativeHeaders(request, settings, streaming ? 'text/event-stream' : 'application/json');
  headers.set('content-type', 'application/json');
  const native = deriveRequest(
    request,
    {
      url: `${settings.base}/v1/messages`,
      method: 'POST',
      headers,
      body: JSON.stringify(translated.body),
    },
    next,
  );
  const response = await next(native);
  const outHeaders = upstreamHeaders(response, settings.name);
  if (!response.ok) return fromAnthropicError(response, outHeaders);
  return chatAnswerOfClaude(response, request, translated, outHeaders, settings.name);
}

async function models(request: Request, next: Handler, settings: Settings): Promise<Response> {
  const query = new URL(request.url).search;
  const native = deriveRequest(
    request,
    {
      url: `${settings.base}/v1/models${query}`,
      method: 'GET',
      headers: nativeHeaders(request, settings, 'application/json'),
      body: null,
    },
    next,
  );
  const response = await next(native);
  const outHeaders = upstreamHeaders(response, settings.name);
  if (!response.ok) return fromAnthropicError(response, outHeaders);
  const list = await readUpstreamJson<AnthropicModelList>(response, settings.name);
  outHeaders.set('content-type', 'application/json');
  return new Response(JSON.stringify(fromAnthropicModelList(list)), {
    status: response.status,
    headers: outHeaders,
  });
}
