// Finding 7 of issue 20: time limits an operator expects. A request deadline answers 504 when the
// upstream never does; a stream that stalls (or outlives the deadline) ends with an error event in
// OpenAI's shape and its upstream is closed; `request_timeout` in a config still covers the first
// byte (408), as before. Limits are tens of milliseconds here, and every wait is for an event.
import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { type ServeOptions, serve } from '@switchyard/server';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { chunkEvent, type RecordingUpstream, startRecordingUpstream } from './recording-upstream.js';

interface ErrorBody {
  error: { message: string; type: string; code: string | null; param: string | null };
}

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const item of running.splice(0).reverse()) await item.close();
});

/** A gateway in front of `upstream`, closed after the test. */
async function gatewayFor(upstream: RecordingUpstream, options: Partial<ServeOptions>) {
  const gateway = await serve({ port: 0, log: () => {}, logger: () => {}, ...options });
  running.push({ close: () => gateway.close(0) });
  const headers = {
    'content-type': 'application/json',
    authorization: 'Bearer sk-upstream',
    'x-portkey-provider': 'openai',
    'x-portkey-custom-host': upstream.baseURL,
  };
  /** Asks the gateway for a chat completion routed to `upstream`, streamed or not. */
  const postChat = (stream: boolean) =>
    fetch(`${gateway.url}/v1/chat/completions`, { method: 'POST', headers, body: chat(stream) });
  return { gateway, headers, postChat };
}

async function upstreamAnswering(respond: (response: ServerResponse) => void): Promise<RecordingUpstream> {
  const upstream = await startRecordingUpstream((response) => respond(response));
  running.push(upstream);
  return upstream;
}

const chat = (stream: boolean) =>
  JSON.stringify({ model: 'gpt-4o-mini', stream, messages: [{ role: 'user', content: 'Hi' }] });

/** The `data:` payloads of an SSE text. */
const events = (text: string) =>
  text
    .split('\n\n')
    .filter(Boolean)
    .map((event) => event.replace(/^data: /, ''));

const modes: [string, Partial<ServeOptions>][] = [
  ['serve()', {}],
  ['serve() through its Hono app (cors)', { cors: '*' }],
];

describe.each(modes)('time limits through %s', (_name, mode) => {
  it('answers 504 in OpenAI error shape when a non-streaming upstream never answers, and closes it', async () => {
    const upstream = await upstreamAnswering(() => undefined); // headers never come
    const { postChat } = await gatewayFor(upstream, { ...mode, requestDeadlineMs: 40 });
    const arrived = upstream.nextArrival();
    const response = await postChat(false);
    expect(response.status).toBe(504);
    const body = (await response.json()) as ErrorBody;
    expect(body.error).toMatchObject({ type: 'timeout_error', code: 'upstream_timeout', param: null });
    expect(body.error.message).toMatch(
      /^Request timed out after 40 ms \(provider "openai"\) \(request id .+\)$/,
    );
    await (await arrived).closed; // the gateway gave up on the upstream too
  });

  it('ends a stream that stalls mid-way with an OpenAI error event, and closes the upstream', async () => {
    const upstream = await upstreamAnswering((response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(chunkEvent('Hel')); // then silence
    });
    const { postChat } = await gatewayFor(upstream, { ...mode, streamIdleTimeoutMs: 40 });
    const arrived = upstream.nextArrival();
    const response = await postChat(true);
    expect(response.status).toBe(200);
    const received = events(await response.text());
    expect(JSON.parse(received[0]!).choices[0].delta.content).toBe('Hel');
    expect(JSON.parse(received.at(-1)!)).toEqual({
      error: {
        message: 'The upstream stream sent nothing for 40 ms',
        type: 'timeout_error',
        param: null,
        code: 'stream_idle_timeout',
      },
    });
    expect(received).toHaveLength(2);
    await (await arrived).closed;
  });

  it('ends a stream that keeps talking past the request deadline, and closes the upstream', async () => {
    let timer: NodeJS.Timeout | undefined;
    const upstream = await upstreamAnswering((response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(chunkEvent('tick'));
      timer = setInterval(() => response.write(chunkEvent('tick')), 5);
      response.once('close', () => clearInterval(timer));
    });
    const { postChat } = await gatewayFor(upstream, {
      ...mode,
      requestDeadlineMs: 60,
      streamIdleTimeoutMs: 0,
    });
    const arrived = upstream.nextArrival();
    const response = await postChat(true);
    const last = JSON.parse(events(await response.text()).at(-1)!) as ErrorBody;
    expect(last.error).toMatchObject({ type: 'timeout_error', code: 'request_deadline' });
    await (await arrived).closed;
  });

  it('counts idle time only while the upstream is awaited: a slow client is not a stalled stream', async () => {
    const count = 4000; // 16 MB of events: more than the sockets hold, so the gateway waits for the client
    const upstream = await upstreamAnswering((response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      const event = chunkEvent('x'.repeat(4000));
      for (let index = 0; index < count; index++) response.write(event);
      response.end('data: [DONE]\n\n');
    });
    const { postChat } = await gatewayFor(upstream, { ...mode, streamIdleTimeoutMs: 400 });
    const response = await postChat(true);
    await sleep(1200); // the client reads nothing for three idle periods
    const received = events(await response.text());
    expect(received).toHaveLength(count + 1);
    expect(received.at(-1)).toBe('[DONE]');
  });

  it('surfaces a stalled stream to the openai SDK as an APIError it can catch', async () => {
    const upstream = await upstreamAnswering((response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(chunkEvent('Hel'));
    });
    const { gateway, headers } = await gatewayFor(upstream, { ...mode, streamIdleTimeoutMs: 40 });
    const client = new OpenAI({
      baseURL: `${gateway.url}/v1`,
      apiKey: 'sk-upstream',
      defaultHeaders: headers,
      maxRetries: 0,
    });
    const stream = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hi' }],
      stream: true,
    });
    const seen: string[] = [];
    const failure = await (async () => {
      for await (const chunk of stream) seen.push(chunk.choices[0]?.delta.content ?? '');
    })().catch((error: unknown) => error);
    expect(seen).toEqual(['Hel']);
    expect(failure).toBeInstanceOf(OpenAI.APIError);
    expect((failure as Error).message).toContain('The upstream stream sent nothing for 40 ms');
  });

  it('leaves request_timeout in a config as it was: the first byte, answered 408', async () => {
    const upstream = await upstreamAnswering(() => undefined);
    const { gateway } = await gatewayFor(upstream, mode);
    const config = {
      provider: 'openai',
      api_key: 'sk-upstream',
      custom_host: upstream.baseURL,
      request_timeout: 40,
    };
    const response = await fetch(`${gateway.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-portkey-config': JSON.stringify(config) },
      body: chat(false),
    });
    expect(response.status).toBe(408);
    expect(((await response.json()) as ErrorBody).error.code).toBe('request_timeout');
  });
});

describe('time limit options', () => {
  it('refuses a negative or fractional limit, naming it', async () => {
    await expect(serve({ port: 0, log: () => {}, requestDeadlineMs: -1 })).rejects.toThrow(
      'createGateway: requestDeadlineMs must be an integer >= 0 (0 turns it off); got -1',
    );
    await expect(serve({ port: 0, log: () => {}, streamIdleTimeoutMs: 1.5 })).rejects.toThrow(
      'createGateway: streamIdleTimeoutMs must be an integer >= 0 (0 turns it off); got 1.5',
    );
  });
});
