import type { Handler, Middleware } from '@switchyard/core';
import { jsonResponse, scripted } from '@switchyard/testing';
import { describe, expect, it } from 'vitest';
import { lazyMiddleware } from './lazy.js';

const listModels = () => new Request('http://switchyard.invalid/v1/models');

describe('lazyMiddleware', () => {
  it('gives requests that arrive before the load one handler, made once per next', async () => {
    const made: Handler[] = [];
    let finishLoad!: (middleware: Middleware) => void;
    const lazy = lazyMiddleware(() => new Promise((resolve) => (finishLoad = resolve)));
    const upstream = scripted([], { otherwise: () => jsonResponse({ ok: 1 }) });
    const pipeline = lazy(upstream);
    const answers = Promise.all([pipeline(listModels()), pipeline(listModels())]);
    finishLoad((next) => {
      made.push(next);
      return (request) => next(request);
    });
    expect((await answers).map((response) => response.status)).toEqual([200, 200]);
    await pipeline(listModels());
    expect(made).toEqual([upstream]);
    expect(upstream.calls).toBe(3);
  });

  it('rejects every request with the error of a failed load', async () => {
    const failure = new TypeError('provider: apiKey must be a non-empty string');
    const pipeline = lazyMiddleware(() => Promise.reject(failure))(scripted([]));
    await expect(pipeline(listModels())).rejects.toBe(failure);
    await expect(pipeline(listModels())).rejects.toBe(failure);
  });
});
