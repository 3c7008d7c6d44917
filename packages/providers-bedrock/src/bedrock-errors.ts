import { type ErrorCode, errorCodeForStatus, errorResponse } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';

/** The message of an answer a guardrail or filter stopped (`stopReason`) before any content. */
export function filteredMessage(stopReason: string): string {
  return `Bedrock stopped the answer before any content (stopReason ${stopReason})`;
}

/** The data of an OpenAI error event inside a stream; the `openai` SDK throws an `APIError` on it. */
export function streamErrorEvent(message: string, code: ErrorCode): string {
  const type = code === 'content_filter' ? 'invalid_request_error' : 'api_error';
  return JSON.stringify({ error: { message, type, code, param: null } });
}

/**
 * A Bedrock error answer (`{ "message": ... }` with the `x-amzn-errortype` header) as an OpenAI
 * error with the same status. The `code` is one of core's `errorCodes` (`bedrockErrorCode`); the AWS
 * error type leads the message (`ValidationException: Input is too long for requested model.`).
 * The message passes through `redact`; `Retry-After` is kept.
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
  const errorType = response.headers.get('x-amzn-errortype')?.split(':', 1)[0] || undefined;
  const code = bedrockErrorCode(errorType, message, response.status);
  const headers = new Headers({ [responseHeaders.provider]: 'bedrock' });
  const retryAfter = response.headers.get('retry-after');
  if (retryAfter !== null) headers.set('retry-after', retryAfter);
  return errorResponse(response.status, redact(errorType ? `${errorType}: ${message}` : message), {
    code,
    headers,
  });
}

/** What Bedrock (and the models behind it) say when the prompt does not fit the context window. */
const contextTooLong =
  /input is too long|too many (?:input )?tokens|prompt is too long|maximum context length|context window/i;

/**
 * The code of core's `errorCodes` for a Bedrock error: its AWS error type, in any case
 * (`ThrottlingException` in an answer, `throttlingException` in a stream), `rate_limit_exceeded`;
 * a `ValidationException` saying the input is too long `context_length_exceeded`; ... A type AWS
 * adds later falls back on the HTTP status (`status`; none: `server_error`).
 */
export function bedrockErrorCode(errorType: string | undefined, message: string, status?: number): ErrorCode {
  switch (errorType?.toLowerCase()) {
    case 'validationexception':
      return contextTooLong.test(message) ? 'context_length_exceeded' : 'invalid_request';
    case 'throttlingexception':
    case 'servicequotaexceededexception':
      return 'rate_limit_exceeded';
    case 'modelnotreadyexception':
    case 'serviceunavailableexception':
      return 'overloaded';
    case 'accessdeniedexception':
      return 'permission_denied';
    case 'unrecognizedclientexception':
    case 'invalidsignatureexception':
    case 'incompletesignatureexception':
    case 'missingauthenticationtokenexception':
    case 'expiredtokenexception':
      return 'invalid_api_key';
    case 'resourcenotfoundexception':
      return 'model_not_found';
    case 'modeltimeoutexception':
      return 'timeout';
    case 'internalserverexception':
    case 'modelerrorexception':
    case 'modelstreamerrorexception':
      return 'server_error';
    default:
      return status === undefined ? 'server_error' : errorCodeForStatus(status);
  }
}
