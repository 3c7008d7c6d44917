import { errorResponse, SwitchyardError } from '@switchyard/core';

/**
 * The OpenAI-shaped response for an error thrown by a pipeline: what went wrong in a sentence
 * that names the failing part, never a stack or a secret.
 */
export function errorToResponse(error: unknown): Response {
  if (error instanceof SwitchyardError) {
    switch (error.code) {
      case 'ERR_CONFIG':
      case 'ERR_INVALID_REQUEST_OPTIONS':
        return errorResponse(400, error.message, {
          type: 'invalid_request_error',
          code: error.code.toLowerCase(),
        });
      case 'ERR_TIMEOUT':
        return errorResponse(504, error.message, { type: 'timeout_error', code: 'upstream_timeout' });
      default:
        return errorResponse(502, error.message, { type: 'api_error', code: error.code.toLowerCase() });
    }
  }
  if (error instanceof SyntaxError) return errorResponse(400, error.message, { code: 'invalid_json' });
  return errorResponse(500, 'The gateway failed to handle this request', {
    type: 'api_error',
    code: 'internal_error',
  });
}
