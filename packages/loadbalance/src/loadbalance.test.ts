import { breaker, isCircuitOpen } from '@switchyard/breaker';
import { compose, type Handler, type Middleware } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import { fallback } from '@switchyard/fallback';
import { jsonResponse, openaiErrorResponse, scripted } from '@switchyard/testing';
import { describe, expect, it } from 'vitest';
import { loadbalance } from './loadbalance.js';

const url = 'http://upstream.test/v1/chat/completions';
const post = () => new Request(url, { method: 'POST', body: '{}' });
const to =
  (upstream: Handler): Middleware =>
  () =>
    upstream;
const ok = () => scripted([], { otherwise: () => jsonResponse({}) });
const servedBy = (response: Response) => response.headers.get(responseHeaders.lastUsedOptionIndex);

/** Randomness that returns the given values in turn. */
function sequence(...values: number[]): () => number {
  let index = 0;
  return () => values[index++ % values.length]!;
}

describe('loadbalance', () => {
  it('chooses by weight; weights need not sum to 1', async () => {
    const a = ok();
    const b = ok();
    const router = loadbalance(
      [
        { weight: 3, use: to(a) },
        { weight: 1, use: to(b) },
      ],
      { random: sequence(0, 0.74, 0.75, 0.99) },
    )(scripted([]));
    const served = [];
    for (let i = 0; i < 4; i++) served.push(servedBy(await router(post())));
    expect(served).toEqual([
      'config.targets[0]',
      'config.targets[0]',
      'config.targets[1]',
      'config.targets[1]',
    ]);
    expect([a.calls, b.calls]).toEqual([2, 2]);
  });

  it('never chooses a target of weight 0', async () => {
    const zero = ok();
    const router = loadbalance(
      [
        { weight: 0, use: to(zero) },
        { weight: 1, use: to(ok()) },
      ],
      { random: sequence(0, 0.5, 0.999) },
    )(scripted([]));
    for (let i = 0; i < 3; i++) expect(servedBy(await router(post()))).toBe('config.targets[1]');
    expect(zero.calls).toBe(0);
  });

  it('spreads requests roughly by weight with real randomness', async () => {
    const a = ok();
    const b = ok();
    const router = loadbalance([
      { weight: 0.7, use: to(a) },
      { weight: 0.3, use: to(b) },
    ])(scripted([]));
    for (let i = 0; i < 2000; i++) await router(post());
    expect(a.calls / 2000).toBeGreaterThan(0.6);
    expect(a.calls / 2000).toBeLessThan(0.8);
  });

  it('skips a target whose breaker is open', async () => {
    const failing = scripted([], { otherwise: () => openaiErrorResponse(500) });
    const healthy = ok();
    const router = loadbalance(
      [
        { weight: 1, use: compose(breaker({ failureThreshold: 1, cooldownMs: 60_000 }), to(failing)) },
        { weight: 1, use: compose(breaker(), to(healthy)) },
      ],
      { random: () => 0 },
    )(scripted([]));
    expect((await router(post())).status).toBe(500);
    for (let i = 0; i < 5; i++) expect(servedBy(await router(post()))).toBe('config.targets[1]');
    expect(failing.calls).toBe(1);
  });

  it('reports its own circuit as open only when every target’s is', async () => {
    const router = loadbalance(
      [
        {
          weight: 1,
          use: compose(
            breaker({ failureThreshold: 1, cooldownMs: 60_000 }),
            to(scripted([openaiErrorResponse(500)])),
          ),
        },
        {
          weight: 1,
          use: compose(
            breaker({ failureThreshold: 1, cooldownMs: 60_000 }),
            to(scripted([openaiErrorResponse(500)])),
          ),
        },
      ],
      { random: sequence(0, 0.99) },
    )(scripted([]));
    await router(post());
    expect(isCircuitOpen(router)).toBe(false);
    await router(post());
    expect(isCircuitOpen(router)).toBe(true);
  });

  it('composes the served path inside a fallback', async () => {
    const router = fallback([
      to(scripted([openaiErrorResponse(500)])),
      loadbalance(
        [
          { weight: 1, use: to(ok()) },
          { weight: 1, use: to(ok()) },
        ],
        { random: () => 0.9 },
      ),
    ])(scripted([]));
    expect(servedBy(await router(post()))).toBe('config.targets[1].targets[1]');
  });

  it('in latency mode prefers the target with the best recent latency and failure rate', async () => {
    let time = 0;
    const slow: Handler = async () => {
      time += 100;
      return jsonResponse({});
    };
    const fast: Handler = async () => {
      time += 10;
      return jsonResponse({});
    };
    const fastButFailing: Handler = async () => {
      time += 5;
      return openaiErrorResponse(503);
    };
    const router = loadbalance(
      [
        { weight: 1, use: to(slow) },
        { weight: 1, use: to(fast) },
        { weight: 1, use: to(fastButFailing) },
      ],
      { strategy: 'latency', explorationRate: 0.1, random: sequence(0, 0.5, 0.9, 0.5), now: () => time },
    )(scripted([]));
    const served = [];
    for (let i = 0; i < 8; i++) served.push(servedBy(await router(post())));
    // The first three measure each target once; then the fast, healthy one wins (0.9 > 0.1: no exploration).
    expect(new Set(served.slice(0, 3)).size).toBe(3);
    expect(served.slice(3)).toEqual(Array(5).fill('config.targets[1]'));
  });

  it('skips a target whose breaker sits beneath a nested fallback', async () => {
    const failing = scripted([], { otherwise: () => openaiErrorResponse(500) });
    const tripped = breaker({ failureThreshold: 1, cooldownMs: 60_000 });
    const router = loadbalance(
      [
        { weight: 1, use: fallback([compose(tripped, to(failing))]) },
        { weight: 1, use: to(ok()) },
      ],
      { random: () => 0 },
    )(scripted([]));
    expect(servedBy(await router(post()))).toBe('config.targets[0].targets[0]');
    expect(servedBy(await router(post()))).toBe('config.targets[1]');
    expect(failing.calls).toBe(1);
  });

  it('rejects invalid targets with a precise TypeError', () => {
    const use: Middleware = (next) => next;
    expect(() => loadbalance([])).toThrow(
      'loadbalance: targets must be a non-empty array of { weight, use }',
    );
    expect(() => loadbalance([{ weight: -1, use }])).toThrow(
      'loadbalance: targets[0].weight must be a finite number >= 0; got -1',
    );
    expect(() =>
      loadbalance([
        { weight: 1, use },
        { weight: Number.NaN, use },
      ]),
    ).toThrow('loadbalance: targets[1].weight must be a finite number >= 0; got NaN');
    expect(() => loadbalance([{ weight: 0, use }])).toThrow(
      'loadbalance: at least one target must have a weight > 0',
    );
    expect(() => loadbalance([{ weight: 1, use: 'x' as unknown as Middleware }])).toThrow(
      'loadbalance: targets[0].use must be a middleware function; got string',
    );
    expect(() => loadbalance([{ weight: 1, use }], { strategy: 'random' as 'weighted' })).toThrow(
      `loadbalance: strategy must be 'weighted' or 'latency'; got "random"`,
    );
  });
});
