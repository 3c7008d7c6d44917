import type { OpenAIErrorBody } from './openai-types.js';

/** Optional fields of an OpenAI-shaped error. */
export interface ErrorResponseDetails {
  /** OpenAI's error `type`, e.g. `invalid_request_error`. Default: derived from the status. */
  type?: string;
  /** A machine-readable code. Default: `null`. */
  code?: string | null;
  /** The request parameter at fault. Default: `null`. */
  param?: string | null;
  /** Extra response headers. Default: none. */
  headers?: ConstructorParameters<typeof Headers>[0];
  /** Extra top-level body fields (Portkey adds `hook_results`, for instance). Default: none. */
  extra?: Record<string, unknown>;
}

/** A `Response` with OpenAI's error body `{ error: { message, type, code, param } }`. */
export function errorResponse(status: number, message: string, details: ErrorResponseDetails = {}): Response {
  const body: OpenAIErrorBody & Record<string, unknown> = {
    ...details.extra,
    error: {
      message,
      type: details.type ?? defaultErrorType(status),
      code: details.code ?? null,
      param: details.param ?? null,
    },
  };
  const headers = new Headers(details.headers);
  headers.set('content-type', 'application/json');
  return new Response(JSON.stringify(body), { status, headers });
}

function defaultErrorType(status: number): string {
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 404) return 'not_found_error';
  if (status === 408) return 'timeout_error';
  if (status === 429) return 'rate_limit_error';
  if (status >= 500) return 'api_error';
  return 'invalid_request_error';
}
