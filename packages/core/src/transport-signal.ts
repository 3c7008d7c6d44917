import { peekRecord, recordOf } from './record-of.js';

// The caller's own signal for requests `toFetch` built, or `null` when the caller gave none. A
// `Request` copies its signal into one that follows the original; handing the original to the
// transport saves `fetch` following a follower, and a request that can never abort needs none.

/** Records that `request`'s signal aborts exactly when `signal` does (`null`: never). */
export function rememberCallerSignal(request: Request, signal: AbortSignal | null): void {
  recordOf(request).callerSignal = signal;
}

/**
 * The signal a transport, or a middleware on its hot path, should honour for `request`: the
 * caller's own signal when `toFetch` or `deriveRequest` recorded it, `undefined` when the request
 * can never be aborted (so nothing need listen), else `request.signal`. Unlike `requestSignal` it
 * never makes a signal.
 */
export function transportSignal(request: Request): AbortSignal | undefined {
  const caller = peekRecord(request)?.callerSignal;
  if (caller === undefined) return request.signal;
  return caller ?? undefined;
}

/**
 * The signal Switchyard middlewares honour for `request`: the caller's own signal when one was
 * recorded for it (`toFetch`, `deriveRequest`), else `request.signal`. Both abort together;
 * `transportSignal` also says when nothing can abort the request.
 */
export function requestSignal(request: Request): AbortSignal {
  return peekRecord(request)?.callerSignal ?? request.signal;
}
