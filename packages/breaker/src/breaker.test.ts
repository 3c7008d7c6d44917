import { compose, TransportError } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import { jsonResponse, openaiErrorResponse, scripted } from '@switchyard/testing';
import { describe, expect, it } from 'vitest';
import { breaker } from './breaker.js';
import type { CircuitStateChange } from './breaker-options.js';
import { isCircuitOpen } from './index.js';

const url = 'http://upstream.test/v1/chat/completions';
const post = (init: RequestInit = {}) => new Request(url, { method: 'POST', body: '{}', ...init });

function clock() {
  let time = 0;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('breaker', () => {
  it('opens after failureThreshold failures within the window and answers 503 at once', async () => {
    const time = clock();
    const changes: CircuitStateChange[] = [];
    const upstream = scripted([], { otherwise: () => openaiErrorResponse(500) });
    const guard = breaker({
      failureThreshold: 3,
      windowMs: 1000,
      now: time.now,
      onStateChange: (c) => changes.push(c),
    });
    const handler = guard(upstream);
    for (let i = 0; i < 3; i++) expect((await handler(post())).status).toBe(500);
    expect(guard.state).toBe('open');
    const refused = await handler(post());
    expect(refused.status).toBe(503);
    expect(refused.headers.get(responseHeaders.circuit)).toBe('open');
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('circuit_open');
    expect(upstream.calls).toBe(3);
    expect(changes).toEqual([{ from: 'closed', to: 'open', at: 0 }]);
  });

  it('does not open when the failures are spread wider than the window', async () => {
    const time = clock();
    const upstream = scripted([], { otherwise: () => openaiErrorResponse(503) });
    const guard = breaker({ failureThreshold: 3, windowMs: 1000, now: time.now });
    for (let i = 0; i < 6; i++) {
      await guard(upstream)(post());
      time.advance(600);
    }
    expect(guard.state).toBe('closed');
  });

  it('counts thrown errors, but not the caller’s own abort', async () => {
    const time = clock();
    const controller = new AbortController();
    controller.abort(new Error('caller gave up'));
    const upstream = scripted([], { otherwise: () => new TransportError(url, new Error('reset')) });
    const guard = breaker({ failureThreshold: 2, now: time.now });
    await expect(guard(upstream)(post({ signal: controller.signal }))).rejects.toThrow();
    expect(guard.state).toBe('closed');
    await expect(guard(upstream)(post())).rejects.toThrow('reset');
    expect(guard.state).toBe('closed');
    await expect(guard(upstream)(post())).rejects.toThrow('reset');
    expect(guard.state).toBe('open');
  });

  it('ignores statuses outside onStatusCodes', async () => {
    const upstream = scripted([], { otherwise: () => openaiErrorResponse(400) });
    const guard = breaker({ failureThreshold: 1 });
    await guard(upstream)(post());
    expect(guard.state).toBe('closed');
  });

  it('lets a probe through after the cooldown: success closes, failure reopens', async () => {
    const time = clock();
    const changes: string[] = [];
    const upstream = scripted([openaiErrorResponse(500), openaiErrorResponse(500), jsonResponse({})]);
    const guard = breaker({
      failureThreshold: 1,
      cooldownMs: 100,
      now: time.now,
      onStateChange: (c) => changes.push(`${c.from}->${c.to}`),
    });
    const handler = guard(upstream);
    await handler(post());
    time.advance(99);
    expect((await handler(post())).headers.get(responseHeaders.circuit)).toBe('open');
    time.advance(1);
    expect((await handler(post())).status).toBe(500);
    expect(guard.state).toBe('open');
    time.advance(100);
    expect((await handler(post())).status).toBe(200);
    expect(guard.state).toBe('closed');
    expect(changes).toEqual([
      'closed->open',
      'open->half-open',
      'half-open->open',
      'open->half-open',
      'half-open->closed',
    ]);
  });

  it('ignores the outcome of a request admitted before the circuit last changed state', async () => {
    const time = clock();
    let finishSlow: (response: Response) => void = () => undefined;
    const quick: Response[] = [
      openaiErrorResponse(500),
      openaiErrorResponse(500),
      jsonResponse({}),
      openaiErrorResponse(500),
      openaiErrorResponse(500),
    ];
    const upstream = async (request: Request) =>
      request.headers.has('x-slow')
        ? new Promise<Response>((resolve) => {
            finishSlow = resolve;
          })
        : quick.shift()!;
    const guard = breaker({ failureThreshold: 2, windowMs: 10_000, cooldownMs: 100, now: time.now });
    const handler = guard(upstream);
    const slow = handler(post({ headers: { 'x-slow': '1' } }));
    await handler(post());
    await handler(post());
    expect(guard.state).toBe('open');
    time.advance(100);
    expect((await handler(post())).status).toBe(200);
    expect(guard.state).toBe('closed');
    // Admitted while the circuit was closed the first time: its failure says nothing about now.
    finishSlow(openaiErrorResponse(500));
    expect((await slow).status).toBe(500);
    await handler(post());
    expect(guard.state).toBe('closed');
    await handler(post());
    expect(guard.state).toBe('open');
  });

  it('lets only halfOpenProbes requests through while half-open', async () => {
    const time = clock();
    let release: (response: Response) => void = () => {};
    const probeAnswer = new Promise<Response>((resolve) => {
      release = resolve;
    });
    const upstream = scripted([openaiErrorResponse(500), () => probeAnswer, jsonResponse({})]);
    const guard = breaker({ failureThreshold: 1, cooldownMs: 10, now: time.now });
    const handler = guard(upstream);
    await handler(post());
    time.advance(10);
    const probe = handler(post());
    expect((await handler(post())).headers.get(responseHeaders.circuit)).toBe('open');
    expect(isCircuitOpen(handler)).toBe(true);
    release(jsonResponse({}));
    expect((await probe).status).toBe(200);
    expect(isCircuitOpen(handler)).toBe(false);
    expect(upstream.calls).toBe(2);
  });

  it('tells routers through isCircuitOpen, also when shared by several pipelines', async () => {
    const time = clock();
    const guard = breaker({ failureThreshold: 1, cooldownMs: 50, now: time.now });
    const a = compose(guard)(scripted([openaiErrorResponse(502)]));
    const b = guard(scripted([]));
    expect(isCircuitOpen(a)).toBe(false);
    await a(post());
    expect(isCircuitOpen(a)).toBe(true);
    expect(isCircuitOpen(b)).toBe(true);
    time.advance(50);
    expect(isCircuitOpen(b)).toBe(false);
    expect(isCircuitOpen(scripted([]))).toBe(false);
  });

  it('rejects invalid options with a precise TypeError', () => {
    expect(() => breaker({ failureThreshold: 0 })).toThrow(
      'breaker: failureThreshold must be an integer >= 1; got 0',
    );
    expect(() => breaker({ cooldownMs: -1 })).toThrow('breaker: cooldownMs must be an integer >= 0; got -1');
    expect(() => breaker({ onStatusCodes: [42] })).toThrow(
      'breaker: onStatusCodes[0] must be an HTTP status code; got 42',
    );
  });
});
