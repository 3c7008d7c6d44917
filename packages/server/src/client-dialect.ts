import { messagesEndpoint, messagesErrorResponse } from '@switchyard/messages-api';

/**
 * An error answer in the dialect of the API the client speaks. The gateway makes its own errors
 * (a wrong gateway key, a bad config, an unreachable upstream) in OpenAI's shape; on Anthropic's
 * Messages routes the client is an Anthropic SDK, which reads `{ type: 'error', error: { type,
 * message } }`. An answer already in Anthropic's shape (from the provider or the translation),
 * a success, or any other route is returned as it is.
 */
export async function inClientDialect(path: string, response: Response): Promise<Response> {
  if (response.status < 400 || messagesEndpoint(path) === undefined) return response;
  if (!response.headers.get('content-type')?.startsWith('application/json')) return response;
  const text = await response.clone().text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return response;
  }
  const { type, error } = (body ?? {}) as { type?: unknown; error?: { message?: unknown } };
  if (type === 'error' || typeof error?.message !== 'string') return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return messagesErrorResponse(response.status, error.message, { headers });
}
