import { describe, expect, it } from 'vitest';
import { errorResponse } from './error-response.js';

describe('errorResponse', () => {
  it('builds an OpenAI-shaped JSON error', async () => {
    const response = errorResponse(400, 'model is required', { param: 'model', code: 'missing_param' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({
      error: {
        message: 'model is required',
        type: 'invalid_request_error',
        code: 'missing_param',
        param: 'model',
      },
    });
  });

  it('derives the error type from the status', async () => {
    const types: Record<number, string> = {
      400: 'invalid_request_error',
      401: 'authentication_error',
      403: 'permission_error',
      404: 'not_found_error',
      408: 'timeout_error',
      429: 'rate_limit_error',
      500: 'api_error',
      503: 'api_error',
    };
    for (const [status, type] of Object.entries(types)) {
      const body = (await errorResponse(Number(status), 'x').json()) as { error: unknown };
      expect(body.error).toEqual({ message: 'x', type, code: null, param: null });
    }
  });

  it('takes an explicit type, extra headers and extra top-level fields', async () => {
    const response = errorResponse(446, 'denied', {
      type: 'guardrail_error',
      headers: { 'retry-after': '3' },
      extra: { hook_results: { before: [] } },
    });
    expect(response.headers.get('retry-after')).toBe('3');
    expect(await response.json()).toEqual({
      hook_results: { before: [] },
      error: { message: 'denied', type: 'guardrail_error', code: null, param: null },
    });
  });
});
