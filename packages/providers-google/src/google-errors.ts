import { type ErrorCode, errorCodeForStatus, errorResponse } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import type { GoogleErrorBody } from './gemini-types.js';

/**
 * The message of a refusal: Gemini blocked the prompt (its `promptFeedback.blockReason`), or
 * withheld the answer (its `finishReason`, e.g. `SAFETY`).
 */
export function withheldMessage(what: 'prompt' | 'answer', reason: string): string {
  return what === 'prompt'
    ? `Gemini blocked the prompt (${reason})`
    : `Gemini withheld the answer (finish reason ${reason})`;
}

/** The data of an OpenAI error event inside a stream; the `openai` SDK throws an `APIError` on it. */
export function streamErrorEvent(message: string, code: ErrorCode): string {
  const type = code === 'content_filter' ? 'invalid_request_error' : 'api_error';
  return JSON.stringify({ error: { message, type, code, param: null } });
}

/**
 * A Google error answer (`{ error: { code, message, status } }`, or anything else) as an OpenAI
 * error with the same status. The `code` is one of core's `errorCodes` (`googleErrorCode`); Google's
 * own status leads the message (`RESOURCE_EXHAUSTED: Resource has been exhausted ...`). The message
 * passes through `redact`; `Retry-After` is kept.
 */
export async function toOpenAIError(
  response: Response,
  provider: string,
  redact: (text: string) => string,
): Promise<Response> {
  const text = await response.text().catch(() => '');
  let message = `${provider} answered ${response.status}`;
  let code = errorCodeForStatus(response.status);
  try {
    const body = JSON.parse(text) as GoogleErrorBody | GoogleErrorBody[];
    // Streaming endpoints without alt=sse wrap the error in an array.
    const error = (Array.isArray(body) ? body[0] : body)?.error;
    if (error?.message) message = error.message;
    if (error?.status) {
      code = googleErrorCode(error.status, message, response.status);
      message = `${error.status}: ${message}`;
    }
  } catch {
    if (text.trim() !== '') message = `${message}: ${text.slice(0, 200)}`;
  }
  const headers = new Headers({ [responseHeaders.provider]: provider });
  const retryAfter = response.headers.get('retry-after');
  if (retryAfter !== null) headers.set('retry-after', retryAfter);
  return errorResponse(response.status, redact(message), { code, headers });
}

/** What Google says when the prompt does not fit the model's context window. */
const contextTooLong =
  /input token count.*exceeds|exceeds the maximum number of tokens|too many (?:input )?tokens/i;

/**
 * The code of core's `errorCodes` for a Google error: its `status` (`RESOURCE_EXHAUSTED`
 * `rate_limit_exceeded`, `UNAVAILABLE` `overloaded`, ...), with an `INVALID_ARGUMENT` about the
 * input token count `context_length_exceeded` and one about the API key `invalid_api_key`. A status
 * Google adds later falls back on the HTTP status (`httpStatus`; none: `server_error`).
 */
export function googleErrorCode(status: string | undefined, message: string, httpStatus?: number): ErrorCode {
  switch (status) {
    case 'INVALID_ARGUMENT':
      if (contextTooLong.test(message)) return 'context_length_exceeded';
      return /API key not valid/i.test(message) ? 'invalid_api_key' : 'invalid_request';
    case 'FAILED_PRECONDITION':
    case 'OUT_OF_RANGE':
      return 'invalid_request';
    case 'UNAUTHENTICATED':
      return 'invalid_api_key';
    case 'PERMISSION_DENIED':
      return 'permission_denied';
    case 'NOT_FOUND':
      return 'model_not_found';
    case 'RESOURCE_EXHAUSTED':
      return 'rate_limit_exceeded';
    case 'UNAVAILABLE':
      return 'overloaded';
    case 'DEADLINE_EXCEEDED':
      return 'timeout';
    case 'INTERNAL':
    case 'UNKNOWN':
      return 'server_error';
    default:
      return httpStatus === undefined ? 'server_error' : errorCodeForStatus(httpStatus);
  }
}
