import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type Answer,
  answerHeaders,
  answerText,
  type CallEnd,
  hangLimitMs,
  parsedBody,
  type ReceivedCall,
  Script,
} from './script.js';

/** One case's part of the upstream: its own path prefix, so a late call of an earlier case never mixes in. */
export interface UpstreamRoute {
  /** The OpenAI base URL of this route, e.g. `http://127.0.0.1:40123/c7/v1`. */
  baseURL: string;
  script: Script;
}

/** A local OpenAI-shaped HTTP server on 127.0.0.1 that answers each route by its script. */
export interface Upstream {
  route(answers: readonly Answer[]): UpstreamRoute;
  close(): Promise<void>;
}

/** Starts the upstream on 127.0.0.1, on a port the system picks. */
export async function startUpstream(): Promise<Upstream> {
  const scripts = new Map<string, Script>();
  const server = createServer((request, response) => {
    void answer(request, response).catch(() => response.destroy());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const id = /^\/(c\d+)\//.exec(request.url ?? '')?.[1];
    const script = id === undefined ? undefined : scripts.get(id);
    if (script === undefined) {
      response.writeHead(404).end();
      return;
    }
    let end!: (how: CallEnd) => void;
    const call: ReceivedCall = {
      method: request.method ?? '',
      url: `${origin}${request.url}`,
      bodies: [parsedBody(Buffer.concat(chunks).toString('utf8'))],
      ended: new Promise((resolve) => {
        end = resolve;
      }),
    };
    const status = script.receive(call);
    if (status !== 'hang') {
      response.writeHead(status, answerHeaders()).end(answerText(status));
      end('answered');
      return;
    }
    // The caller giving up closes the connection before any answer: that is how a server sees an abort.
    const timer = setTimeout(() => {
      response.writeHead(200, answerHeaders()).end(answerText(200));
      end('answered');
    }, hangLimitMs);
    response.on('close', () => {
      if (response.writableFinished) return;
      clearTimeout(timer);
      end('aborted');
    });
  }

  let routes = 0;
  return {
    route(answers) {
      const id = `c${++routes}`;
      const script = new Script(answers);
      scripts.set(id, script);
      return { baseURL: `${origin}/${id}/v1`, script };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
