import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { errorResponse } from '@switchyard/core';
import {
  type BodyLimits,
  connectionHeaderNames,
  knownResponseBytes,
  responseHeaders,
  startBodyClock,
} from '@switchyard/core/internal';
import { inClientDialect } from './client-dialect.js';
import { tooLarge } from './create-gateway.js';
import { errorToResponse } from './error-to-response.js';
import type { FailureReporter } from './failure-log.js';
import type { GatewayCore } from './gateway-core.js';
import type { TimeLimits } from './gateway-limits.js';
import { gatewayRouteMatcher } from './gateway-routes.js';
import { isGatewayHeader, isHopByHopResponseHeader } from './header-filter.js';
import { portkeyHeaderName } from './portkey-response-headers.js';
import { RequestClock } from './request-clock.js';
import { type GatewayHeaders, readGatewayHeaders } from './request-headers.js';

/** What `gatewayListener` answers with. */
export interface ListenerSettings {
  /** `http://<host>:<port>`, put in front of each request's path. */
  origin: string;
  basePath: string;
  maxBodyBytes: number;
  /** Answers every route that is not a gateway route (the Hono app). */
  fallback: RequestListener;
  /** Logs a 5xx of the gateway's own making and gives it a request id. */
  report: FailureReporter;
  limits: TimeLimits;
}

/**
 * `serve`'s request listener: the gateway routes are answered straight from Node's request (the
 * body read once into memory, one `Request` built with the forwarded headers, the response written
 * chunk by chunk with Portkey's header names added while writing), and everything else (health,
 * CORS, 404) goes to `fallback`, the Hono app (see `fetchListener`). Same behaviour as the app,
 * fewer objects per request.
 */
export function gatewayListener(core: GatewayCore, settings: ListenerSettings): RequestListener {
  const { basePath, maxBodyBytes, fallback } = settings;
  const isGatewayRoute = gatewayRouteMatcher(basePath);
  return (incoming, outgoing) => {
    const url = incoming.url ?? '/';
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    if (!isGatewayRoute(incoming.method ?? 'GET', path)) {
      fallback(incoming, outgoing);
      return;
    }
    const declared = Number(incoming.headers['content-length'] ?? 0);
    if (declared > maxBodyBytes) {
      void write(outgoing, tooLarge(maxBodyBytes), { closeConnection: true });
      return;
    }
    if (incoming.method === 'GET') {
      void answer(core, settings, incoming, outgoing, url, path, null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    incoming.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > maxBodyBytes) {
        refused = true;
        void write(outgoing, tooLarge(maxBodyBytes), { closeConnection: true });
        return;
      }
      chunks.push(chunk);
    });
    incoming.on('end', () => {
      if (refused) return;
      const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
      void answer(core, settings, incoming, outgoing, url, path, body);
    });
  };
}

