/**
 * Chaos: three real mock providers on 127.0.0.1 with random faults (5xx, 429 with Retry-After,
 * connection resets, hangs past the timeout, malformed JSON, bodies and streams cut before their
 * first byte), 10,000 requests at concurrency 64 through
 * fallback([breaker + retry + timeout] per provider) on the undici transport.
 *
 * A stream cut after its first byte, or malformed JSON inside an event, is not injected into
 * streaming requests: by design neither retry nor fallback replays a stream the caller has started
 * to read (see the fallback README), so such requests cannot succeed and prove nothing here.
 */
import { breaker } from '@switchyard/breaker';
import { type ChatCompletion, compose, type Middleware, SwitchyardError, timeout } from '@switchyard/core';
import { fallback } from '@switchyard/fallback';
import { createRetryBudget, retry } from '@switchyard/retry';
import {
  assembleChatStream,
  collectSse,
  fault,
  type MockFault,
  type MockProvider,
  seededRandom,
  startMockProvider,
} from '@switchyard/testing';
import { type UndiciTransport, undiciTransport } from '@switchyard/transport-undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HandleCounts, handleCounts, settleTo, watchUnhandledRejections } from './chaos/leak-check.js';
import { pointAt } from './chaos/point-at.js';
import { readsJson } from './chaos/reads-json.js';
import { runConcurrently } from './chaos/run-concurrently.js';

const requestCount = 10_000;
const outageRequestCount = 2_000;
const concurrency = 64;
// The faulty providers' hangs cost one timeout each, so theirs is short; the healthy provider's is
// long, since on a loaded machine an in-process server can take seconds to answer, and that is
// not the fault under test.
const branchTimeoutMs = [1_000, 1_000, 10_000];
// Longer than the worst legitimate path: three tries on each branch, each up to its timeout.
const hangAfterMs = 60_000;
const budgetTokens = 10;
const budgetRatio = 0.2;

/** Faults for JSON requests, with their probabilities; the rest of the time the provider answers. */
const jsonFaults: Array<[number, MockFault]> = [
  [0.08, fault.status(500)],
  [0.05, fault.status(502)],
  [0.05, fault.status(503)],
  [0.04, fault.status(429, { retryAfterMs: 5 })],
  [0.02, fault.status(429, { retryAfter: 60 })],
  [0.05, fault.reset()],
  [0.04, fault.malformedJson()],
  [0.04, fault.cutStream(0)],
  [0.005, fault.hang()],
];
/** Faults for streaming requests: everything that happens before the first byte. */
const streamFaults: Array<[number, MockFault]> = [
  [0.1, fault.status(500)],
  [0.05, fault.status(503)],
  [0.04, fault.status(429, { retryAfter: 0 })],
  [0.05, fault.reset()],
  [0.08, fault.cutStream(0)],
  [0.005, fault.hang()],
];
/** A total outage: every request fails one way or another. */
const outageFaults: Array<[number, MockFault]> = [
  [0.4, fault.status(503)],
  [0.3, fault.status(500)],
  [0.1, fault.status(429, { retryAfterMs: 5 })],
  [0.195, fault.reset()],
  [0.005, fault.hang()],
];

function faultPlan(seed: number, json: Array<[number, MockFault]>, stream: Array<[number, MockFault]>) {
  const random = seededRandom(seed);
  return (request: { body: unknown }): MockFault | undefined => {
    const table = (request.body as { stream?: boolean } | undefined)?.stream ? stream : json;
    let draw = random();
    for (const [probability, chosen] of table) {
      draw -= probability;
      if (draw < 0) return chosen;
    }
    return undefined;
  };
}

/** Counts requests that get past a branch's breaker, i.e. first tries that reach its retry. */
function countingFirstTries(counts: number[], index: number): Middleware {
  return (next) => (request) => {
    counts[index] = (counts[index] ?? 0) + 1;
    return next(request);
  };
}

function chatRequest(index: number, stream: boolean): Request {
  return new Request('http://switchyard.invalid/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-chaos' },
    body: JSON.stringify({
      model: 'gpt-4o-mini',
      stream,
      messages: [{ role: 'user', content: `request ${index}` }],
    }),
  });
}

async function answerText(response: Response, stream: boolean): Promise<string | null> {
  if (response.status !== 200) {
    await response.body?.cancel();
    return null;
  }
  if (stream) return assembleChatStream(await collectSse(response)).content;
  return ((await response.json()) as ChatCompletion).choices[0]?.message.content ?? null;
}

