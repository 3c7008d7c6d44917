import type { Handler } from './handler.js';
import { rememberBody } from './request-body.js';
import { rememberCallerSignal } from './transport-signal.js';

/** A function with `fetch`'s signature. */
export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * A `fetch`-compatible function that answers through `handler`, for SDKs that accept a custom
 * fetch: `new OpenAI({ fetch: toFetch(pipeline), apiKey: 'unused' })`. The handler gets a standard
 * `Request` with method, headers, body (streams included) and signal as given.
 */
export function toFetch(handler: Handler): FetchFunction {
  if (typeof handler !== 'function') throw new TypeError('toFetch: handler must be a function');
  return function switchyardFetch(input, init) {
    if (input instanceof Request && init === undefined) return handler(input);
    const body = init?.body;
    const request = new Request(input, isStream(body) ? ({ ...init, duplex: 'half' } as RequestInit) : init);
    // SDKs send JSON bodies as strings: keep the string so no middleware has to read it back.
    if (typeof body === 'string') rememberBody(request, body);
    // The signal the request follows, as the Request constructor picks it (`null` in init: none).
    const signal = init?.signal !== undefined ? init.signal : input instanceof Request ? input.signal : null;
    rememberCallerSignal(request, signal);
    return handler(request);
  };
}

function isStream(body: unknown): boolean {
  return (
    typeof body === 'object' && body !== null && typeof (body as ReadableStream).getReader === 'function'
  );
}
