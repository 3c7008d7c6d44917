import type { Handler, Middleware } from '@switchyard/core';
import {
  isDetached,
  markDetachSafe,
  sendableBody,
  setFastPath,
  transportSignal,
} from '@switchyard/core/internal';
import { chatCompletion } from '@switchyard/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningGateway, serve } from './serve.js';

// `serve` hands detached requests (body and signal in core's record, see core's README "The fast
// path") only to pipelines whose every part is Switchyard's own; an operator's middleware,
// transport or provider always gets a standard Request with its body unread.

interface Seen {
  detached: boolean;
  body: string;
}

const sent = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] };

/** A transport of Switchyard's kind: it reads requests through their record only. */
function recordingTransport(seen: Seen[]): Handler {
  return markDetachSafe(async (request: Request) => {
    const body = sendableBody(request);
    seen.push({
      detached: isDetached(request),
      body: typeof body === 'string' ? body : new TextDecoder().decode(body as Uint8Array),
    });
    return Response.json(chatCompletion({ content: 'Hello' }));
  });
}

const openaiHeaders = {
  'content-type': 'application/json',
  authorization: 'Bearer sk-fast-path',
  'x-portkey-provider': 'openai',
};

let gateway: RunningGateway | undefined;

afterEach(async () => {
  setFastPath(true);
  await gateway?.close(0);
  gateway = undefined;
});

async function post(
  headers: Record<string, string> = openaiHeaders,
  signal?: AbortSignal,
): Promise<Response> {
  return fetch(`${gateway!.url}/v1/chat/completions`, {
    method: 'POST',
    headers,
    body: JSON.stringify(sent),
    ...(signal ? { signal } : {}),
  });
}

describe('serve and detached requests', () => {
  it('sends a detached request, with the whole body, when every part is its own', async () => {
    const seen: Seen[] = [];
    gateway = await serve({ port: 0, log: () => {}, transport: recordingTransport(seen) });
    const response = await post();
    expect(response.status).toBe(200);
    expect(seen).toEqual([{ detached: true, body: JSON.stringify(sent) }]);
  });

  it('sends standard requests with SWITCHYARD_FAST_PATH off (setFastPath(false))', async () => {
    setFastPath(false);
    const seen: Seen[] = [];
    gateway = await serve({ port: 0, log: () => {}, transport: recordingTransport(seen) });
    expect((await post()).status).toBe(200);
    expect(seen).toEqual([{ detached: false, body: JSON.stringify(sent) }]);
  });

  it("hands the operator's middleware a standard request whose body it can read", async () => {
    const seen: Seen[] = [];
    const read: unknown[] = [];
    const peek: Middleware = (next) => async (request) => {
      read.push(await request.clone().json(), request.signal instanceof AbortSignal);
      return next(request);
    };
    gateway = await serve({ port: 0, log: () => {}, use: [peek], transport: recordingTransport(seen) });
    expect((await post()).status).toBe(200);
    expect(read).toEqual([sent, true]);
    // Below the operator's middleware the provider still detaches what it sends to its own transport.
    expect(seen).toEqual([{ detached: true, body: JSON.stringify(sent) }]);
  });

  it("hands the operator's transport a standard request whose body it can read", async () => {
    const bodies: unknown[] = [];
    const transport: Handler = async (request) => {
      bodies.push(await request.json());
      return Response.json(chatCompletion({ content: 'Hello' }));
    };
    gateway = await serve({ port: 0, log: () => {}, transport });
    expect((await post()).status).toBe(200);
    expect(bodies).toEqual([sent]);
  });

  it('hands a provider from compile.providers a standard request, while configs without it detach', async () => {
    const seen: Seen[] = [];
    const bodies: unknown[] = [];
    const custom = (): Middleware => () => async (request) => {
      bodies.push(await request.json());
      return Response.json(chatCompletion({ content: 'From the custom provider' }));
    };
    gateway = await serve({
      port: 0,
      log: () => {},
      transport: recordingTransport(seen),
      compile: { providers: { custom } },
    });
    expect((await post({ ...openaiHeaders, 'x-portkey-provider': 'custom' })).status).toBe(200);
    expect(bodies).toEqual([sent]);
    expect((await post()).status).toBe(200);
    expect(seen).toEqual([{ detached: true, body: JSON.stringify(sent) }]);
  });

  it('aborts the signal of a detached request when the client goes away', async () => {
    let arrived!: () => void;
    const waiting = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    let aborted!: (detached: boolean) => void;
    const abortSeen = new Promise<boolean>((resolve) => {
      aborted = resolve;
    });
    const transport = markDetachSafe(async (request: Request) => {
      const signal = transportSignal(request)!;
      signal.addEventListener('abort', () => aborted(isDetached(request)), { once: true });
      arrived();
      return new Promise<Response>((_resolve, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    });
    gateway = await serve({ port: 0, log: () => {}, transport });
    const client = new AbortController();
    const answered = post(openaiHeaders, client.signal).catch((error: unknown) => error);
    await waiting;
    client.abort();
    expect(await abortSeen).toBe(true);
    expect(await answered).toBeInstanceOf(Error);
  });
});
