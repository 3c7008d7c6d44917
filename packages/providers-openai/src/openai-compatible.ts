import { compose, errorResponse, type Handler, type Middleware, readJsonBody } from '@switchyard/core';
import {
  deriveRequest,
  type OpenAIEndpoint,
  openaiEndpoint,
  parseBaseURL,
  splitRequestURL,
  upstreamHeaders,
} from '@switchyard/core/internal';
import { type MaxTokensParam, messagesOverChat } from '@switchyard/messages-api';
import { forwardedHeaders, passThroughAnswer } from './pass-through.js';

/** Options of `openaiCompatible`. */
export interface OpenAICompatibleOptions {
  /** The provider's name, returned in `x-switchyard-provider` and used in errors. Required. */
  name: string;
  /** The API root the provider's OpenAI-compatible endpoints hang off (e.g. `https://api.groq.com/openai/v1`); `/chat/completions` etc. are appended. Required. */
  baseURL: string | URL;
  /** The API key. Default: none (no auth header is sent, for local servers). */
  apiKey?: string;
  /** The header carrying `apiKey`: `authorization` sends `Bearer <key>`, any other name the bare key. Default: `'authorization'`. */
  apiKeyHeader?: string;
  /** Extra headers sent with every request (e.g. OpenRouter's `HTTP-Referer`). Default: none. */
  headers?: Readonly<Record<string, string>>;
  /** Query parameters added to every request URL. Default: none. */
  query?: Readonly<Record<string, string>>;
  /** Chat completion parameters the provider rejects; `messages[].name` names a field of every message. Default: none. */
  unsupportedParams?: readonly string[];
  /** What to do with an unsupported parameter: `drop` it, or answer 400 naming it (`error`). Default: `'drop'`. */
  onUnsupportedParam?: 'drop' | 'error';
  /** Chat completion parameters the provider spells differently, e.g. `{ seed: 'random_seed' }`. Default: none. */
  renamedParams?: Readonly<Record<string, string>>;
  /** The endpoints the provider serves; others answer 404 without a call. Default: all of them, and any other path after `/v1/`. */
  endpoints?: readonly OpenAIEndpoint[];
  /** The chat parameter a token limit translated from Anthropic's Messages API (`max_tokens`) is sent as. Default: `'max_tokens'`, which every OpenAI-compatible server reads. */
  maxTokensParam?: MaxTokensParam;
}

/**
 * A provider speaking OpenAI's HTTP API itself: requests keep their body and are sent to
 * `baseURL` + the endpoint path, with the provider's own auth (the caller's `authorization` is
 * replaced, never forwarded). Answers keep their status and body (streams pass through untouched);
 * error bodies are normalised to OpenAI's error shape. Chat parameters listed in
 * `unsupportedParams` are dropped (or refused) and `renamedParams` renamed before sending.
 * Anthropic's Messages API (`POST /v1/messages`) is answered through chat completions
 * (`messagesOverChat`).
 *
 * @throws TypeError at factory time naming the invalid option.
 */
export function openaiCompatible(options: OpenAICompatibleOptions): Middleware {
  const settings = resolveOptions(options);
  const chatProvider: Middleware = (next: Handler) =>
    async function openaiCompatible(request) {
      const { pathname, search } = splitRequestURL(request.url);
      const endpoint = openaiEndpoint(pathname);
      const path = nativePath(pathname, endpoint, settings.endpoints);
      if (path === undefined) {
        return errorResponse(404, `${settings.name} does not serve ${request.method} ${pathname}`, {
          code: 'unsupported_endpoint',
          headers: upstreamHeaders(new Response(null), settings.name),
        });
      }
      let body: string | undefined;
      if (endpoint === 'chat/completions' && request.method === 'POST' && settings.rewritesChat) {
        const rewritten = await rewriteChatBody(request, settings);
        if (rewritten instanceof Response) return rewritten;
        body = rewritten;
      }
      const native = deriveRequest(
        request,
        {
          url: targetURL(settings.base + path + search, settings.query),
          headers: nativeHeaders(request.headers, settings),
          ...(body === undefined ? {} : { body }),
        },
        next,
      );
      return passThroughAnswer(await next(native), settings.name, endpoint);
    };
  return compose(messagesOverChat({ maxTokensParam: options.maxTokensParam }), chatProvider);
}

interface Settings {
  name: string;
  base: string;
  authHeader: string;
  authValue: string | undefined;
  headers: Array<[string, string]>;
  query: Array<[string, string]>;
  topLevelUnsupported: string[];
  messageUnsupported: string[];
  onUnsupported: 'drop' | 'error';
  renamed: Array<[string, string]>;
  endpoints: ReadonlySet<OpenAIEndpoint> | undefined;
  rewritesChat: boolean;
}

