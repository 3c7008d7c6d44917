import { detachedRequest, isDetached, isDetachSafe } from './detached-request.js';
import type { Handler } from './handler.js';
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
 *
 * @param to the handler the new request goes to. Default: unknown. The new request is detached
 *   (its body and signal in its record only, see `detachedRequest`) when `request` is, or when
 *   `to` is detach-safe and the body is in memory.
 */
export function deriveRequest(request: Request, init: DeriveRequestInit, to?: Handler): Request {
  const keepsBody = init.body === undefined;
  const body = keepsBody ? sendableBody(request) : (init.body ?? null);
  const method = init.method ?? request.method;
  // The caller's own signal, so a derived request follows it directly, not through a chain of
  // followers; a request nothing can abort (`toFetch` without a signal) needs none to follow.
  const signal = init.signal ?? transportSignal(request);
  const sent = method === 'GET' || method === 'HEAD' ? null : body;
  const url = init.url ?? request.url;
  const headers = init.headers ?? request.headers;
  let next: Request;
  if (!(sent instanceof ReadableStream) && (isDetached(request) || (to !== undefined && isDetachSafe(to)))) {
    next = detachedRequest(url, {
      method,
      headers,
      body: sent,
      signal: signal ?? null,
      redirect: request.redirect,
    });
  } else {
    next = new Request(url, {
      method,
      headers,
      body: sent as RequestInit['body'],
      ...(signal === undefined ? {} : { signal }),
      redirect: request.redirect,
      duplex: 'half',
    } as RequestInit);
    rememberCallerSignal(next, signal ?? null);
  }
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
 *
 * @param to the handler the copy goes to (see `deriveRequest`). Default: unknown.
 */
export function replayRequest(request: Request, to?: Handler): Request {
  return deriveRequest(request, {}, to);
}
