import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the native server received it. */
export interface NativeServerRequest {
  method: string;
  /** The request target as sent: path and query string. */
  path: string;
  headers: IncomingHttpHeaders;
  /** The body decoded as UTF-8 (`''` when there is none). */
  body: string;
}

/** What the native server answers to one request. */
export interface NativeAnswer {
  /** Default: `200`. */
  status?: number;
  /** Default: `{ 'content-type': 'application/json' }`. */
  headers?: Record<string, string>;
  /** Written in order, each piece flushed on its own turn of the event loop so chunk boundaries are real. */
  body: string | Uint8Array | ReadonlyArray<string | Uint8Array>;
  /** Destroy the socket after writing the body instead of ending the response (a cut stream). Default: `false`. */
  cut?: boolean;
}

/** A real HTTP server on 127.0.0.1 standing in for a provider's native API, recording what it was sent. */
export interface NativeServer {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** Every request received, in order. */
  requests: NativeServerRequest[];
  /** Ends open connections and stops listening. */
  close(): Promise<void>;
}

/**
 * Starts a server on 127.0.0.1 (a free port) answering every request with `answer(request)`: the
 * provider side of a provider test, where the test checks the exact native request sent and feeds
 * back a native answer (JSON, SSE or binary frames, optionally cut mid-way).
 */
export async function startNativeServer(
  answer: (request: NativeServerRequest) => NativeAnswer | Promise<NativeAnswer>,
): Promise<NativeServer> {
  const requests: NativeServerRequest[] = [];
  const server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', async () => {
      const received: NativeServerRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(parts).toString('utf8'),
      };
      requests.push(received);
      const reply = await answer(received);
      res.writeHead(reply.status ?? 200, reply.headers ?? { 'content-type': 'application/json' });
      const pieces =
        typeof reply.body === 'string' || reply.body instanceof Uint8Array ? [reply.body] : reply.body;
      for (const piece of pieces) {
        res.write(piece);
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (reply.cut) res.destroy();
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A JSON answer: `body` serialised, `content-type: application/json` plus `headers`. */
export function nativeJson(body: unknown, status = 200, headers: Record<string, string> = {}): NativeAnswer {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

/** An SSE answer: `text` written one event (up to and including its blank line) per piece. */
export function nativeSse(text: string, headers: Record<string, string> = {}): NativeAnswer {
  return { headers: { 'content-type': 'text/event-stream', ...headers }, body: text.split(/(?<=\n\n)/) };
}
