import type { Handler } from './handler.js';
import { handlesInternalRequests, internalRequest } from './internal-request.js';
import { rememberBody } from './request-body.js';
import { rememberCallerSignal } from './transport-signal.js';

/** A function with `fetch`'s signature. */
export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * A `fetch`-compatible function that answers through `handler`, for SDKs that accept a custom
 * fetch: `new OpenAI({ fetch: toFetch(pipeline), apiKey: 'unused' })`. Keeps method, headers,
 * body (streams included) and signal.
 *
 * When `handler` is made only of Switchyard parts (a Switchyard transport, and middlewares that read
 * bodies and signals through core: see `markHandlesInternalRequestsLike`), a call with a URL and a
 * string body or none becomes an `internalRequest`, which on Node 20 saves the `Request`
 * constructor, a body stream and a following signal per call. Any other handler gets a standard
 * `Request`.
 */
export function toFetch(handler: Handler): FetchFunction {
  if (typeof handler !== 'function') throw new TypeError('toFetch: handler must be a function');
  const internal = handlesInternalRequests(handler);
  return function switchyardFetch(input, init) {
    if (input instanceof Request && init === undefined) return handler(input);
    if (internal && !(input instanceof Request) && fitsInternalRequest(init)) {
      return handler(internalCall(String(input), init));
    }
    const body = init?.body;
    const request = new Request(input, isStream(body) ? ({ ...init, duplex: 'half' } as RequestInit) : init);
    // SDKs send JSON bodies as strings: keep the string so nobody has to read the stream back.
    if (typeof body === 'string') rememberBody(request, body);
    // The signal the request follows, as the Request constructor picks it (`null` in init: none).
    const signal = init?.signal !== undefined ? init.signal : input instanceof Request ? input.signal : null;
    rememberCallerSignal(request, signal);
    return handler(request);
  };
}

/**
 * Whether a call with `init` can be an internal request: a string body or none, default redirects.
 * A body on a GET or HEAD is left to `new Request()`, which rejects it.
 */
function fitsInternalRequest(init: RequestInit | undefined): boolean {
  if (init === undefined) return true;
  if (init.redirect !== undefined && init.redirect !== 'follow') return false;
  const body = init.body;
  if (body === undefined || body === null) return true;
  const method = init.method?.toUpperCase() ?? 'GET';
  return typeof body === 'string' && method !== 'GET' && method !== 'HEAD';
}

function internalCall(url: string, init: RequestInit | undefined): Request {
  const body = (init?.body as string | null | undefined) ?? null;
  const request = internalRequest(url, {
    method: init?.method ?? 'GET',
    headers: init?.headers,
    body,
    signal: init?.signal ?? null,
  });
  // As `new Request()` does for a string body sent without a type.
  if (body !== null && !request.headers.has('content-type')) {
    request.headers.set('content-type', 'text/plain;charset=UTF-8');
  }
  return request;
}

function isStream(body: unknown): boolean {
  return (
    typeof body === 'object' && body !== null && typeof (body as ReadableStream).getReader === 'function'
  );
}
