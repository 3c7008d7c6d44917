import type { Middleware } from './handler.js';
import { newInternalRequestObject, ownRecordOf } from './internal-request-object.js';
import { rememberBody } from './request-body.js';
import { rememberCallerSignal } from './transport-signal.js';

const internalHandlers = new WeakSet<object>();

/** What `internalRequest` builds a request from. */
export interface InternalRequestInit {
  method: string;
  headers: RequestInit['headers'];
  /** The whole body, already in memory; `null` for none. */
  body: Uint8Array | string | null;
  /** Aborts the request (the client went away); `null` when nothing can abort it. */
  signal: AbortSignal | null;
}

/**
 * A `Request` for a front that knows only Switchyard parts will see it (the gateway, and `toFetch`
 * in front of a chain made only of Switchyard parts): its body lives only in memory and its signal
 * only in core's records, and it is not made by the `Request` constructor, because on Node 20 a body
 * stream, a signal the `Request` must follow and the constructor itself each cost more than the rest
 * of the call. Its URL, method and headers are checked and normalized as `new Request()` does.
 * Switchyard parts read body and signal through core (`readJsonBody`, `sendableBody`,
 * `requestSignal`, `transportSignal`); `deriveRequest` keeps derived requests internal. Never hand
 * one to code that reads `request.body` or `request.signal` itself: reading the body that way throws.
 *
 * @throws TypeError naming an invalid URL or method.
 */
export function internalRequest(url: string, init: InternalRequestInit): Request {
  const request = newInternalRequestObject(url, init.method, new Headers(init.headers));
  markInternal(request, init.body, init.signal);
  return request;
}

/** True for a request built by `internalRequest` or derived from one. */
export function isInternalRequest(request: Request): boolean {
  return ownRecordOf(request) !== undefined;
}

/** Records the body and the caller's signal of `request`, an internal request object. */
export function markInternal(
  request: Request,
  body: Uint8Array | string | null,
  signal: AbortSignal | null,
): void {
  rememberBody(request, body);
  rememberCallerSignal(request, signal);
}

/** Records that `handler` reads bodies and signals through core, so it can be given internal requests. */
export function markHandlesInternalRequests<T extends object>(handler: T): T {
  internalHandlers.add(handler);
  return handler;
}

/**
 * Marks `handler`, a middleware's handler in front of `downstream`, as handling internal requests
 * when every one of `downstream` does. For middlewares that read bodies and signals only through
 * core and call no code of the caller's with the request: a chain built only of such parts ending
 * at a Switchyard transport is marked as a whole, so `toFetch` can hand it internal requests.
 * Returns `handler`.
 */
export function markHandlesInternalRequestsLike<T extends object>(handler: T, ...downstream: object[]): T {
  if (downstream.length > 0 && downstream.every((next) => internalHandlers.has(next))) {
    internalHandlers.add(handler);
  }
  return handler;
}

/**
 * `middleware` with each handler it builds marked like the handler it wraps
 * (`markHandlesInternalRequestsLike`): for Switchyard middlewares with one `next`.
 */
export function passesInternalRequests(middleware: Middleware): Middleware {
  return (next) => markHandlesInternalRequestsLike(middleware(next), next);
}

/**
 * True for a handler marked with `markHandlesInternalRequests` (the Switchyard transports) or
 * `markHandlesInternalRequestsLike` (Switchyard middlewares in front of such handlers).
 */
export function handlesInternalRequests(handler: object): boolean {
  return internalHandlers.has(handler);
}
