import { type ErrorCode, errorCodeForStatus, errorResponse } from '@switchyard/core';
import type { AnthropicErrorBody } from './anthropic-types.js';

/**
 * An OpenAI-shaped error for a non-2xx Anthropic answer, with the same status (529 stays 529).
 * Anthropic's `error.type` (`overloaded_error`, `rate_limit_error`, ...) stays the OpenAI `type`,
 * and its message the message; the `code` is one of core's `errorCodes` (`anthropicErrorCode`).
 * `headers` carries what callers act on, such as `retry-after`.
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
    const code = anthropicErrorCode(type, error.message, response.status);
    return errorResponse(response.status, error.message, { type, code, headers });
  }
  return errorResponse(response.status, `anthropic answered ${response.status} without an error body`, {
    code: errorCodeForStatus(response.status),
    headers,
  });
}

/** The message of an answer Claude refused (`stop_reason: "refusal"`) before writing anything. */
export const refusalMessage = 'Claude refused to answer (stop_reason refusal) before any content';

/** What Anthropic says when the prompt does not fit the model's context window. */
const contextTooLong = /prompt is too long|exceeds? (?:the )?context (?:limit|window)/i;

/**
 * The code of core's `errorCodes` for an Anthropic error (`type` and `message` of its `error`, in
 * an error answer with `status` or an `error` stream event without one): "prompt is too long" is
 * `context_length_exceeded`, `overloaded_error` `overloaded`, `rate_limit_error`
 * `rate_limit_exceeded`, ...; a type Anthropic adds later falls back on the status.
 */
export function anthropicErrorCode(type: string | undefined, message: string, status?: number): ErrorCode {
  switch (type) {
    case 'invalid_request_error':
      return contextTooLong.test(message) ? 'context_length_exceeded' : 'invalid_request';
    case 'request_too_large':
      return 'invalid_request';
    case 'authentication_error':
      return 'invalid_api_key';
    case 'permission_error':
    case 'billing_error':
      return 'permission_denied';
    case 'not_found_error':
      return 'model_not_found';
    case 'rate_limit_error':
      return 'rate_limit_exceeded';
    case 'overloaded_error':
      return 'overloaded';
    case 'timeout_error':
      return 'timeout';
    case 'api_error':
      return 'server_error';
    default:
      return status === undefined ? 'server_error' : errorCodeForStatus(status);
  }
}
