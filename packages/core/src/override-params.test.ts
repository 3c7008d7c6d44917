import { describe, expect, it } from 'vitest';
import type { Handler } from './handler.js';
import { readJsonBody } from './json-body.js';
import { overrideParams } from './override-params.js';
import { requestOptions, withRequestOptions } from './request-options.js';

function recording(): { handler: Handler; seen: Request[] } {
  const seen: Request[] = [];
  return {
    seen,
    handler: async (request) => {
      seen.push(request);
      return new Response('ok');
    },
  };
}

const chat = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  new Request('http://x.test/v1/chat/completions', { method: 'POST', headers, body });

describe('overrideParams', () => {
  it('overrides top-level fields of a JSON body and keeps the rest', async () => {
    const { handler, seen } = recording();
    await overrideParams({ model: 'gpt-4o-mini', temperature: 0 })(handler)(
      chat('{"model":"gpt-4o","temperature":1,"messages":[{"role":"user","content":"hi"}]}'),
    );
    expect(await seen[0]!.json()).toEqual({
      model: 'gpt-4o-mini',
      temperature: 0,
      messages: [{ role: 'user', content: 'hi' }],
    });
  });

  it('keeps headers and per-request options', async () => {
    const { handler, seen } = recording();
    const request = withRequestOptions(
      new Request('http://x.test/v1/chat/completions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer k' },
        body: '{"model":"a"}',
      }),
      { traceId: 't' },
    );
    await overrideParams({ model: 'b' })(handler)(request);
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer k');
    expect(requestOptions(seen[0]!).traceId).toBe('t');
    expect(await readJsonBody(seen[0]!)).toEqual({ model: 'b' });
  });

  it('passes requests without a JSON object body through unchanged', async () => {
    const { handler, seen } = recording();
    const middleware = overrideParams({ model: 'b' })(handler);
    const get = new Request('http://x.test/v1/models');
    const text = chat('plain', { 'content-type': 'text/plain' });
    const array = chat('[1,2]');
    await middleware(get);
    await middleware(text);
    await middleware(array);
    expect(seen).toEqual([get, text, array]);
  });

  it('with no overrides is the identity', () => {
    const { handler } = recording();
    expect(overrideParams({})(handler)).toBe(handler);
  });

  it('rejects params that are not an object', () => {
    expect(() => overrideParams(null as unknown as Record<string, unknown>)).toThrow(
      /overrideParams: params must be an object/,
    );
    expect(() => overrideParams([] as unknown as Record<string, unknown>)).toThrow(TypeError);
  });
});
