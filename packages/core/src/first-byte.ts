import { tappedStream } from './body-tap.js';
import { UpstreamProtocolError } from './errors/upstream-protocol-error.js';

// Marks a response with nothing left to wait for before its first chunk, so retry, fallback and
// timeout, each asking in turn, need not read its headers. A global symbol, so copies of core in one
// dependency tree recognise it.
const firstByteSettled = Symbol.for('switchyard.first-byte-settled');

/**
 * Marks `response` as one `awaitFirstByte` has nothing to wait for: its first body chunk already
 * arrived (a transport that waited for it), or its maker knows it is not an event stream (a
 * transport that read its content type). `awaitFirstByte` then hands it on without wrapping its
 * body, and `needsFirstByte` answers without reading its headers. Returns `response`.
 */
export function markFirstByteSettled(response: Response): Response {
  // A plain assignment, not `Object.defineProperty`: on Node 20 defining the property costs about
  // 1 µs on a `Response`, which every transport answer would pay.
  (response as unknown as Record<symbol, boolean>)[firstByteSettled] = true;
  return response;
}

/**
 * True when `awaitFirstByte` has something to wait for: a successful event stream whose first
 * chunk has not come yet, and that nobody marked settled. Lets a hot path skip the await for every
 * other response.
 */
export function needsFirstByte(response: Response): boolean {
  return (
    !(firstByteSettled in response) &&
    response.ok &&
    response.body !== null &&
    response.headers.get('content-type')?.startsWith('text/event-stream') === true
  );
}

/**
 * For a successful event stream, waits for its first chunk before handing it on, so that a stream
 * that dies before sending anything fails here, where it can still be retried, instead of in the
 * caller's hands. Other responses (JSON, errors) are returned as they are. The returned response
 * streams the same bytes; cancelling it cancels the upstream body. `signal`: the caller's, from
 * `transportSignal` (`undefined`: nothing can abort the call).
 *
 * @throws UpstreamProtocolError when the stream errors or ends before its first byte (the caller's
 *   abort is rethrown as its reason).
 */
export async function awaitFirstByte(response: Response, signal: AbortSignal | undefined): Promise<Response> {
  return firstByteReady(response, signal);
}

/**
 * `awaitFirstByte` without a promise where there is nothing to wait for: `response` itself, unless
 * it is an event stream whose first chunk has not come yet, then the promise `awaitFirstByte` gives.
 * For hot paths that handle every response, most of them JSON.
 */
export function firstByteReady(
  response: Response,
  signal: AbortSignal | undefined,
): Response | Promise<Response> {
  return needsFirstByte(response) ? peekFirstChunk(response, signal) : response;
}

/** Waits for the first chunk of `response`, a successful event stream that has not sent it yet. */
async function peekFirstChunk(response: Response, signal: AbortSignal | undefined): Promise<Response> {
  const reader = response.body!.getReader();
  // A body that does not follow the signal (one built in process) is cancelled on abort too.
  const cancel = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', cancel, { once: true });
  let first: Awaited<ReturnType<typeof reader.read>>;
  try {
    first = await reader.read();
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new UpstreamProtocolError('The event stream failed before its first byte', { cause: error });
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
  if (signal?.aborted) throw signal.reason;
  if (first.done) throw new UpstreamProtocolError('The event stream ended before its first byte');
  // Delivered only as the reader asks, so the first chunk too passes any tap attached meanwhile.
  const body = tappedStream(reader, first.value);
  const peeked = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  return markFirstByteSettled(peeked);
}
