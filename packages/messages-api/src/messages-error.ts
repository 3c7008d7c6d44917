import type { MessagesErrorBody } from './messages-types.js';

/** The `error.type` values of Anthropic's API (its error docs and the SDK's `ErrorType`). */
const anthropicErrorTypes = new Set([
  'invalid_request_error',
  'authentication_error',
  'billing_error',
  'permission_error',
  'not_found_error',
  'request_too_large',
  'rate_limit_error',
  'timeout_error',
  'api_error',
  'overloaded_error',
]);

/**
 * Anthropic's `error.type` for an HTTP status, as its API documents them: 400 (and every 4xx not
 * listed) `invalid_request_error`, 401 `authentication_error`, 402 `billing_error`, 403
 * `permission_error`, 404 `not_found_error`, 408 and 504 `timeout_error`, 413 `request_too_large`,
 * 429 `rate_limit_error`, 529 `overloaded_error`, any other 5xx `api_error`.
 */
export function messagesErrorType(status: number): string {
  switch (status) {
    case 401:
      return 'authentication_error';
    case 402:
      return 'billing_error';
    case 403:
      return 'permission_error';
    case 404:
      return 'not_found_error';
    case 408:
    case 504:
      return 'timeout_error';
    case 413:
      return 'request_too_large';
    case 429:
      return 'rate_limit_error';
    case 529:
      return 'overloaded_error';
    default:
      return status >= 500 ? 'api_error' : 'invalid_request_error';
  }
}

/** Options of `messagesErrorResponse`. */
export interface MessagesErrorDetails {
  /** Anthropic's `error.type`. Default: `messagesErrorType(status)`. */
  type?: string;
  /** Extra response headers (`retry-after`, request ids). Default: none. */
  headers?: ConstructorParameters<typeof Headers>[0];
  /** The body's `request_id`. Default: `null`. */
  requestId?: string | null;
}

/** A `Response` with Anthropic's error body `{ type: 'error', error: { type, message }, request_id }`. */
export function messagesErrorResponse(
  status: number,
  message: string,
  details: MessagesErrorDetails = {},
): Response {
  const body: MessagesErrorBody = {
    type: 'error',
    error: { type: details.type ?? messagesErrorType(status), message },
    request_id: details.requestId ?? null,
  };
  const headers = new Headers(details.headers);
  headers.set('content-type', 'application/json');
  return new Response(JSON.stringify(body), { status, headers });
}

/** Types OpenAI's error bodies use for whole status ranges: the status says more than they do. */
const catchAllTypes = new Set(['api_error', 'invalid_request_error']);

/**
 * The Anthropic error type for an upstream error: the upstream's own `type` when it is one of
 * Anthropic's more precise ones (a translated Anthropic answer keeps `overloaded_error`), else the
 * type of its status.
 */
export function anthropicTypeOf(status: number, upstreamType: unknown): string {
  return typeof upstreamType === 'string' &&
    anthropicErrorTypes.has(upstreamType) &&
    !catchAllTypes.has(upstreamType)
    ? upstreamType
    : messagesErrorType(status);
}

/**
 * The message of an error body of any common shape: OpenAI's `{ error: { message } }`, Anthropic's
 * `{ error: { type, message } }`, `{ error: "text" }`, `{ message }`, or the text itself (cut to 500
 * characters), so the caller always learns what the upstream said.
 */
export function errorMessageOf(text: string, status: number): { message: string; type: unknown } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed === 'object' && parsed !== null) {
    const { error, message } = parsed as { error?: unknown; message?: unknown };
    if (typeof error === 'object' && error !== null) {
      const inner = error as { message?: unknown; type?: unknown };
      if (typeof inner.message === 'string') return { message: inner.message, type: inner.type };
    }
    if (typeof error === 'string') return { message: error, type: undefined };
    if (typeof message === 'string') return { message, type: undefined };
  }
  const trimmed = text.trim();
  return {
    message:
      trimmed === ''
        ? `the upstream answered ${status} without an error body`
        : `the upstream answered ${status}: ${trimmed.slice(0, 500)}`,
    type: undefined,
  };
}
