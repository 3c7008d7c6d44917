import { isInternalRequest, markInternal } from './internal-request.js';
import { newInternalRequestObject } from './internal-request-object.js';
import { carryJsonBody } from './json-body.js';
import { carryBody, rememberBody, sendableBody } from './request-body.js';
import { carryRequestOptions } from './request-options.js';
import { rememberCallerSignal, transportSignal } from './transport-signal.js';

/** What `deriveRequest` may change; everything left out is kept from the original request. */
export interface DeriveRequestInit {
  /** A new URL. Default: the original URL. */
  url?: string | URL;
  /**
   * New headers, replacing all of the original's; the new request owns them (an internal request
   * keeps them as they are, uncopied). Default: a copy of the original headers.
   */
  headers?: Headers;
  /** A new body. Default: the original body (its buffered copy when there is one). */
  body?: string | Uint8Array | null;
  /** A new signal. Default: the original signal. */
  signal?: AbortSignal;
  /** A new method. Default: the original method. */
  method?: string;
}

/**
 * A new `Request` with some parts replaced, keeping everything Switchyard already knows about the
 * original (its buffered body, parsed JSON, per-request options) so nothing is read twice.
 * When the body is kept and is an unread stream, the stream moves to the new request. A request
 * from `internalRequest` gives internal requests (body and signal kept in core's records only).
 */
export function deriveRequest(request: Request, init: DeriveRequestInit): Request {
  const keepsBody = init.body === undefined;
  const body = keepsBody ? sendableBody(request) : init.body;
  const method = init.method ?? request.method;
  const internal = isInternalRequest(request);
  let next: Request;
  if (internal) {
    next = newInternalRequestObject(
      init.url ?? request.url,
      method,
      init.headers ?? new Headers(request.headers),
    );
    // The caller's signal as recorded: none (nothing can abort it) stays none, so no transport listens.
    markInternal(
      next,
      (body ?? null) as Uint8Array | string | null,
      init.signal ?? transportSignal(request) ?? null,
    );
  } else {
    // A request whose caller cannot abort it (`toFetch` without a signal) needs no signal to follow.
    const neverAborts = init.signal === undefined && transportSignal(request) === undefined;
    next = new Request(init.url ?? request.url, {
      method,
      headers: init.headers ?? request.headers,
      body: method === 'GET' || method === 'HEAD' ? null : (body as RequestInit['body']),
      ...(neverAborts ? {} : { signal: init.signal ?? request.signal }),
      redirect: request.redirect,
      duplex: 'half',
    } as RequestInit);
    if (neverAborts) rememberCallerSignal(next, null);
  }
  if (keepsBody) {
    carryBody(request, next);
    carryJsonBody(request, next);
  } else if (!internal) {
    rememberBody(next, init.body ?? null);
  }
  if (init.headers === undefined) carryRequestOptions(request, next);
  return next;
}
