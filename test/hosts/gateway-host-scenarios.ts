import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fault, type MockProvider, startMockProvider } from '@switchyard/testing';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RequestProbe, requestProbe } from './request-probe.js';
import type { RunningHost, StartHost } from './running-host.js';

/** The gateway's body limit in these tests: small, so a 32 KiB body is over it. */
const maxBodyBytes = 16 * 1024;
const reply = 'Hello through the host';
const providerKey = 'sk-host-provider-key';

/** An OpenAI error body: what every error answer of the gateway carries. */
interface ErrorBody {
  error: { message: string; type: string; code: string | null; param: string | null };
  [field: string]: unknown;
}

/**
 * Registers the tests every host of the gateway must pass, through HTTP from a real client: a
 * completion, a stream, an upstream that refuses connections, an upstream 429, a guardrail deny,
 * bodies over the limit, and a provider from `compile.providers` getting a standard `Request`
 * whose signal follows the client.
 */
export function describeGatewayHost(name: string, start: StartHost): void {
  describe(name, () => {
    let upstream: MockProvider;
    let host: RunningHost;
    let refusedURL: string;
    let probe: RequestProbe;

    beforeAll(async () => {
      upstream = await startMockProvider({ reply });
      refusedURL = await refusedBaseURL();
      probe = requestProbe();
      host = await start({ maxBodyBytes, compile: { providers: { probe: probe.factory } } });
    });

    afterAll(async () => {
      await host?.close();
      await upstream?.close();
    });

    beforeEach(() => {
      upstream.setFaults(undefined);
      upstream.requests.length = 0;
      probe.seen.length = 0;
    });

    /** Headers routing a request to the mock upstream as an OpenAI target. */
    const toUpstream = (): Record<string, string> => ({
      authorization: `Bearer ${providerKey}`,
      'x-portkey-provider': 'openai',
      'x-portkey-custom-host': upstream.baseURL,
    });
    const chat = (content: string, extra: Record<string, unknown> = {}) => ({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content }],
      ...extra,
    });
    const post = (path: string, body: unknown, headers: Record<string, string>, signal?: AbortSignal) =>
      fetch(`${host.baseURL}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
        ...(signal ? { signal } : {}),
      });

    it('answers a chat completion and lists models for the openai SDK, the body reaching the upstream whole', async () => {
      const client = new OpenAI({
        baseURL: host.baseURL,
        apiKey: providerKey,
        maxRetries: 0,
        defaultHeaders: { 'x-portkey-provider': 'openai', 'x-portkey-custom-host': upstream.baseURL },
      });
      const { data, response } = await client.chat.completions
        .create({ ...chat('Hi'), temperature: 0.5 } as OpenAI.ChatCompletionCreateParamsNonStreaming)
        .withResponse();
      expect(data.choices[0]?.message.content).toBe(reply);
      expect(response.headers.get('x-portkey-provider')).toBe('openai');
      expect(upstream.requests[0]?.body).toEqual({ ...chat('Hi'), temperature: 0.5 });
      expect(upstream.requests[0]?.headers.authorization).toBe(`Bearer ${providerKey}`);
      const models = await client.models.list();
      expect(models.data.map((model) => model.id)).toContain('gpt-4o-mini');
    });

    it('streams every SSE event of a chat completion, then data: [DONE]', async () => {
      const direct = await fetch(`${upstream.baseURL}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${providerKey}` },
        body: JSON.stringify(chat('Stream it', { stream: true })),
      });
      const expected = sseEvents(await direct.text());
      const response = await post('/chat/completions', chat('Stream it', { stream: true }), toUpstream());
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const received = sseEvents(await response.text());
      expect(received.at(-1)).toBe('[DONE]');
      expect(received.map(deltaOf)).toEqual(expected.map(deltaOf));
      expect(received.slice(0, -1).map(contentOf).join('')).toBe(reply);
    });

    it("answers 502 in OpenAI's error shape when the upstream refuses the connection", async () => {
      const response = await post('/chat/completions', chat('Hi'), {
        ...toUpstream(),
        'x-portkey-custom-host': refusedURL,
      });
      const body = await expectJsonError(response, 502);
      expect(body.error.type).toBe('api_error');
    });

    it('passes an upstream 429 through whole: status, JSON body byte for byte, retry-after', async () => {
      // Far larger than one socket read, so a host that stops after the first chunks is caught.
      const message = `Rate limit reached. ${'Please retry after a short while. '.repeat(6_000)}`;
      const limited = fault.status(429, { message, code: 'rate_limit_exceeded', retryAfter: 7 });
      upstream.setFaults([limited, limited]);
      const direct = await fetch(`${upstream.baseURL}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${providerKey}` },
        body: JSON.stringify(chat('Hi')),
      });
      const expected = new Uint8Array(await direct.arrayBuffer());
      expect(expected.byteLength).toBeGreaterThan(200_000);

      const response = await post('/chat/completions', chat('Hi'), toUpstream());
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('7');
      const received = await expectWholeJson(response);
      expect(Buffer.from(received).equals(Buffer.from(expected))).toBe(true);
      expect(upstream.calls).toBe(2);
    });

    it('answers a guardrail deny with 446 and hook_results, without calling the upstream', async () => {
      const config = {
        provider: 'openai',
        api_key: providerKey,
        custom_host: upstream.baseURL,
        before_request_hooks: [
          {
            type: 'guardrail',
            id: 'no-passwords',
            deny: true,
            checks: [{ id: 'default.regexMatch', parameters: { rule: 'password', not: true } }],
          },
        ],
      };
      const response = await post('/chat/completions', chat('my password is hunter2'), {
        'x-portkey-config': JSON.stringify(config),
      });
      const body = await expectJsonError(response, 446);
      expect(body.error.type).toBe('hooks_failed');
      const hooks = (
        body['hook_results'] as { before_request_hooks: Array<{ id: string; verdict: boolean }> }
      ).before_request_hooks;
      expect(hooks.map((hook) => [hook.id, hook.verdict])).toEqual([['no-passwords', false]]);
      expect(upstream.calls).toBe(0);
    });

    it('answers 413 to a body over maxBodyBytes sent with its length', async () => {
      const response = await post('/chat/completions', chat('x'.repeat(2 * maxBodyBytes)), toUpstream());
      // The unread rest of the body would be taken for the next request on a kept-alive connection.
      expect(response.headers.get('connection')).toBe('close');
      const body = await expectJsonError(response, 413);
      expect(body.error.code).toBe('request_too_large');
      expect(upstream.calls).toBe(0);
    });

    it('answers 413 to a chunked body over maxBodyBytes', async () => {
      const text = JSON.stringify(chat('x'.repeat(2 * maxBodyBytes)));
      const encoded = new TextEncoder().encode(text);
      const chunked = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < encoded.byteLength; at += 4096)
            controller.enqueue(encoded.slice(at, at + 4096));
          controller.close();
        },
      });
      const response = await fetch(`${host.baseURL}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...toUpstream() },
        body: chunked,
        duplex: 'half',
      } as RequestInit);
      const body = await expectJsonError(response, 413);
      expect(body.error.code).toBe('request_too_large');
      expect(upstream.calls).toBe(0);
    });

    it('hands a provider from compile.providers a standard Request, its body unread', async () => {
      const sent = chat('Hi probe', { model: 'probe-echo', user: 'u-1' });
      const response = await post('/chat/completions', sent, { 'x-portkey-provider': 'probe' });
      expect(response.status).toBe(200);
      expect(((await response.json()) as OpenAI.ChatCompletion).choices[0]?.message.content).toBe(
        'probe echo',
      );
      const [probed] = probe.seen;
      expect(probed).toMatchObject({
        isRequest: true,
        bodyUsedOnArrival: false,
        clonedBody: sent,
        body: sent,
      });
      expect(probed?.request.signal.aborted).toBe(false);
    });

    it("aborts the provider's request.signal when the client goes away mid-request", async () => {
      const client = new AbortController();
      const arrival = probe.nextArrival();
      const call = post(
        '/chat/completions',
        chat('Wait', { model: 'probe-hang' }),
        {
          'x-portkey-provider': 'probe',
        },
        client.signal,
      ).catch((error: unknown) => error);
      const probed = await arrival;
      expect(probed.request.signal.aborted).toBe(false);
      client.abort();
      expect(await call).toMatchObject({ name: 'AbortError' });
      await probed.aborted;
      expect(probed.request.signal.aborted).toBe(true);
    });

    it('does the same behind a fallback with retries: a replayed Request, readable, following the client', async () => {
      const config = {
        strategy: { mode: 'fallback' },
        targets: [{ provider: 'probe', retry: { attempts: 1 } }],
      };
      const client = new AbortController();
      const arrival = probe.nextArrival();
      const sent = chat('Wait again', { model: 'probe-hang' });
      const call = post(
        '/chat/completions',
        sent,
        { 'x-portkey-config': JSON.stringify(config) },
        client.signal,
      ).catch((error: unknown) => error);
      const probed = await arrival;
      expect(probed).toMatchObject({
        isRequest: true,
        bodyUsedOnArrival: false,
        clonedBody: sent,
        body: sent,
      });
      client.abort();
      expect(await call).toMatchObject({ name: 'AbortError' });
      await probed.aborted;
      expect(probed.request.signal.aborted).toBe(true);
    });
  });
}

