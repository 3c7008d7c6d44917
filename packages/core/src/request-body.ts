/**
 * A request body is a stream that can be read once. Switchyard reads it at most once per request,
 * keeps the bytes here, and lets every later reader (a retry, a cache key, the transport) reuse them.
 */
const buffered = new WeakMap<Request, Promise<Uint8Array | null>>();
const texts = new WeakMap<Request, Promise<string>>();
const known = new WeakMap<Request, Uint8Array | string | null>();

/** Records a body already known in memory (a string from `toFetch`, JSON from `withJsonBody`). */
export function rememberBody(request: Request, body: Uint8Array | string | null): void {
  known.set(request, body);
}

/**
 * The body as it should be sent now: the remembered string or bytes when the body is known, else the
 * request's own stream (which the caller then consumes). `null` for a request without a body.
 */
export function sendableBody(request: Request): Uint8Array | string | ReadableStream<Uint8Array> | null {
  const body = known.get(request);
  if (body !== undefined) return body;
  return request.body;
}

/** True when the body is held in memory, so it can be sent more than once. */
export function isBodyReplayable(request: Request): boolean {
  return known.has(request) || request.body === null;
}

/**
 * Reads the whole body once and keeps it, so that the request can be sent again (retries,
 * fallbacks). Memoized per `Request`.
 */
export async function bufferBody(request: Request): Promise<Uint8Array | string | null> {
  const body = known.get(request);
  if (body !== undefined) return body;
  if (request.body === null) return null;
  let pending = buffered.get(request);
  if (!pending) {
    pending = request.arrayBuffer().then((buffer) => {
      const bytes = new Uint8Array(buffer);
      known.set(request, bytes);
      return bytes;
    });
    buffered.set(request, pending);
  }
  return pending;
}

/** The body as text, read once per `Request`. An absent body reads as `''`. */
export function readBodyText(request: Request): Promise<string> {
  let pending = texts.get(request);
  if (!pending) {
    pending = bufferBody(request).then((body) => {
      if (body === null) return '';
      return typeof body === 'string' ? body : new TextDecoder().decode(body);
    });
    texts.set(request, pending);
  }
  return pending;
}

/** Copies what is known of one request's body to another request carrying the same body. */
export function carryBody(from: Request, to: Request): void {
  const body = known.get(from);
  if (body !== undefined) known.set(to, body);
  const text = texts.get(from);
  if (text) texts.set(to, text);
}
