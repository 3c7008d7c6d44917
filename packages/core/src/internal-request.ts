import { rememberBody } from './request-body.js';
import { rememberCallerSignal } from './transport-signal.js';

const internalRequests = new WeakSet<Request>();
const internalHandlers = new WeakSet<object>();

/** What `internalRequest` builds a request from. */
export interface InternalRequestInit {
  method: string;
  headers: RequestInit['headers'];
  /** The whole body, already in memory; `null` for none. */
  body: Uint8Array | string | null;
  /** Aborts the request (the client went away). */
  signal: AbortSignal;
}

/**
 * A `Request` for a front that knows only Switchyard parts will see it (the gateway, with its own
 * transport and no caller middlewares in front): its body lives only in memory and its signal only
 * in core's records, because on Node 20 a body stream, and a signal the `Request` must follow, each
 * cost more than the rest of a `Request`. Switchyard parts read both through core (`readJsonBody`,
 * `sendableBody`, `requestSignal`, `transportSignal`); `deriveRequest` keeps derived requests
 * internal. Never hand one to code that reads `request.body` or `request.signal` itself.
 */
export function internalRequest(url: string, init: InternalRequestInit): Request {
  const request = new Request(url, { method: init.method, headers: init.headers });
  markInternal(request, init.body, init.signal);
  return request;
}

/** True for a request built by `internalRequest` or derived from one. */
export function isInternalRequest(request: Request): boolean {
  return internalRequests.has(request);
}

/** Records `request` as internal, with its body and signal. */
export function markInternal(request: Request, body: Uint8Array | string | null, signal: AbortSignal): void {
  rememberBody(request, body);
  rememberCallerSignal(request, signal);
  internalRequests.add(request);
}

/** Records that `handler` reads bodies and signals through core, so it can be given internal requests. */
export function markHandlesInternalRequests<T extends object>(handler: T): T {
  internalHandlers.add(handler);
  return handler;
}

/** True for a handler marked with `markHandlesInternalRequests` (the Switchyard transports). */
export function handlesInternalRequests(handler: object): boolean {
  return internalHandlers.has(handler);
}