/** Checks an answer is a whole JSON document with a correct content-length; returns its bytes. */
async function expectWholeJson(response: Response): Promise<Uint8Array> {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect(response.headers.get('content-length')).toBe(String(bytes.byteLength));
  expect(() => JSON.parse(new TextDecoder().decode(bytes))).not.toThrow();
  return bytes;
}

/** Checks an error answer: its status, a whole JSON body with its length, in OpenAI's error shape. */
async function expectJsonError(response: Response, status: number): Promise<ErrorBody> {
  expect(response.status).toBe(status);
  const body = JSON.parse(new TextDecoder().decode(await expectWholeJson(response))) as ErrorBody;
  expect(body.error).toMatchObject({ message: expect.any(String), type: expect.any(String) });
  expect(body.error.message).not.toBe('');
  return body;
}

/** The `data:` payloads of an SSE body, in order. */
function sseEvents(text: string): string[] {
  return text
    .split(/\n\n+/)
    .map((event) => event.trim())
    .filter((event) => event.startsWith('data:'))
    .map((event) => event.slice(5).trim());
}

/** What an SSE payload says: its first choice's delta and finish reason, or `[DONE]`. */
function deltaOf(payload: string): unknown {
  if (payload === '[DONE]') return payload;
  const chunk = JSON.parse(payload) as { choices: Array<{ delta: unknown; finish_reason: unknown }> };
  return chunk.choices.map((choice) => [choice.delta, choice.finish_reason]);
}

/** The text an SSE chat completion chunk adds. */
function contentOf(payload: string): string {
  const chunk = JSON.parse(payload) as { choices: Array<{ delta: { content?: string | null } }> };
  return chunk.choices[0]?.delta.content ?? '';
}

/** A base URL on 127.0.0.1 where nothing listens: a port that was free a moment ago. */
async function refusedBaseURL(): Promise<string> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}/v1`;
}
