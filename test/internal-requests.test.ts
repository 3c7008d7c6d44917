import { breaker } from '@switchyard/breaker';
import { cacheSimple } from '@switchyard/cache-simple';
import {
  compose,
  handlesInternalRequests,
  isInternalRequest,
  type Middleware,
  markHandlesInternalRequests,
  overrideParams,
  timeout,
  toFetch,
} from '@switchyard/core';
import { fallback, hedge } from '@switchyard/fallback';
import { guardrails } from '@switchyard/guardrails';
import { loadbalance } from '@switchyard/loadbalance';
import { anthropic } from '@switchyard/providers-anthropic';
import { openai } from '@switchyard/providers-openai';
import { retry } from '@switchyard/retry';
import { type MockProvider, startMockProvider } from '@switchyard/testing';
import { trace, traceAttempt } from '@switchyard/trace';
import { undiciTransport } from '@switchyard/transport-undici';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let provider: MockProvider;
const transport = undiciTransport();

beforeAll(async () => {
  provider = await startMockProvider({ reply: 'Hello through Switchyard parts' });
});

afterAll(async () => {
  await transport.close();
  await provider.close();
});

/** Every Switchyard middleware around one OpenAI branch, with `inBranch` placed inside it. */
function everyPart(inBranch: Middleware[] = []): Middleware {
  const branch = compose(
    breaker(),
    retry({ attempts: 1 }),
    timeout(5_000),
    overrideParams({ temperature: 0 }),
    traceAttempt(),
    ...inBranch,
    openai({ apiKey: 'sk-internal-test', baseURL: provider.baseURL }),
  );
  return compose(
    trace({ sink: () => undefined }),
    guardrails({
      before: [{ id: 'length', checks: [{ id: 'default.characterCount', parameters: { max: 1000 } }] }],
    }),
    cacheSimple({ maxAge: 60 }),
    loadbalance([{ weight: 1, use: fallback([hedge([branch], { afterMs: 1_000 })]) }]),
  );
}

function client(fetch: ReturnType<typeof toFetch>): OpenAI {
  return new OpenAI({ apiKey: 'caller', baseURL: 'http://switchyard.invalid/v1', fetch, maxRetries: 0 });
}

describe('toFetch in front of a pipeline made only of Switchyard parts', () => {
  it('marks the whole pipeline, and the openai SDK is answered through internal requests', async () => {
    const internal: boolean[] = [];
    const watchedTransport = markHandlesInternalRequests((request: Request) => {
      internal.push(isInternalRequest(request));
      return transport(request);
    });
    const pipeline = everyPart()(watchedTransport);
    expect(handlesInternalRequests(pipeline)).toBe(true);
    const sent = provider.requests.length;
    const answer = await client(toFetch(pipeline)).chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Say hello' }],
    });
    expect(answer.choices[0]?.message.content).toBe('Hello through Switchyard parts');
    expect(internal).toEqual([true]);
    const upstream = provider.requests[sent]!;
    expect(upstream.body).toMatchObject({
      model: 'gpt-4o-mini',
      temperature: 0,
      messages: [{ role: 'user', content: 'Say hello' }],
    });
    expect(upstream.headers.authorization).toBe('Bearer sk-internal-test');
  });

  it('still streams, and stops the upstream call when the caller aborts', async () => {
    const pipeline = everyPart()(transport);
    const stream = await client(toFetch(pipeline)).chat.completions.create({
      model: 'gpt-4o-mini',
      stream: true,
      messages: [{ role: 'user', content: 'Stream hello' }],
    });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    expect(text).toBe('Hello through Switchyard parts');
    const controller = new AbortController();
    controller.abort(new Error('caller left'));
    await expect(
      client(toFetch(pipeline)).chat.completions.create(
        { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Never sent' }] },
        { signal: controller.signal },
      ),
    ).rejects.toThrow();
    expect(provider.requests.some((request) => JSON.stringify(request.body).includes('Never sent'))).toBe(
      false,
    );
  });
});

describe('toFetch in front of a pipeline with a part of the caller in it', () => {
  it('hands every part a standard Request, so the caller’s middleware can read the body itself', async () => {
    const bodies: unknown[] = [];
    const callersOwn: Middleware = (next) => async (request) => {
      bodies.push(await request.clone().json());
      return next(request);
    };
    const pipeline = everyPart([callersOwn])(transport);
    expect(handlesInternalRequests(pipeline)).toBe(false);
    const answer = await client(toFetch(pipeline)).chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hello from a caller middleware' }],
    });
    expect(answer.choices[0]?.message.content).toBe('Hello through Switchyard parts');
    expect(bodies).toEqual([
      expect.objectContaining({
        temperature: 0,
        messages: [{ role: 'user', content: 'Hello from a caller middleware' }],
      }),
    ]);
  });

  it('does not mark a cache whose key or partition function is the caller’s, nor a provider ending elsewhere', () => {
    const key = () => 'one key';
    expect(handlesInternalRequests(cacheSimple({ key })(transport))).toBe(false);
    expect(handlesInternalRequests(cacheSimple({ partition: () => 'tenant' })(transport))).toBe(false);
    expect(handlesInternalRequests(cacheSimple()(transport))).toBe(true);
    expect(handlesInternalRequests(anthropic({ apiKey: 'k' })(async () => new Response()))).toBe(false);
  });
});
