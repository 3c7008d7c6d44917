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
});