async function answer(
  core: GatewayCore,
  settings: ListenerSettings,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  url: string,
  path: string,
  body: Buffer | null,
): Promise<void> {
  const raw = incoming.headers;
  const method = incoming.method ?? 'GET';
  const failed = { method, path, headers: raw };
  let headers: GatewayHeaders;
  try {
    headers = readGatewayHeaders(raw, core.keyed);
  } catch (error) {
    await write(outgoing, await inClientDialect(path, settings.report(errorToResponse(error), failed)));
    return;
  }
  const named = connectionHeaderNames(raw.connection);
  const forwarded: Record<string, string> = {};
  for (const name in raw) {
    if (isGatewayHeader(name, named)) continue;
    const value = raw[name];
    if (value !== undefined) forwarded[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const controller = new AbortController();
  outgoing.once('close', () => {
    if (!outgoing.writableFinished) controller.abort(new Error('The client closed the request'));
  });
  // The bytes are in memory already: the core builds the Request once it knows the pipeline.
  const request = { url: settings.origin + url, method, headers: forwarded, body, signal: controller.signal };
  const clock = new RequestClock(settings.limits, controller);
  try {
    const answered = await clock.answer(core.handle(request, headers));
    const response = await inClientDialect(path, settings.report(answered, { ...failed, gateway: headers }));
    // The writer holds an event stream to its limits while it pumps it: no stream is made for them.
    await write(outgoing, response, {
      controller,
      traceId: headers.options.traceId,
      limits: clock.bodyLimits(response),
    });
  } finally {
    clock.stop();
  }
}

/** How `write` writes a response. */
interface WriteOptions {
  /** Ask the client to close the connection after this response. Default: false. */
  closeConnection?: boolean;
  /** Aborted when the client goes away mid-body, so the upstream stops too. Default: none. */
  controller?: AbortController;
  /** The client's trace id, echoed when the pipeline set none. Default: none. */
  traceId?: string;
  /** Add each Switchyard status header's Portkey name too. Default: true. */
  mirror?: boolean;
  /** Time limits the body is held to while it is written (`RequestClock.bodyLimits`). Default: none. */
  limits?: BodyLimits | undefined;
}

/**
 * Writes `response` to Node's response: status, headers (each Switchyard status header also under
 * its Portkey name; no hop-by-hop header of the upstream's, nor its framing: Node frames the body
 * for this hop), then the body chunk by chunk, waiting for the socket to drain, so streams reach the
 * client as they are produced. A client gone mid-stream cancels the body upstream.
 */
async function write(
  outgoing: ServerResponse,
  response: Response,
  options: WriteOptions = {},
): Promise<void> {
  const { controller, traceId, limits } = options;
  const head: string[] = [];
  if (traceId !== undefined && !response.headers.has(responseHeaders.traceId)) {
    head.push(responseHeaders.traceId, traceId, portkeyHeaderName(responseHeaders.traceId)!, traceId);
  }
  const mirror = options.mirror ?? true;
  const named = connectionHeaderNames(response.headers.get('connection'));
  for (const [name, value] of response.headers) {
    if (name === 'content-length' || name === 'set-cookie' || isHopByHopResponseHeader(name, named)) continue;
    head.push(name, value);
    const mirrored = mirror ? portkeyHeaderName(name) : undefined;
    if (mirrored !== undefined) head.push(mirrored, value);
  }
  for (const cookie of response.headers.getSetCookie()) head.push('set-cookie', cookie);
  if (options.closeConnection) head.push('connection', 'close');
  const body = response.body;
  if (body === null) {
    limits?.onEnd?.();
    outgoing.writeHead(response.status, response.statusText || undefined, head);
    outgoing.end();
    return;
  }
  if (response.headers.get('content-type')?.startsWith('application/json')) {
    // A JSON answer is only useful whole: one write with its length, no chunked framing.
    const known = knownResponseBytes(response);
    if (known !== undefined) endWhole(outgoing, response, head, known);
    else await writeWhole(outgoing, response, head, body.getReader(), controller);
    return;
  }
  outgoing.writeHead(response.status, response.statusText || undefined, head);
  const eventStream = response.headers.get('content-type')?.startsWith('text/event-stream') === true;
  await writeChunks(outgoing, body.getReader(), eventStream, controller, limits);
}

/**
 * Writes what `reader` reads to `outgoing` chunk by chunk, waiting for the socket to drain, then ends
 * it. The `limits`' clock runs here rather than in a stream of its own around the body: when one
 * passes, the body is cancelled and an event stream ends with the error event `limitBody` would
 * send. A client gone, a body that fails or any other body cut by a limit cuts the connection.
 */
async function writeChunks(
  outgoing: ServerResponse,
  reader: ReadableStreamDefaultReader<Uint8Array>,
  eventStream: boolean,
  controller: AbortController | undefined,
  limits: BodyLimits | undefined,
): Promise<void> {
  // Set when a limit cuts the body: the event an event stream ends with, `null` for any other body.
  let lastEvent: Uint8Array | null | undefined;
  const clock =
    limits &&
    startBodyClock(limits, (reason, event) => {
      lastEvent = eventStream ? event : null;
      reader.cancel(reason).catch(() => undefined);
    });
  try {
    for (;;) {
      clock?.waiting();
      let read: Awaited<ReturnType<typeof reader.read>>;
      try {
        read = await reader.read();
      } catch (error) {
        if (lastEvent === undefined) throw error;
        break; // the body failed because a limit cut it
      } finally {
        clock?.arrived();
      }
      if (read.done || lastEvent !== undefined) break;
      if (outgoing.destroyed) throw new Error('client gone');
      if (!outgoing.write(read.value)) {
        await new Promise<void>((resolve) => {
          const resume = () => {
            outgoing.off('drain', resume);
            outgoing.off('close', resume);
            resolve();
          };
          outgoing.on('drain', resume);
          outgoing.on('close', resume);
        });
      }
    }
    if (lastEvent === null) throw new Error('cut by a time limit');
    clock?.finish();
    if (lastEvent === undefined) outgoing.end();
    else outgoing.end(lastEvent);
  } catch {
    clock?.finish();
    controller?.abort(new Error('The client closed the request'));
    reader.cancel().catch(() => undefined);
    // Headers are out: the only honest signal left to the client is a cut connection.
    outgoing.destroy();
  }
}

async function writeWhole(
  outgoing: ServerResponse,
  response: Response,
  head: string[],
  reader: ReadableStreamDefaultReader<Uint8Array>,
  controller: AbortController | undefined,
): Promise<void> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    controller?.abort(new Error('The response body failed'));
    outgoing.destroy();
    return;
  }
  endWhole(outgoing, response, head, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
}

/** Writes `response`'s head with the length of `body`, then `body` in one write. */
function endWhole(outgoing: ServerResponse, response: Response, head: string[], body: Uint8Array): void {
  head.push('content-length', String(body.byteLength));
  outgoing.writeHead(response.status, response.statusText || undefined, head);
  outgoing.end(body);
}

/**
 * A Node request listener over a fetch-style handler (the Hono app): a real `Request` (body
 * streamed, signal aborted when the client goes away) in, the `Response` written back as is.
 * Unlike `@hono/node-server`, it leaves the global `Request` and `Response` alone.
 */
export function fetchListener(
  handle: (request: Request) => Response | Promise<Response>,
  origin: string,
): RequestListener {
  return (incoming, outgoing) => {
    const controller = new AbortController();
    outgoing.once('close', () => {
      if (!outgoing.writableFinished) controller.abort(new Error('The client closed the request'));
    });
    const method = incoming.method ?? 'GET';
    const headers = new Headers();
    for (const name in incoming.headers) {
      const value = incoming.headers[name];
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    let request: Request;
    try {
      request = new Request(origin + (incoming.url ?? '/'), {
        method,
        headers,
        body:
          method === 'GET' || method === 'HEAD'
            ? null
            : (Readable.toWeb(incoming) as ReadableStream<Uint8Array>),
        signal: controller.signal,
        duplex: 'half',
      } as RequestInit);
    } catch (error) {
      void write(outgoing, errorResponse(400, `Malformed request: ${(error as Error).message}`), {
        closeConnection: true,
      });
      return;
    }
    // An answer that leaves the body unread (a 404, the app's 413, which says so) ends the
    // connection: the rest of the body would be taken for the next request. Node skips an unread
    // body by itself, but not once `Readable.toWeb` has started reading it.
    const closes = (response: Response) => asksToClose(response) || !incoming.complete;
    Promise.resolve()
      .then(() => handle(request))
      .then(
        (response) =>
          write(outgoing, response, { closeConnection: closes(response), controller, mirror: false }),
        (error: unknown) => {
          const answer = errorToResponse(error);
          return write(outgoing, answer, { closeConnection: closes(answer), controller, mirror: false });
        },
      );
  };
}

/** True when `response` (the app's own) says its connection must close after it. */
function asksToClose(response: Response): boolean {
  return /(?:^|,)\s*close\s*(?:,|$)/i.test(response.headers.get('connection') ?? '');
}
