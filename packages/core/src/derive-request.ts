import { carryJsonBody } from './json-body.js';
import { carryBody, rememberBody, sendableBody } from './request-body.js';
import { carryRequestOptions } from './request-options.js';
import { rememberCallerSignal, transportSignal } from './transport-signal.js';

/** What `deriveRequest` may change; everything left out is kept from the original request. */
export interface DeriveRequestInit {
  /** A new URL. Default: the original URL. */
  url?: string | URL;
  /** New headers, replacing all of the original's. Default: the original headers. */
  headers?: Headers;
  /** A new body. Default: the original body (its buffered copy when there is one). */
  body?: string | Uint8Array | null;
  /** A new signal. Default: the original signal. */
  signal?: AbortSignal;
  /** A new method. Default: the original method. */
  method?: string;
}

/**
 * A new standard `Request` with some parts replaced, keeping everything Switchyard already knows
 * about the original (its buffered body, parsed JSON, per-request options) so nothing is read twice.
 * The new request's body is unread. When the body is kept and only the original's stream has it,
 * the stream moves to the new request, as `new Request(request, init)` does.
 */
export function deriveRequest(request: Request, init: DeriveRequestInit): Request {
  const keepsBody = init.body === undefined;
  const body = keepsBody ? sendableBody(request) : init.body;
  const method = init.method ?? request.method;
  // The caller's own signal, so a derived request follows it directly, not through a chain of
  // followers; a request nothing can abort (`toFetch` without a signal) needs none to follow.
  const signal = init.signal ?? transportSignal(request);
  const next = new Request(init.url ?? request.url, {
    method,
    headers: init.headers ?? request.headers,
    body: method === 'GET' || method === 'HEAD' ? null : (body as RequestInit['body']),
    ...(signal === undefined ? {} : { signal }),
    redirect: request.redirect,
    duplex: 'half',
  } as RequestInit);
  rememberCallerSignal(next, signal ?? null);
  if (keepsBody) {
    carryBody(request, next);
    carryJsonBody(request, next);
  } else {
    rememberBody(next, init.body ?? null);
  }
  if (init.headers === undefined) carryRequestOptions(request, next);
  return next;
}

/**
 * A copy of `request` for one more attempt or branch: a new standard `Request` with the same URL,
 * method, headers, body and signal, its body unread. Call `bufferBody(request)` first, so the body
 * is in memory to be sent again.
 */
export function replayRequest(request: Request): Request {
  return deriveRequest(request, {});
}
