import { errorResponse } from '@switchyard/core';
import type { AnthropicErrorBody } from './anthropic-types.js';

/**
 * An OpenAI-shaped error for a non-2xx Anthropic answer, with the same status (529 stays 529).
 * Anthropic's `error.type` (`overloaded_error`, `rate_limit_error`, ...) becomes both the OpenAI
 * `type` and `code`; `headers` carries what callers act on, such as `retry-after`.
 */
export async function fromAnthropicError(response: Response, headers: Headers): Promise<Response> {
  const text = await response.text();
  let body: Partial<AnthropicErrorBody> | undefined;
  try {
    body = JSON.parse(text) as Partial<AnthropicErrorBody>;
  } catch {
    body = undefined;
  }
  const error = body?.error;
  if (error && typeof error.message === 'string') {
    const type = typeof error.type === 'string' ? error.type : undefined;
    return errorResponse(response.status, error.message, { type, code: type ?? null, headers });
  }
  return errorResponse(response.status, `anthropic answered ${response.status} without an error body`, {
    headers,
  });
}
