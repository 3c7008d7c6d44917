import { errorResponse } from '@switchyard/core';
import { rememberBody } from '@switchyard/core/internal';
import type { MiddlewareHandler } from 'hono';
import { wholeJsonResponse } from './whole-json-response.js';

/**
 * A middleware for the gateway's routes in the Hono app: reads the request body whole, up to
 * `maxBodyBytes`, and hands the routes a request that carries the bytes, as `serve`'s own listener
 * does. The pipeline may then cancel or re-read its body (a transport that answers without sending
 * it, a failed branch) without ever touching the host's stream: a host stream cancelled while the
 * client is still sending crashes Node 20's `Readable.toWeb` (used by `@hono/node-server` and
 * `serve`'s Hono path) with an uncaught "Controller is already closed", which ends the process.
 *
 * A body over the limit is answered by `tooLarge` at once (by its declared length, or as soon as
 * it grows past the limit), leaving the rest unread: that answer closes the connection.
 */
export function readWholeBody(maxBodyBytes: number, tooLarge: () => Response): MiddlewareHandler {
  return async function readWholeBody(c, next) {
    const request = c.req.raw;
    if (request.body === null) return next();
    const declared = request.headers.get('content-length');
    if (declared !== null && !request.headers.has('transfer-encoding') && Number(declared) > maxBodyBytes) {
      return wholeJsonResponse(tooLarge());
    }
    const reader = request.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        // Not cancelled: cancelling is what crashes Node (above); the answer closes the connection.
        if (size > maxBodyBytes) {
          reader.releaseLock();
          return wholeJsonResponse(tooLarge());
        }
        chunks.push(value);
      }
    } catch {
      // The client went away mid-upload, or the host failed its stream: nobody waits for an answer.
      const { pathname } = new URL(request.url);
      return wholeJsonResponse(
        errorResponse(400, `The body of ${request.method} ${pathname} ended before it was complete`, {
          code: 'request_body_incomplete',
        }),
      );
    }
    const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
    const headers = new Headers(request.headers);
    headers.delete('transfer-encoding');
    headers.set('content-length', String(size));
    const whole = new Request(request.url, {
      method: request.method,
      headers,
      body: bytes,
      signal: request.signal,
    });
    // The bytes are in memory: Switchyard's parts read them from there, the stream stays unread.
    rememberBody(whole, bytes);
    c.req.raw = whole;
    return next();
  };
}
