import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { errorResponse } from '@switchyard/core';
import { anthropicError, anthropicErrorType, respondAnthropic } from './mock-provider-anthropic.js';
import { faultPicker, type MockFault, type MockFaultPlan, type StatusFault } from './mock-provider-faults.js';
import {
  type MockProviderOptions,
  type MockProviderSettings,
  resolveMockProviderOptions,
} from './mock-provider-options.js';
import { type MockRequest, maxBodyBytes, readIncomingBody, recordRequest } from './mock-provider-request.js';
import { respond } from './mock-provider-responders.js';
import { sleep, writeResponse } from './mock-provider-writer.js';

/** A running mock OpenAI provider. */
export interface MockProvider {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** `url + '/v1'`, what OpenAI clients take as `baseURL`. */
  readonly baseURL: string;
  readonly port: number;
  /** Every request received, in the order their bodies finished arriving. */
  readonly requests: MockRequest[];
  /** How many requests were received. */
  readonly calls: number;
  /** Replaces the fault plan (a script starts again from its first entry); `undefined` removes faults. */
  setFaults(plan: MockFaultPlan | undefined): void;
  /**
   * Stops listening, destroys every open connection (hanging requests included) and resolves when
   * the server is fully closed. Calling it again returns the same promise.
   */
  close(): Promise<void>;
}

/**
 * Starts a real HTTP server on 127.0.0.1 that speaks the OpenAI API (chat completions, JSON and
 * SSE; embeddings; models; image generation; speech; transcriptions) and injects faults per request:
 * error statuses with `Retry-After`, latency, hangs, connection resets, malformed JSON and streams
 * cut mid-way.
 *
 * @throws TypeError when an option or the fault plan is invalid.
 */
export async function startMockProvider(options: MockProviderOptions = {}): Promise<MockProvider> {
  const settings = resolveMockProviderOptions(options);
  let pickFault = faultPicker(options.faults, 'startMockProvider: faults');
  const requests: MockRequest[] = [];
  let received = 0;
  const sockets = new Set<Socket>();

  const server = createServer((incoming, res) => {
    const gone = new AbortController();
    res.on('close', () => gone.abort());
    answer(incoming, res, gone.signal).catch(() => res.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function answer(incoming: IncomingMessage, res: ServerResponse, gone: AbortSignal): Promise<void> {
    const rawBody = await readIncomingBody(incoming);
    if (rawBody === undefined) {
      await writeResponse(
        res,
        errorResponse(413, `Request body exceeds ${maxBodyBytes} bytes`),
        writeNow(gone),
      );
      return;
    }
    const request = await recordRequest(incoming, rawBody, received++);
    requests.push(request);
    const chosen: MockFault = pickFault(request, request.index) ?? { kind: 'none' };
    if (chosen.delayMs && !(await sleep(chosen.delayMs, gone))) return;
    switch (chosen.kind) {
      case 'hang':
        return;
      case 'reset':
        incoming.socket.resetAndDestroy();
        return;
      case 'status':
        await writeResponse(res, statusResponse(chosen, request.index, settings.dialect), writeNow(gone));
        return;
      case 'malformed-json':
        await writeResponse(res, malformedResponse(request), writeNow(gone));
        return;
      default:
        await writeResponse(res, tagged(respondSafely(request, settings), request.index), {
          gone,
          chunkDelayMs: settings.streamChunkDelayMs,
          ...(chosen.kind === 'cut-stream' ? { cutAfterChunks: chosen.afterChunks } : {}),
        });
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('startMockProvider: no TCP address');
  const url = `http://127.0.0.1:${address.port}`;

  let closing: Promise<void> | undefined;
  const provider: MockProvider = {
    url,
    baseURL: `${url}/v1`,
    port: address.port,
    requests,
    get calls() {
      return requests.length;
    },
    setFaults(plan) {
      pickFault = faultPicker(plan, 'setFaults: plan');
    },
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
  return provider;
}

/** The normal answer; a throwing `reply` function becomes a 500 naming the error, not a dropped connection. */
function respondSafely(request: MockRequest, settings: MockProviderSettings): Response {
  try {
    return settings.dialect === 'anthropic'
      ? respondAnthropic(request, settings)
      : respond(request, settings);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return errorResponse(500, `startMockProvider: the reply function threw: ${reason}`, {
      code: 'mock_reply_failed',
    });
  }
}

function writeNow(gone: AbortSignal) {
  return { gone, chunkDelayMs: 0 };
}

/** Adds OpenAI's `x-request-id`, so a client can tell which request an answer belongs to. */
function tagged(response: Response, index: number): Response {
  response.headers.set('x-request-id', `mock-req-${index}`);
  return response;
}

function statusResponse(chosen: StatusFault, index: number, dialect: 'openai' | 'anthropic'): Response {
  const headers: Record<string, string> = { ...chosen.headers };
  if (chosen.retryAfter !== undefined) headers['retry-after'] = String(chosen.retryAfter);
  if (chosen.retryAfterMs !== undefined) headers['retry-after-ms'] = String(chosen.retryAfterMs);
  if (dialect === 'anthropic') {
    const message = chosen.message ?? `Mock provider fault: status ${chosen.status}`;
    return tagged(
      anthropicError(chosen.status, chosen.type ?? anthropicErrorType(chosen.status), message, headers),
      index,
    );
  }
  const response = errorResponse(
    chosen.status,
    chosen.message ?? `Mock provider fault: status ${chosen.status}`,
    {
      ...(chosen.type === undefined ? {} : { type: chosen.type }),
      code: chosen.code ?? null,
      headers,
    },
  );
  return tagged(response, index);
}

function malformedResponse(request: MockRequest): Response {
  const streaming = (request.body as { stream?: unknown } | undefined)?.stream === true;
  const id = `chatcmpl-mock-${request.index}`;
  const response = streaming
    ? new Response(
        `data: {"id":"${id}","object":"chat.completion.chunk","choices":[{"index\n\ndata: [DONE]\n\n`,
        {
          headers: { 'content-type': 'text/event-stream; charset=utf-8' },
        },
      )
    : new Response(`{"id":"${id}","object":"chat.completion","choices":[{"index":0,`, {
        headers: { 'content-type': 'application/json' },
      });
  return tagged(response, request.index);
}
