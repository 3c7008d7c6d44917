import {
  type ChatCompletion,
  type ChatCompletionChunk,
  compose,
  fetchTransport,
  type OpenAIErrorBody,
  readSseJson,
  TransportError,
  timeout,
  UpstreamProtocolError,
} from '@switchyard/core';
import { afterEach, describe, expect, it } from 'vitest';
import { collectSse } from './collect-sse.js';
import { type MockProvider, startMockProvider } from './mock-provider.js';
import { fault, type MockFaultPlan } from './mock-provider-faults.js';
import { seededRandom } from './seeded-random.js';

let mock: MockProvider | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

const send = fetchTransport();
const readJson = <T>(response: Response) => response.json() as Promise<T>;

async function start(faults: MockFaultPlan, streamChunkDelayMs = 0): Promise<MockProvider> {
  mock = await startMockProvider({ faults, streamChunkDelayMs, reply: 'one two three four' });
  return mock;
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await pause(5);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function chat(provider: MockProvider, stream = false, init: RequestInit = {}): Request {
  return new Request(`${provider.baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }], stream }),
    ...init,
  });
}

describe('startMockProvider: faults through fetchTransport', () => {
  it('answers a status fault with an OpenAI error body and Retry-After headers', async () => {
    const provider = await start([
      fault.status(429, { retryAfter: 3, retryAfterMs: 2500 }),
      fault.status(503, {
        message: 'overloaded',
        type: 'server_busy',
        code: 'busy',
        headers: { 'x-extra': '1' },
      }),
    ]);
    const limited = await send(chat(provider));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect(limited.headers.get('retry-after-ms')).toBe('2500');
    expect(await limited.json()).toEqual({
      error: {
        message: 'Mock provider fault: status 429',
        type: 'rate_limit_error',
        code: null,
        param: null,
      },
    });
    const busy = await send(chat(provider));
    expect(busy.status).toBe(503);
    expect(busy.headers.get('x-extra')).toBe('1');
    expect((await readJson<OpenAIErrorBody>(busy)).error).toEqual({
      message: 'overloaded',
      type: 'server_busy',
      code: 'busy',
      param: null,
    });
    expect((await send(chat(provider))).status).toBe(200);
  });

  it('adds latency: a deadline shorter than the delay times out, the same request without it succeeds', async () => {
    const provider = await start([fault.latency(10_000), fault.status(500, { delayMs: 10_000 })]);
    const pipeline = compose(timeout(500))(send);
    expect((await pipeline(chat(provider))).status).toBe(408);
    expect((await pipeline(chat(provider))).status).toBe(408);
    // No deadline here: a loaded machine may take longer than 500 ms to answer without any delay.
    expect((await send(chat(provider))).status).toBe(200);
    expect(provider.calls).toBe(3);
  });

  it('delays and then answers normally', async () => {
    const provider = await start([fault.latency(20)]);
    const body = await readJson<ChatCompletion>(await send(chat(provider)));
    expect(body.choices[0]?.message.content).toBe('one two three four');
  });

  it('hangs until the client gives up, and records the request', async () => {
    const provider = await start([fault.hang(), fault.hang()]);
    const caller = new AbortController();
    const pending = send(chat(provider, false, { signal: caller.signal }));
    await until(() => provider.calls === 1);
    expect(provider.requests[0]?.path).toBe('/v1/chat/completions');
    caller.abort(new Error('caller gave up'));
    await expect(pending).rejects.toThrow('caller gave up');
    // Through timeout(), a hang becomes the OpenAI-shaped 408 that retry and fallback understand.
    expect((await compose(timeout(300))(send)(chat(provider))).status).toBe(408);
  });

  it('resets the connection: the transport throws a TransportError caused by ECONNRESET', async () => {
    const provider = await start([fault.reset()]);
    const error = await send(chat(provider)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TransportError);
    expect(((error as Error).cause as Error & { cause: { code?: string } }).cause.code).toBe('ECONNRESET');
    expect(provider.calls).toBe(1);
  });

  it('answers malformed JSON, as a body and as a stream event', async () => {
    const provider = await start([fault.malformedJson(), fault.malformedJson()]);
    const json = await send(chat(provider));
    expect(json.status).toBe(200);
    await expect(json.json()).rejects.toThrow(SyntaxError);
    const stream = await send(chat(provider, true));
    await expect(collectSse(stream)).rejects.toThrow(UpstreamProtocolError);
  });

  it('cuts a stream after N chunks: the client gets those chunks, then the body fails', async () => {
    const provider = await start([fault.cutStream(2)]);
    const response = await send(chat(provider, true));
    expect(response.status).toBe(200);
    const received: ChatCompletionChunk[] = [];
    const failure = await (async () => {
      for await (const chunk of readSseJson<ChatCompletionChunk>(response)) received.push(chunk);
    })().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(received.map((chunk) => chunk.choices[0]?.delta.content)).toEqual(['', 'one ']);
  });

  it('cuts a JSON answer after its headers when afterChunks is 0', async () => {
    const provider = await start([fault.cutStream(0)]);
    const response = await send(chat(provider));
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it('paces stream chunks by streamChunkDelayMs', async () => {
    const provider = await start([], 60_000);
    const caller = new AbortController();
    const response = await send(chat(provider, true, { signal: caller.signal }));
    const reader = readSseJson<ChatCompletionChunk>(response);
    expect((await reader.next()).value?.choices[0]?.delta.role).toBe('assistant');
    // The second chunk is a minute away: a short wait wins the race against it.
    const second = reader.next();
    second.catch(() => undefined);
    expect(await Promise.race([second.then(() => 'chunk'), pause(200).then(() => 'still waiting')])).toBe(
      'still waiting',
    );
    caller.abort();
    await expect(second).rejects.toThrow();
  });

  it('takes faults from a function of the request and its index', async () => {
    const provider = await start((request, index) =>
      request.path.endsWith('/embeddings') ? fault.status(400) : index === 1 ? fault.status(502) : undefined,
    );
    expect((await send(chat(provider))).status).toBe(200);
    expect((await send(chat(provider))).status).toBe(502);
    const embed = new Request(`${provider.baseURL}/embeddings`, {
      method: 'POST',
      body: JSON.stringify({ model: 'e', input: 'x' }),
      headers: { 'content-type': 'application/json' },
    });
    expect((await send(embed)).status).toBe(400);
  });

  it('draws random faults by cumulative probability from the injected random source', async () => {
    const draws = [0.05, 0.25, 0.5, 0.15];
    const provider = await start({
      chances: [
        { probability: 0.1, fault: fault.status(500) },
        { probability: 0.2, fault: fault.status(503) },
      ],
      random: () => draws.shift() ?? 0.99,
    });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await send(chat(provider))).status);
    expect(statuses).toEqual([500, 503, 200, 503]);
  });

  it('replays the same chaos run from the same seed', async () => {
    const run = async () => {
      const provider = await start({
        chances: [{ probability: 0.5, fault: fault.status(503) }],
        random: seededRandom(7),
      });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await send(chat(provider))).status);
      await provider.close();
      return statuses;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first).toContain(200);
    expect(first).toContain(503);
  });

  it('setFaults replaces the plan and restarts a script', async () => {
    const provider = await start([fault.status(500)]);
    expect((await send(chat(provider))).status).toBe(500);
    expect((await send(chat(provider))).status).toBe(200);
    provider.setFaults([fault.status(429), fault.status(418)]);
    expect((await send(chat(provider))).status).toBe(429);
    provider.setFaults([fault.status(401)]);
    expect((await send(chat(provider))).status).toBe(401);
    provider.setFaults(undefined);
    expect((await send(chat(provider))).status).toBe(200);
  });

  it('rejects malformed fault plans with a TypeError naming the entry', async () => {
    await expect(startMockProvider({ faults: [fault.none(), fault.status(42)] })).rejects.toThrow(
      'startMockProvider: faults[1].status must be an integer from 100 to 599; got 42',
    );
    await expect(startMockProvider({ faults: [fault.cutStream(-1)] })).rejects.toThrow(
      'startMockProvider: faults[0].afterChunks must be an integer >= 0; got -1',
    );
    await expect(
      startMockProvider({
        faults: {
          chances: [
            { probability: 0.7, fault: fault.reset() },
            { probability: 0.7, fault: fault.hang() },
          ],
        },
      }),
    ).rejects.toThrow('startMockProvider: faults.chances probabilities must sum to at most 1; got 1.4');
    mock = await startMockProvider();
    expect(() => mock?.setFaults([{ kind: 'explode' } as never])).toThrow(
      'setFaults: plan[0].kind must be one of none, status, hang, reset, malformed-json, cut-stream; got "explode"',
    );
  });
});
