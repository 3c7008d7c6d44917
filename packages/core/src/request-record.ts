import type { RequestOptions } from './request-options.js';

/**
 * What core has learned about one request, so that nothing is read or parsed twice. Each field is
 * `undefined` until known.
 */
export interface RequestRecord {
  /** The whole body in memory; `null`: no body. */
  body: Uint8Array | string | null | undefined;
  /** The body being read from its stream, once. */
  buffering: Promise<Uint8Array | null> | undefined;
  /** The body as text. */
  text: Promise<string> | undefined;
  /** The body parsed as JSON. */
  json: Promise<unknown> | undefined;
  /** The per-request options parsed from its headers. */
  options: RequestOptions | undefined;
  /** The signal the caller gave; `null`: nothing can abort the request. */
  callerSignal: AbortSignal | null | undefined;
  /**
   * True for a detached request: the `Request` carries neither body nor signal, `body` and
   * `callerSignal` above are its body and signal (see `detached-request.ts`).
   */
  detached: boolean;
}

/** A record with nothing known yet. Every record has all fields, so they all share one shape. */
export function emptyRequestRecord(): RequestRecord {
  return {
    body: undefined,
    buffering: undefined,
    text: undefined,
    json: undefined,
    options: undefined,
    callerSignal: undefined,
    detached: false,
  };
}
