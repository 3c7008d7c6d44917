import { peekRecord, recordOf } from './record-of.js';

// A request body is a stream that can be read once, and the request a middleware received must
// reach the next handler unread (the fetch contract). So Switchyard never reads a request's own
// stream: it keeps the bytes in the request's record when they are already in memory (`toFetch`
// with a string body, the gateway), and otherwise reads them from a clone, once per request.

/** Records a body already known in memory (a string from `toFetch`, the gateway's bytes). */
export function rememberBody(request: Request, body: Uint8Array | string | null): void {
  recordOf(request).body = body;
}

/**
 * The body as it should be sent now by a transport: the remembered string or bytes when the body is
 * known, else the request's own stream (which the transport then consumes). `null` for a request
 * without a body.
 */
export function sendableBody(request: Request): Uint8Array | string | ReadableStream<Uint8Array> | null {
  const body = peekRecord(request)?.body;
  if (body !== undefined) return body;
  return request.body;
}

/** True when the body is held in memory (or there is none), so it can be sent more than once. */
export function isBodyReplayable(request: Request): boolean {
  return peekRecord(request)?.body !== undefined || request.body === null;
}

/**
 * Reads the whole body once and keeps it, so that the request can be sent again (retries,
 * fallbacks) and read by several middlewares. Memoized per `Request`. `request` itself stays
 * unread: the bytes come from a clone.
 *
 * @throws TypeError naming the request when its body was already read by someone else.
 */
export async function bufferBody(request: Request): Promise<Uint8Array | string | null> {
  const record = recordOf(request);
  if (record.body !== undefined) return record.body;
  if (request.body === null) return null;
  record.buffering ??= readClone(request).then((bytes) => {
    record.body = bytes;
    return bytes;
  });
  return record.buffering;
}

async function readClone(request: Request): Promise<Uint8Array> {
  if (request.bodyUsed || request.body?.locked) {
    throw new TypeError(
      `The body of ${request.method} ${request.url} was already read before Switchyard could read it: ` +
        'hand each handler a request whose body is unread (clone it, or make a new Request)',
    );
  }
  return new Uint8Array(await request.clone().arrayBuffer());
}

/** The body as text, read once per `Request`. An absent body reads as `''`. */
export function readBodyText(request: Request): Promise<string> {
  const record = recordOf(request);
  record.text ??= bufferBody(request).then((body) => {
    if (body === null) return '';
    return typeof body === 'string' ? body : new TextDecoder().decode(body);
  });
  return record.text;
}

/** Copies what is known of one request's body to another request carrying the same body. */
export function carryBody(from: Request, to: Request): void {
  const known = peekRecord(from);
  if (known === undefined || (known.body === undefined && known.text === undefined)) return;
  const record = recordOf(to);
  if (known.body !== undefined) record.body = known.body;
  if (known.text !== undefined) record.text = known.text;
}
