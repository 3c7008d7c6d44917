/**
 * The stable `error.code` of an OpenAI-shaped error answer, one vocabulary for every provider: each
 * provider translation maps its own errors to one of these, so a fallback or a retry can route on
 * what went wrong (`context_length_exceeded`, `content_filter`, ...) whichever provider answered.
 */
export type ErrorCode =
  | 'context_length_exceeded'
  | 'content_filter'
  | 'rate_limit_exceeded'
  | 'overloaded'
  | 'invalid_api_key'
  | 'permission_denied'
  | 'model_not_found'
  | 'invalid_request'
  | 'server_error'
  | 'timeout';

/** Every `ErrorCode`, in the order of the documentation. */
export const errorCodes: readonly ErrorCode[] = Object.freeze([
  'context_length_exceeded',
  'content_filter',
  'rate_limit_exceeded',
  'overloaded',
  'invalid_api_key',
  'permission_denied',
  'model_not_found',
  'invalid_request',
  'server_error',
  'timeout',
] as const satisfies readonly ErrorCode[]);

/** Whether `value` is one of the `errorCodes`. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}

/**
 * The code an error answer with this HTTP status gets when nothing in its body says more: 401
 * `invalid_api_key`, 403 `permission_denied`, 404 `model_not_found`, 408 and 504 `timeout`, 429
 * `rate_limit_exceeded`, 503 and 529 `overloaded`, any other 5xx `server_error`, any other status
 * `invalid_request`.
 */
export function errorCodeForStatus(status: number): ErrorCode {
  switch (status) {
    case 401:
      return 'invalid_api_key';
    case 403:
      return 'permission_denied';
    case 404:
      return 'model_not_found';
    case 408:
    case 504:
      return 'timeout';
    case 429:
      return 'rate_limit_exceeded';
    case 503:
    case 529:
      return 'overloaded';
    default:
      return status >= 500 ? 'server_error' : 'invalid_request';
  }
}
