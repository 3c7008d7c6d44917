import { errorResponse } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import type { GoogleErrorBody } from './gemini-types.js';

/** The data of an OpenAI error event inside a stream; the `openai` SDK throws an `APIError` on it. */
export function streamErrorEvent(message: string, code: string | undefined): string {
  return JSON.stringify({ error: { message, type: 'api_error', code: code ?? null, param: null } });
}

/**
 * A Google error answer (`{ error: { code, message, status } }`, or anything else) as an OpenAI
 * error with the same status. The message passes through `redact`; `Retry-After` is kept.
 */
export async function toOpenAIError(
  response: Response,
  provider: string,
  redact: (text: string) => string,
): Promise<Response> {
  const text = await response.text().catch(() => '');
  let message = `${provider} answered ${response.status}`;
  let code: string | null = null;
  try {
    const body = JSON.parse(text) as GoogleErrorBody | GoogleErrorBody[];
    // Streaming endpoints without alt=sse wrap the error in an array.
    const error = (Array.isArray(body) ? body[0] : body)?.error;
    if (error?.message) message = error.message;
    if (error?.status) code = error.status;
  } catch {
    if (text.trim() !== '') message = `${message}: ${text.slice(0, 200)}`;
  }
  const headers = new Headers({ [responseHeaders.provider]: provider });
  const retryAfter = response.headers.get('retry-after');
  if (retryAfter !== null) headers.set('retry-after', retryAfter);
  return errorResponse(response.status, redact(message), { code, headers });
}
