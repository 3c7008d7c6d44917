import { UpstreamProtocolError } from '@switchyard/core';
import {
  discardBody,
  knownResponseBytes,
  type OpenAIEndpoint,
  passThroughResponse,
  rememberResponseBytes,
  upstreamHeaders,
} from '@switchyard/core/internal';
import { normalizeErrorResponse } from './openai-error.js';

/** Request headers that carry the caller's own credentials or connection: never forwarded. */
const callerOnlyHeaders = [
  'authorization',
  'api-key',
  'x-api-key',
  'openai-organization',
  'openai-project',
  'host',
  'cookie',
  'content-length',
];

/**
 * A copy of the caller's request headers to send to a provider that speaks OpenAI's format,
 * without the caller's credentials (`authorization`, `api-key`, `x-api-key`, OpenAI organization
 * and project), cookies and connection headers; the provider's own auth is set on it afterwards.
 */
export function forwardedHeaders(incoming: Headers): Headers {
  const headers = new Headers(incoming);
  for (const name of callerOnlyHeaders) headers.delete(name);
  return headers;
}

/** Endpoints whose successful answer is JSON, or an event stream when one was asked for. */
const jsonEndpoints: ReadonlySet<OpenAIEndpoint> = new Set([
  'chat/completions',
  'embeddings',
  'images/generations',
  'models',
]);

/**
 * The answer of a provider that speaks OpenAI's format, for the caller: status, status text and
 * body kept (streams pass through untouched), `content-type` kept, the upstream's other headers as
 * `upstreamHeaders` keeps them (with `x-switchyard-provider: <provider>`); an error answer's body
 * normalised to OpenAI's error shape (`normalizeErrorResponse`).
 *
 * @param endpoint the endpoint asked. Default: none. For one that answers JSON (chat completions,
 *   embeddings, images, models), a successful answer must be an event stream or valid JSON, as
 *   every other provider's translation requires.
 * @throws UpstreamProtocolError naming `provider` when that answer is neither (an HTML page from a
 *   misconfigured host, a cut body), which the gateway answers as a 502.
 */
export async function passThroughAnswer(
  response: Response,
  provider: string,
  endpoint?: OpenAIEndpoint,
): Promise<Response> {
  if (!response.ok) return normalizeErrorResponse(response, upstreamHeaders(response, provider), provider);
  if (endpoint === undefined || !jsonEndpoints.has(endpoint) || response.body === null) {
    return passThroughResponse(response, provider);
  }
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('text/event-stream')) return passThroughResponse(response, provider);
  if (!type.includes('json')) {
    discardBody(response);
    throw new UpstreamProtocolError(
      `${provider}: the ${response.status} answer to ${endpoint} is ${type === '' ? 'untyped' : type}, not JSON`,
    );
  }
  // The transport's bytes when it read the answer whole: checked in memory, the answer passed on as it is.
  const known = knownResponseBytes(response);
  const bytes = known ?? new Uint8Array(await response.arrayBuffer());
  const text = utf8.decode(bytes);
  try {
    JSON.parse(text);
  } catch (error) {
    throw new UpstreamProtocolError(
      `${provider}: the ${response.status} answer to ${endpoint} is not valid JSON: ${text.slice(0, 80)}`,
      { cause: error },
    );
  }
  if (known !== undefined) return passThroughResponse(response, provider);
  const held = new Response(bytes, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  return passThroughResponse(rememberResponseBytes(held, bytes), provider);
}

const utf8 = new TextDecoder();