function resolveOptions(options: OpenAICompatibleOptions): Settings {
  if (typeof options !== 'object' || options === null)
    throw new TypeError('openaiCompatible: options must be an object');
  const name = options.name;
  if (typeof name !== 'string' || name === '')
    throw new TypeError('openaiCompatible: name must be a non-empty string');
  if (options.baseURL === undefined) throw new TypeError(`${name}: baseURL is required`);
  const base = parseBaseURL(name, options.baseURL).href.replace(/\/+$/, '');
  if (options.apiKey !== undefined && (typeof options.apiKey !== 'string' || options.apiKey === '')) {
    throw new TypeError(`${name}: apiKey must be a non-empty string when given`);
  }
  const authHeader = (options.apiKeyHeader ?? 'authorization').toLowerCase();
  const authValue =
    options.apiKey === undefined
      ? undefined
      : authHeader === 'authorization'
        ? `Bearer ${options.apiKey}`
        : options.apiKey;
  const onUnsupported = options.onUnsupportedParam ?? 'drop';
  if (onUnsupported !== 'drop' && onUnsupported !== 'error') {
    throw new TypeError(
      `${name}: onUnsupportedParam must be 'drop' or 'error'; got ${JSON.stringify(onUnsupported)}`,
    );
  }
  const unsupported = [...(options.unsupportedParams ?? [])];
  for (const param of unsupported) {
    if (
      typeof param !== 'string' ||
      param === '' ||
      (param.includes('.') && !param.startsWith('messages[].'))
    ) {
      throw new TypeError(
        `${name}: unsupportedParams entries must be top-level names or messages[].<field>; got ${JSON.stringify(param)}`,
      );
    }
  }
  const renamed = Object.entries(options.renamedParams ?? {});
  const endpoints = options.endpoints === undefined ? undefined : new Set(options.endpoints);
  return {
    name,
    base,
    authHeader,
    authValue,
    headers: Object.entries(options.headers ?? {}),
    query: Object.entries(options.query ?? {}),
    topLevelUnsupported: unsupported.filter((param) => !param.startsWith('messages[].')),
    messageUnsupported: unsupported
      .filter((param) => param.startsWith('messages[].'))
      .map((param) => param.slice(11)),
    onUnsupported,
    renamed,
    endpoints,
    rewritesChat: unsupported.length > 0 || renamed.length > 0,
  };
}

/** The path to append to `baseURL`, or `undefined` when the provider does not serve it. */
function nativePath(
  pathname: string,
  endpoint: OpenAIEndpoint | undefined,
  served: ReadonlySet<OpenAIEndpoint> | undefined,
): string | undefined {
  if (endpoint !== undefined)
    return served === undefined || served.has(endpoint) ? `/${endpoint}` : undefined;
  if (served !== undefined) return undefined;
  const index = pathname.indexOf('/v1/');
  return index === -1 ? undefined : pathname.slice(index + 3);
}

/** `url` with the provider's own query parameters set over the caller's. */
function targetURL(url: string, query: Array<[string, string]>): string {
  if (query.length === 0) return url;
  const target = new URL(url);
  for (const [name, value] of query) target.searchParams.set(name, value);
  return target.href;
}

function nativeHeaders(incoming: Headers, settings: Settings): Headers {
  const headers = forwardedHeaders(incoming);
  for (const [name, value] of settings.headers) headers.set(name, value);
  if (settings.authValue !== undefined) headers.set(settings.authHeader, settings.authValue);
  return headers;
}

async function rewriteChatBody(request: Request, settings: Settings): Promise<string | Response> {
  let parsed: unknown;
  try {
    parsed = await readJsonBody(request);
  } catch {
    return errorResponse(400, 'The request body is not valid JSON', {
      headers: upstreamHeaders(new Response(null), settings.name),
    });
  }
  if (typeof parsed !== 'object' || parsed === null) return JSON.stringify(parsed);
  const body: Record<string, unknown> = { ...(parsed as Record<string, unknown>) };
  const found: string[] = settings.topLevelUnsupported.filter((param) => body[param] !== undefined);
  const messages = Array.isArray(body.messages) ? (body.messages as unknown[]) : [];
  for (const field of settings.messageUnsupported) {
    if (messages.some((message) => typeof message === 'object' && message !== null && field in message)) {
      found.push(`messages[].${field}`);
    }
  }
  if (found.length > 0 && settings.onUnsupported === 'error') {
    return errorResponse(400, `${settings.name} does not support ${found.join(', ')}`, {
      param: found[0]!,
      code: 'unsupported_parameter',
      headers: upstreamHeaders(new Response(null), settings.name),
    });
  }
  for (const param of settings.topLevelUnsupported) delete body[param];
  if (settings.messageUnsupported.length > 0 && messages.length > 0) {
    body.messages = messages.map((message) => {
      if (typeof message !== 'object' || message === null) return message;
      const copy = { ...(message as Record<string, unknown>) };
      for (const field of settings.messageUnsupported) delete copy[field];
      return copy;
    });
  }
  for (const [from, to] of settings.renamed) {
    if (body[from] !== undefined) {
      body[to] = body[from];
      delete body[from];
    }
  }
  return JSON.stringify(body);
}
