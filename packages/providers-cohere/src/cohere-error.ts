import { type ErrorCode, errorCodeForStatus, errorResponse } from '@switchyard/core';
import type { CohereErrorBody } from './cohere-types.js';

/** Cohere's words for a prompt longer than the model's context window. */
const tooLong =
  /too many tokens|context (length|window)|too long|exceeds? the (model'?s? )?(maximum|context)/i;
/** Cohere's words for a request or an answer its safety checks blocked. */
const blocked = /\b(blocked|safety|content policy|toxic)\b/i;

/**
 * The `ErrorCode` of a Cohere error: a 400 or 422 whose message says the prompt is too long is
 * `context_length_exceeded` and one blocked by safety checks `content_filter`; 401 and Cohere's own
 * 498 (invalid token) are `invalid_api_key`; 402 (billing) is `permission_denied`; any other status
 * gets the code its status has everywhere (`errorCodeForStatus`).
 */
export function cohereErrorCode(status: number, message: string): ErrorCode {
  if (status === 400 || status === 422) {
    if (tooLong.test(message)) return 'context_length_exceeded';
    if (blocked.test(message)) return 'content_filter';
  }
  if (status === 498) return 'invalid_api_key';
  if (status === 402) return 'permission_denied';
  return errorCodeForStatus(status);
}

/**
 * An OpenAI-shaped error for a non-2xx Cohere answer, with the same status: Cohere's `message` as
 * the message, its `ErrorCode` (`cohereErrorCode`) as `code`; `headers` carries what callers act
 * on, such as `retry-after`.
 */
export async function fromCohereError(response: Response, headers: Headers): Promise<Response> {
  const text = await response.text();
  let body: CohereErrorBody | undefined;
  try {
    body = JSON.parse(text) as CohereErrorBody;
  } catch {
    body = undefined;
  }
  const message =
    typeof body?.message === 'string' && body.message !== ''
      ? body.message
      : `cohere answered ${response.status} without an error message`;
  return errorResponse(response.status, message, {
    code: cohereErrorCode(response.status, message),
    headers,
  });
}
