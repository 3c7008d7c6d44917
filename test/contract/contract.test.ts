import { compose } from '@switchyard/core';
import { setFastPath } from '@switchyard/core/internal';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ContractCase, chatBody, contractCases } from './cases.js';
import { sharedUndiciTransport } from './downstreams.js';
import type { CallerResult } from './entries.js';
import { answerContent, answerHeader, parsedBody } from './script.js';
import { startUpstream, type Upstream } from './upstream.js';

// The fetch contract (DESIGN.md): whatever Switchyard hands to code it did not write is a standard
// Request with its body unread and a signal that follows the caller, on every retry and branch.

let upstream: Upstream;

beforeAll(async () => {
  upstream = await startUpstream();
});

afterAll(async () => {
  await sharedUndiciTransport.close();
  await upstream.close();
});

afterEach(() => {
  setFastPath(true);
});

/** How the caller's call ended. */
type Outcome = { result: CallerResult } | { error: unknown };

describe('the fetch contract', () => {
  it.each(contractCases().map((contract) => [contract.title, contract] as const))(
    '%s',
    async (_title, { middleware, entry, downstream: kind, scenario }: ContractCase) => {
      setFastPath(kind.fastPath ?? true);
      const downstream = kind.create(upstream, scenario.answers);
      const pipeline = compose(middleware.build())(downstream.handler);

      const results: CallerResult[] = [];
      if (scenario.abortAfterCalls !== undefined) {
        const controller = new AbortController();
        const reason = new Error('the caller gave up');
        const settled: Promise<Outcome> = entry
          .call(pipeline, downstream.baseURL, chatBody, controller.signal)
          .then(
            (result) => ({ result }),
            (error: unknown) => ({ error }),
          );
        // A call that ends before the downstream waits on it fails the case at once, with its error.
        const early = await Promise.race([downstream.script.arrived(scenario.abortAfterCalls), settled]);
        if (early && 'error' in early) throw early.error;
        expect(early, 'the caller was answered before it aborted').toBeUndefined();
        controller.abort(reason);
        const outcome = await settled;
        expect(outcome, 'the caller was answered after it aborted').not.toHaveProperty('result');
        const { error } = outcome as { error: unknown };
        expect(entry.isCallerAbort(error, reason), `the caller's abort rejected with ${String(error)}`).toBe(
          true,
        );
        const waiting = downstream.script.calls[scenario.abortAfterCalls - 1]!;
        expect(await waiting.ended, 'the downstream saw the abort').toBe('aborted');
      } else {
        for (let call = 0; call < scenario.callerCalls; call++) {
          results.push(await entry.call(pipeline, downstream.baseURL, chatBody));
        }
      }

      for (const result of results) {
        expect(result.status).toBe(200);
        expect(result.content).toBe(answerContent);
      }
      const last = results.at(-1);
      if (last) {
        // Only a cache hit may lack the upstream's own headers (the cache keeps some).
        if (scenario.name !== 'cache miss then hit') {
          expect(last.headers.get(answerHeader.name)).toBe(answerHeader.value);
        }
        for (const [name, value] of Object.entries(middleware.headers?.[scenario.name] ?? {})) {
          expect(last.headers.get(name), name).toBe(value);
        }
      }

      const expectedBody = middleware.forwarded?.(chatBody) ?? chatBody;
      const { calls } = downstream.script;
      expect(calls).toHaveLength(scenario.downstreamCalls);
      for (const call of calls) {
        expect(call.method).toBe('POST');
        expect(call.url).toBe(`${downstream.baseURL}/chat/completions`);
        expect(call.bodies).toEqual(call.bodies.map(() => expectedBody));
        if (kind.seesRequest) expect(call.signalIsAbortSignal).toBe(true);
      }
      if (kind.hasMiddleware) {
        expect(downstream.middlewareReads.map(parsedBody)).toEqual(calls.map(() => expectedBody));
      }
    },
  );
});
