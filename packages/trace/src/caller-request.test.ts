import {
  chatCompletion,
  chatCompletionChunks,
  jsonResponse,
  scripted,
  sseStreamResponse,
} from '@switchyard/testing';
import { describe, expect, it } from 'vitest';
import { callbackSink } from './callback-sink.js';
import { trace } from './trace.js';
import { traceAttempt } from './trace-attempt.js';

describe('trace and the caller’s own request', () => {
  it('never changes the Request it was given: the span headers go on a copy', async () => {
    const request = new Request('https://api.example.test/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [] }),
    });
    const before = [...request.headers.keys()];
    const upstream = scripted([jsonResponse(chatCompletion({ content: 'hi' }))]);
    const pipeline = trace({ sink: callbackSink(() => {}), propagateTraceparent: true })(
      traceAttempt()(upstream),
    );
    expect((await pipeline(request)).status).toBe(200);
    expect([...request.headers.keys()]).toEqual(before);
    expect(upstream.requests[0]?.headers.get('traceparent')).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    // The caller's request is still unread, theirs to reuse.
    expect(await request.json()).toEqual({ model: 'gpt-4o-mini', messages: [] });
  });

  it('sends a stream request asking for usage with the span headers, leaving the caller’s as it was', async () => {
    const body = { model: 'gpt-4o-mini', messages: [], stream: true };
    const request = new Request('https://api.example.test/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const upstream = scripted([sseStreamResponse(chatCompletionChunks({ content: 'hi' }))]);
    const pipeline = trace({ sink: callbackSink(() => {}), propagateTraceparent: true })(upstream);
    await (await pipeline(request)).text();
    const sent = upstream.requests[0];
    expect(JSON.parse(sent?.body ?? '{}').stream_options).toEqual({ include_usage: true });
    expect(sent?.headers.get('x-switchyard-parent-span')).toMatch(/^[0-9a-f]{16}$/);
    expect(sent?.headers.get('traceparent')).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect([...request.headers.keys()]).toEqual(['content-type']);
    expect(await request.json()).toEqual(body);
  });
});