describe('chaos: fallback(breaker + retry + timeout) against faulty providers', () => {
  let baseline: HandleCounts;
  let rejections: ReturnType<typeof watchUnhandledRejections>;
  let providers: MockProvider[];
  let transport: UndiciTransport;
  let pipeline: (request: Request) => Promise<Response>;
  let closed: Promise<void> | undefined;
  const firstTries = [0, 0, 0];
  const closeAll = () => {
    closed ??= Promise.all(providers.map((provider) => provider.close())).then(() => transport.close());
    return closed;
  };

  beforeAll(async () => {
    baseline = handleCounts();
    rejections = watchUnhandledRejections();
    providers = await Promise.all([
      startMockProvider({ faults: faultPlan(1, jsonFaults, streamFaults) }),
      startMockProvider({ faults: faultPlan(2, jsonFaults, streamFaults) }),
      startMockProvider(),
    ]);
    transport = undiciTransport();
    const branch = (provider: MockProvider, index: number) =>
      compose(
        breaker({ failureThreshold: 20, windowMs: 1_000, cooldownMs: 100 }),
        countingFirstTries(firstTries, index),
        retry({
          attempts: 2,
          backoff: { initialDelayMs: 2, maxDelayMs: 20 },
          respectRetryAfter: { maxDelayMs: 50 },
          budget: createRetryBudget({ ratio: budgetRatio, maxTokens: budgetTokens }),
        }),
        timeout(branchTimeoutMs[index]),
        readsJson(),
        pointAt(provider.url),
      );
    pipeline = fallback(providers.map(branch))(transport);
  });

  afterAll(async () => {
    rejections.stop();
    await closeAll();
  });

  it(`answers all ${requestCount} requests correctly while one provider is healthy`, {
    timeout: 180_000,
  }, async () => {
    const outcomes = await runConcurrently(requestCount, concurrency, hangAfterMs, async (index) => {
      const stream = index % 5 === 0;
      const response = await pipeline(chatRequest(index, stream));
      return { status: response.status, text: await answerText(response, stream) };
    });
    const wrong = outcomes.flatMap((outcome, index) =>
      outcome.ok && outcome.value.status === 200 && outcome.value.text === `Mock answer to "request ${index}"`
        ? []
        : [{ index, outcome }],
    );
    console.info(
      `chaos: ${requestCount} requests, upstream calls per provider ${providers.map((p) => p.calls).join(' / ')}`,
    );
    expect(wrong.slice(0, 5)).toEqual([]);
    // The faulty providers were called often (their breakers open and close as they fail), so the
    // answers above really came through faults, retries and fallbacks; some came from them.
    expect(providers[0]!.calls + providers[1]!.calls).toBeGreaterThan(requestCount * 0.1);
    expect(providers[2]!.calls).toBeLessThan(requestCount);
  });

  it('keeps a total outage within the retry budget, and every request ends', {
    timeout: 180_000,
  }, async () => {
    for (const [index, provider] of providers.entries()) {
      provider.setFaults(faultPlan(10 + index, outageFaults, outageFaults));
    }
    const callsBefore = providers.map((provider) => provider.calls);
    const triesBefore = [...firstTries];
    const outcomes = await runConcurrently(outageRequestCount, concurrency, hangAfterMs, async (index) => {
      const response = await pipeline(chatRequest(index, index % 5 === 0));
      await response.body?.cancel();
      return response.status;
    });
    const hung = outcomes.filter((outcome) => 'hung' in outcome).length;
    expect(hung).toBe(0);
    for (const outcome of outcomes) {
      if (outcome.ok) expect(outcome.value).toBeGreaterThanOrEqual(400);
      else expect((outcome as { error: unknown }).error).toBeInstanceOf(SwitchyardError);
    }
    const calls = providers.map((provider, index) => provider.calls - callsBefore[index]!);
    const tries = firstTries.map((count, index) => count - triesBefore[index]!);
    console.info(
      `chaos outage: ${outageRequestCount} requests, first tries past the breaker ${tries.join(' / ')}, upstream calls ${calls.join(' / ')}`,
    );
    providers.forEach((_, index) => {
      // Each first try deposits `ratio` tokens, each retry takes one: retries <= tokens + ratio × tries.
      const budget = Math.floor(tries[index]! * (1 + budgetRatio)) + budgetTokens;
      expect(calls[index], `provider ${index}`).toBeLessThanOrEqual(budget);
      expect(calls[index], `provider ${index}`).toBeLessThanOrEqual(
        outageRequestCount * (1 + budgetRatio) + budgetTokens,
      );
    });
  });

  it('leaves no socket, server, timer or unhandled rejection behind', async () => {
    await closeAll();
    const after = await settleTo(baseline);
    expect(after).toEqual(expect.objectContaining({ TCPServerWrap: baseline.TCPServerWrap }));
    expect(after.TCPSocketWrap).toBeLessThanOrEqual(baseline.TCPSocketWrap);
    expect(after.Timeout).toBeLessThanOrEqual(baseline.Timeout);
    expect(rejections.reasons).toEqual([]);
  });
});
