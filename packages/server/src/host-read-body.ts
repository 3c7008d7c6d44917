import { errorResponse } from '@switchyard/core';
import type { Context, MiddlewareHandler } from 'hono';
import { wholeJsonResponse } from './whole-json-response.js';

/**
 * What a Node body parser leaves on `c.env.incoming`, Node's request as `@hono/node-server`'s
 * `getRequestListener` hands it to the app: Express's `express.json()` reads the stream and puts
 * the parsed value in `body`.
 */
interface ParsedIncoming {
  readableDidRead?: boolean;
  body?: unknown;
}

/**
 * A middleware for the gateway's routes that copes with a host which read the request body before
 * the gateway got it, so nothing ever goes upstream with an empty body:
 *
 * - Express with `express.json()` (or `express.raw()`, `express.text()`) mounted in front of the
 *   gateway: the body it parsed is sent (JSON is serialised again: same value, maybe other spacing).
 * - A Hono app around the gateway that read it with `c.req.json()` / `c.req.text()`: Hono's copy.
 * - Anything else that read it and kept nothing usable (a multipart parser, a middleware that drains
 *   the stream): a 400 in OpenAI's error shape saying to mount the gateway before the body parser.
 *
 * An unread body passes untouched: the gateway reads it itself.
 */
export function hostReadBody(): MiddlewareHandler {
  return async function hostReadBody(c, next) {
    const request = c.req.raw;
    if (request.method === 'GET' || request.method === 'HEAD') return next();
    let bytes: Uint8Array | undefined;
    if (request.bodyUsed) {
      // Hono keeps what `c.req.json()`/`text()`/`arrayBuffer()` read, and rebuilds the bytes from it.
      if (Object.keys(c.req.bodyCache).length === 0) return bodyGone(c, 'was already read');
      bytes = new Uint8Array(await c.req.arrayBuffer());
    } else {
      const incoming = nodeIncoming(c.env);
      if (incoming?.readableDidRead !== true) return next();
      bytes = parsedBytes(incoming.body, request.headers.get('content-type'));
      if (bytes === undefined) return bodyGone(c, 'was read by a body parser in front of the gateway');
    }
    const headers = new Headers(request.headers);
    // The bytes are what the parser decoded: no longer compressed, and maybe of another length.
    headers.delete('content-encoding');
    headers.delete('transfer-encoding');
    headers.set('content-length', String(bytes.byteLength));
    c.req.raw = new Request(request.url, {
      method: request.method,
      headers,
      body: bytes,
      signal: request.signal,
    });
    return next();
  };
}

function nodeIncoming(env: unknown): ParsedIncoming | undefined {
  if (typeof env !== 'object' || env === null) return undefined;
  const incoming = (env as { incoming?: unknown }).incoming;
  return typeof incoming === 'object' && incoming !== null ? (incoming as ParsedIncoming) : undefined;
}

/** The body a Node body parser left, as bytes to send; `undefined` when it left nothing sendable. */
function parsedBytes(body: unknown, contentType: string | null): Uint8Array | undefined {
  if (body instanceof Uint8Array) return body; // express.raw()
  if (typeof body === 'string') return new TextEncoder().encode(body); // express.text()
  const type = contentType?.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  const json = type === 'application/json' || type.endsWith('+json');
  // express.json(); an object from a urlencoded or multipart parser is no JSON body.
  if (json && typeof body === 'object' && body !== null)
    return new TextEncoder().encode(JSON.stringify(body));
  return undefined;
}

function bodyGone(c: Context, what: string): Promise<Response> {
  const { pathname } = new URL(c.req.url);
  const answer = errorResponse(
    400,
    `The body of ${c.req.method} ${pathname} ${what}, and nothing it left can be sent on: mount ` +
      'the gateway before any body parser (in Express, before express.json()), or hand it an unread request',
    { code: 'request_body_consumed' },
  );
  return wholeJsonResponse(answer);
}
