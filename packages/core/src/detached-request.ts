import { peekRecord, recordOf } from './record-of.js';

// The fast path. A standard `Request` with a body costs a body stream and one with a signal an
// abort follower; the gateway makes several per call (its own, the provider's, each replay) and
// they were a fifth of its CPU per request. A *detached* request is a standard `Request` built
// with neither: its body bytes and its caller's signal live in its record, where every part of
// Switchyard reads them (`sendableBody`, `bufferBody`, `transportSignal`, `requestSignal`).
//
// Code Switchyard did not write would see an empty body and a signal that never aborts, so a
// request is detached only on the way to a part marked detach-safe when the pipeline is built:
// one that reads requests only through their record and hands on only requests it derives itself.
// Every request derived from a detached one is detached too; they all travel downstream of the
// part that was proven safe. `SWITCHYARD_FAST_PATH=off` in the environment (or
// `setFastPath(false)` before building a pipeline) turns detaching off everywhere, to rule it out.

const detachSafeParts = new WeakSet<object>();

let fastPath = readEnvironmentSwitch();

function readEnvironmentSwitch(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.SWITCHYARD_FAST_PATH !== 'off';
}

/**
 * Turns detached requests on or off for pipelines built from now on (tests run the contract with
 * both). Default: on, unless `SWITCHYARD_FAST_PATH=off` is set in the environment.
 */
export function setFastPath(enabled: boolean): void {
  fastPath = enabled;
}

/**
 * Marks `part` (a handler, or a middleware whose every handler is Switchyard's own) as
 * detach-safe: it reads request bodies and signals only through the request record and never
 * hands a request it was given to code Switchyard did not write. Returns `part`.
 */
export function markDetachSafe<T extends object>(part: T): T {
  detachSafeParts.add(part);
  return part;
}

/** True when `part` may be handed detached requests (and the fast path is on). */
export function isDetachSafe(part: unknown): boolean {
  return fastPath && typeof part === 'function' && detachSafeParts.has(part);
}

/** What a detached request is made of. */
export interface DetachedRequestInit {
  method: string;
  headers: Headers | Record<string, string>;
  /** The whole body, in memory; `null`: none. */
  body: Uint8Array | string | null;
  /** The caller's signal; `null`: nothing can abort the request. */
  signal: AbortSignal | null;
  redirect?: Request['redirect'];
}

/**
 * A detached request for `url`: a standard `Request` with the method and headers, its body and
 * signal kept in its record. Only for a detach-safe part (`isDetachSafe`).
 */
export function detachedRequest(url: string | URL, init: DetachedRequestInit): Request {
  const request = new Request(url, {
    method: init.method,
    headers: init.headers,
    ...(init.redirect === undefined ? {} : { redirect: init.redirect }),
  });
  const record = recordOf(request);
  record.body = init.body;
  record.callerSignal = init.signal;
  record.detached = true;
  return request;
}

/** True when `request` is detached: its body and signal are in its record only. */
export function isDetached(request: Request): boolean {
  return peekRecord(request)?.detached === true;
}
