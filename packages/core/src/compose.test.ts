import { describe, expect, it } from 'vitest';
import { compose } from './compose.js';
import type { Handler, Middleware } from './handler.js';

const answer: Handler = async () => new Response('ok');

function tagging(name: string, log: string[]): Middleware {
  return (next) => async (request) => {
    log.push(`${name} in`);
    const response = await next(request);
    log.push(`${name} out`);
    return response;
  };
}

describe('compose', () => {
  it('runs the first middleware outermost', async () => {
    const log: string[] = [];
    const handler = compose(tagging('a', log), tagging('b', log), tagging('c', log))(answer);
    await handler(new Request('http://x.test/'));
    expect(log).toEqual(['a in', 'b in', 'c in', 'c out', 'b out', 'a out']);
  });

  it('skips null, undefined and false entries', async () => {
    const log: string[] = [];
    const enabled = false;
    const handler = compose(
      null,
      tagging('a', log),
      undefined,
      enabled && tagging('x', log),
      tagging('b', log),
    )(answer);
    await handler(new Request('http://x.test/'));
    expect(log).toEqual(['a in', 'b in', 'b out', 'a out']);
  });

  it('with no middleware returns the next handler itself', () => {
    expect(compose()(answer)).toBe(answer);
    expect(compose(null, false)(answer)).toBe(answer);
  });

  it('throws a TypeError naming the position of a non-function entry', () => {
    const bad = [tagging('a', []), 'retry'] as unknown as Middleware[];
    expect(() => compose(...bad)).toThrow(TypeError);
    expect(() => compose(...bad)).toThrow(/argument 1 must be a middleware function.*got string/);
    expect(() => compose(...([[]] as unknown as Middleware[]))).toThrow(/argument 0 .*got an array/);
  });

  it('nests: a composed middleware is itself a middleware', async () => {
    const log: string[] = [];
    const inner = compose(tagging('b', log), tagging('c', log));
    await compose(tagging('a', log), inner)(answer)(new Request('http://x.test/'));
    expect(log).toEqual(['a in', 'b in', 'c in', 'c out', 'b out', 'a out']);
  });
});
