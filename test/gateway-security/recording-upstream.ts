import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as it reached the upstream. */
export interface Arrival {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  /** The body's size and SHA-256 (hex), so a large body is checked without keeping it. */
  bodyBytes: number;
  bodySha256: string;
  /** Resolves when the upstream's response to this request has closed (ended, or its connection dropped). */
  closed: Promise<void>;
}

/** A node:http upstream on 127.0.0.1 that records what reaches it and answers with `respond`. */
export interface RecordingUpstream {
  /** `http://127.0.0.1:<port>/v1`, what a `custom_host` names. */
  readonly baseURL: string;
  readonly arrivals: Arrival[];
  /** Resolves with the next arrival (its body read whole). */
  nextArrival(): Promise<Arrival>;
  close(): Promise<void>;
}

/** How the upstream answers a request whose body it has read. */
export type Respond = (response: ServerResponse, arrival: Arrival, request: IncomingMessage) => void;

/** Starts a recording upstream. */
export async function startRecordingUpstream(respond: Respond): Promise<RecordingUpstream> {
  const arrivals: Arrival[] = [];
  const waiting: ((arrival: Arrival) => void)[] = [];
  const server = createServer((request, response) => {
    const hash = createHash('sha256');
    let bodyBytes = 0;
    const closed = once(response, 'close').then(() => undefined);
    request.on('data', (chunk: Buffer) => {
      bodyBytes += chunk.length;
      hash.update(chunk);
    });
    request.once('end', () => {
      const arrival: Arrival = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        bodyBytes,
        bodySha256: hash.digest('hex'),
        closed,
      };
      arrivals.push(arrival);
      for (const resolve of waiting.splice(0)) resolve(arrival);
      respond(response, arrival, request);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    arrivals,
    nextArrival: () => new Promise((resolve) => waiting.push(resolve)),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** An OpenAI chat completion whose answer says `content`. */
export function chatCompletionJson(content: string): string {
  return JSON.stringify({
    id: 'chatcmpl-upstream',
    object: 'chat.completion',
    created: 0,
    model: 'gpt-4o-mini',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  });
}

/** An OpenAI stream chunk carrying `content`, as one SSE event. */
export function chunkEvent(content: string): string {
  const chunk = {
    id: 'chatcmpl-upstream',
    object: 'chat.completion.chunk',
    created: 0,
    model: 'gpt-4o-mini',
    choices: [{ index: 0, delta: { content }, finish_reason: null }],
  };
  return `data: ${JSON.stringify(chunk)}\n\n`;
}
