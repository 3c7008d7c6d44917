import { deriveRequest } from './derive-request.js';
import { maxJsonDepth, nestsDeeperThan } from './json-depth.js';
import { peekRecord, recordOf } from './record-of.js';
import { readBodyText } from './request-body.js';
import { carryRequestOptions } from './request-options.js';

/**
 * The request body parsed as JSON, read and parsed once per `Request`. Treat the result as
 * read-only: it is shared by every middleware that asks. Use `withJsonBody` to change it.
 *
 * @throws SyntaxError naming the request URL when the body is not valid JSON, or nests arrays and
 *   objects deeper than 128 levels (no real request does; a hostile one would make every reader
 *   of the parsed body recurse without end).
 */
export function readJsonBody<T = unknown>(request: Request): Promise<T> {
  const record = recordOf(request);
  record.json ??= readBodyText(request).then((text) => {
    if (nestsDeeperThan(text, maxJsonDepth)) {
      throw new SyntaxError(
        `Request body of ${request.method} ${request.url} nests deeper than ${maxJsonDepth} levels`,
      );
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new SyntaxError(`Request body of ${request.method} ${request.url} is not valid JSON`, {
        cause: error,
      });
    }
  });
  return record.json as Promise<T>;
}

/**
 * A new request like `request` (same URL, method, headers, signal and per-request options) whose
 * body is `body` serialised as JSON. The object is kept so downstream `readJsonBody` does not parse.
 *
 * @param text `body` as JSON text, when the caller has it already. Default: `JSON.stringify(body)`.
 */
export function withJsonBody(request: Request, body: unknown, text = JSON.stringify(body)): Request {
  const type = request.headers.get('content-type');
  let next: Request;
  if (type?.startsWith('application/json') && !request.headers.has('content-length')) {
    // The headers already fit the new body: the derived request copies them as they are.
    next = deriveRequest(request, { body: text });
  } else {
    const headers = new Headers(request.headers);
    headers.set('content-type', 'application/json');
    headers.delete('content-length');
    next = deriveRequest(request, { headers, body: text });
    // Only content headers changed, so the parsed per-request options still hold.
    carryRequestOptions(request, next);
  }
  recordOf(next).json = Promise.resolve(body);
  return next;
}

/** Copies a parsed body from one request to another that carries the same body. */
export function carryJsonBody(from: Request, to: Request): void {
  const json = peekRecord(from)?.json;
  if (json !== undefined) recordOf(to).json = json;
}
