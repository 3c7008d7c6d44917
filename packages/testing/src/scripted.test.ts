import { compose, fetchTransport, readJsonBody, timeout, toFetch } from '@switchyard/core';
import { describe, expect, it } from 'vitest';
import { chatCompletion, jsonResponse, openaiErrorResponse } from './builders.js';
import { scripted } from './scripted.js';

describe('scripted', () => {
  it('answers in order and records requests', async () => {
    const upstream = scripted([openaiErrorResponse(503), jsonResponse(chatCompletion({ content: 'hi' }))]);
    const call = toFetch(upstream);
    const first = await call('http://x/v1/chat/completions', { method: 'POST', body: '{"a":1}' });
    const second = await call('http://x/v1/chat/completions', { method: 'POST', body: '{"a":2}' });
    expect(first.status).toBe(503);
    expect(
      ((await second.json()) as { choices: [{ message: { content: string } }] }).choices[0].message.content,
    ).toBe('hi');
    expect(upstream.calls).toBe(2);
    expect(upstream.requests.map((r) => r.body)).toEqual(['{"a":1}', '{"a":2}']);
    await expect(call('http://x/')).rejects.toThrow(/no step left for request 2/);
  });

  it('hangs until the request is aborted', async () => {
    const upstream = scripted([scripted.hang()]);
    const pipeline = compose(timeout(20))(upstream);
    const response = await pipeline(new Request('http://x/'));
    expect(response.status).toBe(408);
  });

  it('passes errors and functions of the request', async () => {
    const upstream = scripted([
      new Error('boom'),
      async (request) => jsonResponse(await readJsonBody(request)),
    ]);
    await expect(upstream(new Request('http://x/'))).rejects.toThrow('boom');
    const echoed = await upstream(new Request('http://x/', { method: 'POST', body: '{"k":"v"}' }));
    expect(await echoed.json()).toEqual({ k: 'v' });
  });

  it('is accepted by fetchTransport as an injected fetch', async () => {
    const upstream = scripted([jsonResponse({ ok: true })]);
    const viaTransport = fetchTransport({ fetch: toFetch(upstream) });
    const response = await viaTransport(
      new Request('http://x/y', { headers: { 'x-switchyard-trace-id': 't1' } }),
    );
    expect(await response.json()).toEqual({ ok: true });
    expect(upstream.requests[0]?.headers.has('x-switchyard-trace-id')).toBe(false);
  });

  it('refuses a step that is not an answer at once, naming it, instead of never settling', async () => {
    expect(() => scripted([jsonResponse({}), { foo: 1 } as never])).toThrow(
      new TypeError(
        'scripted: step 1 must be a Response, an Error, a function of the request, scripted.delay(...) or ' +
          'scripted.hang(); got a plain object (to answer with a JSON body, wrap it: Response.json(value))',
      ),
    );
    expect(() => scripted([chatCompletion() as never])).toThrow(/scripted: step 0 must be a Response/);
    expect(() => scripted([scripted.delay(-1, jsonResponse({}))])).toThrow(
      new TypeError('scripted: step 0: scripted.delay needs ms >= 0; got -1'),
    );
    const returnsObject = scripted([() => ({ foo: 1 }) as never]);
    await expect(returnsObject(new Request('http://x.test/v1/models'))).rejects.toThrow(
      new TypeError(
        'scripted: the function of step 0 must return a Response or an Error; got a plain object',
      ),
    );
  });

  it('reads requests as users do: one whose body was already read fails here too', async () => {
    const upstream = scripted([jsonResponse({})]);
    const request = new Request('http://x.test/v1/chat/completions', { method: 'POST', body: '{}' });
    await request.text();
    await expect(upstream(request)).rejects.toThrow(TypeError);
  });
});
