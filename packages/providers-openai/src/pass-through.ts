import { passThroughResponse, upstreamHeaders } from '@switchyard/core/internal';
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

/**
 * The answer of a provider that speaks OpenAI's format, for the caller: status, status text and
 * body kept (streams pass through untouched), `content-type` kept, the upstream's other headers as
 * `upstreamHeaders` keeps them (with `x-switchyard-provider: <provider>`); an error answer's body
 * normalised to OpenAI's error shape (`normalizeErrorResponse`).
 */
export async function passThroughAnswer(response: Response, provider: string): Promise<Response> {
  if (!response.ok) return normalizeErrorResponse(response, upstreamHeaders(response, provider), provider);
  return passThroughResponse(response, provider);
}
