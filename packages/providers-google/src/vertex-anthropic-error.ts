import { type ErrorCode, errorResponse } from '@switchyard/core';
import { anthropicErrorCode } from '@switchyard/providers-anthropic';
import { googleErrorCode } from './google-errors.js';

/** An error body from Vertex AI: Anthropic's shape from the model, or Google's from the platform. */
interface VertexAnthropicErrorBody {
  /** Anthropic: `{ type: 'error', error: { type, message } }`. Google: `{ error: { code, message, status } }`. */
  error?: { type?: string; message?: string; status?: string; code?: number };
}

/**
 * The `ErrorCode` of an error from Claude on Vertex AI: one in Anthropic's shape (an `error.type`)
 * is coded as Anthropic's API codes it (`anthropicErrorCode`: `overloaded_error` → `overloaded`,
 * "prompt is too long" → `context_length_exceeded`, ...); one in Google's (an `error.status`) as
 * Google's are (`googleErrorCode`: `RESOURCE_EXHAUSTED` → `rate_limit_exceeded`, ...); failing
 * both, by the HTTP status.
 */
export function vertexAnthropicErrorCode(
  status: number,
  error: VertexAnthropicErrorBody['error'],
  message: string,
): ErrorCode {
  if (typeof error?.type === 'string') return anthropicErrorCode(error.type, message, status);
  return googleErrorCode(error?.status, message, status);
}

/**
 * An OpenAI-shaped error for a non-2xx answer of Claude on Vertex AI, with the same status: the
 * message of either error shape, a code from `vertexAnthropicErrorCode`, and Anthropic's error type
 * as the OpenAI `type` when there is one. `headers` carries what callers act on, such as `retry-after`.
 */
export async function fromVertexAnthropicError(
  response: Response,
  headers: Headers,
  provider: string,
): Promise<Response> {
  const text = await response.text();
  let body: VertexAnthropicErrorBody | VertexAnthropicErrorBody[] | undefined;
  try {
    body = JSON.parse(text) as VertexAnthropicErrorBody | VertexAnthropicErrorBody[];
  } catch {
    body = undefined;
  }
  // Google wraps errors of streaming methods in an array.
  const error = (Array.isArray(body) ? body[0] : body)?.error;
  const message =
    typeof error?.message === 'string' && error.message !== ''
      ? error.message
      : `${provider} answered ${response.status} without an error message`;
  const anthropicType = typeof error?.type === 'string' ? error.type : undefined;
  return errorResponse(response.status, message, {
    code: vertexAnthropicErrorCode(response.status, error, message),
    headers,
    ...(anthropicType === undefined ? {} : { type: anthropicType }),
  });
}
