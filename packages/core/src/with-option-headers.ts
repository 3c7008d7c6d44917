import { optionHeaderPrefix } from './header-names.js';

/**
 * Copies the caller's `x-switchyard-*` per-request option headers from `request` onto `headers`
 * (fresh headers a provider builds for its native request), so options such as timeouts still reach
 * the transport, which strips them before sending. Returns `headers`.
 */
export function withOptionHeaders(headers: Headers, request: Request): Headers {
  for (const [name, value] of request.headers) {
    if (name.startsWith(optionHeaderPrefix)) headers.set(name, value);
  }
  return headers;
}
