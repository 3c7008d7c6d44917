import { createServer, type Server } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

/** A Next.js App Router route module: handlers by HTTP method, each `(request: Request) => Response`. */
export type RouteModule = Partial<Record<'GET' | 'POST', (request: Request) => Response | Promise<Response>>>;

/**
 * A node:http server that serves `route` for every path under `prefix` (a catch-all route such as
 * `app/api/llm/[...path]/route.ts`) as Next.js does on Node, without a Next build: the handler gets
 * a standard `Request` with the full URL and a signal that aborts when the client goes away, and
 * its `Response` is written as it is (status, every header, the body piped). `next` is not a
 * dependency of these tests: a Next app needs React and a build, and what matters to the gateway is
 * this contract.
 */
export function nextStyleServer(prefix: string, route: RouteModule): Server {
  return createServer(async (incoming, outgoing) => {
    const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? 'localhost'}`);
    const method = incoming.method ?? 'GET';
    const handler =
      url.pathname.startsWith(`${prefix}/`) && (method === 'GET' || method === 'POST')
        ? route[method]
        : undefined;
    if (handler === undefined) {
      outgoing.writeHead(404, { 'content-type': 'text/plain' }).end('This page could not be found.');
      return;
    }
    const client = new AbortController();
    outgoing.once('close', () => {
      if (!outgoing.writableFinished) client.abort(new Error('The client went away'));
    });
    const headers = new Headers();
    for (let at = 0; at < incoming.rawHeaders.length; at += 2) {
      headers.append(incoming.rawHeaders[at]!, incoming.rawHeaders[at + 1]!);
    }
    const request = new Request(url, {
      method,
      headers,
      body: method === 'GET' ? null : (Readable.toWeb(incoming) as ReadableStream<Uint8Array>),
      duplex: 'half',
      signal: client.signal,
    } as RequestInit);
    let response: Response;
    try {
      response = await handler(request);
    } catch {
      response = new Response('Internal Server Error', { status: 500 });
    }
    outgoing.statusCode = response.status;
    for (const [name, value] of response.headers) outgoing.appendHeader(name, value);
    if (response.body === null) {
      outgoing.end();
      return;
    }
    await pipeline(Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>), outgoing).catch(() =>
      outgoing.destroy(),
    );
  });
}
