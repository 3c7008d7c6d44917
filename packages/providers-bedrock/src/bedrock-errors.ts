import { errorResponse } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';

/** The data of an OpenAI error event inside a stream; the `openai` SDK throws an `APIError` on it. */
export function streamErrorEvent(message: string, code: string | undefined): string {
  return JSON.stringify({ error: { message, type: 'api_error', code: code ?? null, param: null } });
}

/**
 * A Bedrock error answer (`{ "message": ... }` with the `x-amzn-errortype` header) as an OpenAI
 * error with the same status; the AWS error type (`ValidationException`, `ThrottlingException`,
 * ...) becomes the `code`. The message passes through `redact`; `Retry-After` is kept.
 */
export async function toOpenAIError(response: Response, redact: (text: string) => string): Promise<Response> {
  const text = await response.text().catch(() => '');
  let message = `bedrock answered ${response.status}`;
  try {
    const body = JSON.parse(text) as { message?: unknown; Message?: unknown };
    const found = body.message ?? body.Message;
    if (typeof found === 'string' && found !== '') message = found;
  } catch {
    if (text.trim() !== '') message = `${message}: ${text.slice(0, 200)}`;
  }
  const errorType = response.headers.get('x-amzn-errortype');
  const code = errorType ? (errorType.split(':', 1)[0] ?? null) : null;
  const headers = new Headers({ [responseHeaders.provider]: 'bedrock' });
  const retryAfter = response.headers.get('retry-after');
  if (retryAfter !== null) headers.set('retry-after', retryAfter);
  return errorResponse(response.status, redact(message), { code, headers });
}
