import { connectionHeaderNames, isHopByHopHeader } from '@switchyard/core/internal';

/** Headers about the chat answer's body, which the translated body no longer has. */
const bodyHeaders = new Set(['content-length', 'content-encoding', 'content-type', 'etag', 'content-md5']);

/**
 * The chat answer's headers for the translated answer: request ids, rate-limit headers,
 * `x-switchyard-provider` and the like kept; those describing the chat body or its connection dropped.
 */
export function answerHeaders(response: Response, contentType: string): Headers {
  const named = connectionHeaderNames(response.headers.get('connection'));
  const headers = new Headers();
  for (const [name, value] of response.headers) {
    if (!bodyHeaders.has(name) && !isHopByHopHeader(name) && named?.has(name) !== true)
      headers.append(name, value);
  }
  headers.set('content-type', contentType);
  return headers;
}
