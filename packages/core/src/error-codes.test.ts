import { describe, expect, it } from 'vitest';
import { errorCodeForStatus, errorCodes, isErrorCode } from './error-codes.js';

describe('errorCodes', () => {
  it('is the documented list, frozen', () => {
    expect(errorCodes).toEqual([
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
    ]);
    expect(Object.isFrozen(errorCodes)).toBe(true);
  });

  it('tells a code from any other value', () => {
    expect(isErrorCode('content_filter')).toBe(true);
    expect(isErrorCode('insufficient_quota')).toBe(false);
    expect(isErrorCode(429)).toBe(false);
  });

  it('gives the code a bare status means', () => {
    const statuses = [400, 401, 403, 404, 408, 413, 422, 429, 500, 502, 503, 504, 529];
    expect(statuses.map(errorCodeForStatus)).toEqual([
      'invalid_request',
      'invalid_api_key',
      'permission_denied',
      'model_not_found',
      'timeout',
      'invalid_request',
      'invalid_request',
      'rate_limit_exceeded',
      'server_error',
      'server_error',
      'overloaded',
      'timeout',
      'overloaded',
    ]);
  });
});
