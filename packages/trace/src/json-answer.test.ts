import type { ChatCompletion } from '@switchyard/core';
import { knownResponseBytes, rememberResponseBytes } from '@switchyard/core/internal';
import { chatCompletion, jsonResponse, scripted } from '@switchyard/testing';
import { describe, expect, it } from 'vitest';
import { callbackSink } from './callback-sink.js';
import { trace } from './trace.js';
import type { TraceRecord } from './trace-record.js';

const chatRequest = () =>
  new Request('https://api.example.test/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }),
  });
const usage = { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 };

function collect(): { records: TraceRecord[]; sink: ReturnType<typeof callbackSink> } {
  const records: TraceRecord[] = [];
  return { records, sink: callbackSink((record) => void records.push(record)) };
}

describe('trace and JSON answers', () => {
  it('records an answer whose bytes the transport holds without reading or copying it', async () => {
    const { records, sink } = collect();
    const bytes = new TextEncoder().encode(JSON.stringify(chatCompletion({ content: 'Hi there', usage })));
    const held = rememberResponseBytes(
      new Response(bytes, { headers: { 'content-type': 'application/json' } }),
      bytes,
    );
    const response = await trace({ sink })(scripted([held]))(chatRequest());
    expect(response).toBe(held);
    expect(records[0]).toMatchObject({ status: 200, modelServed: 'gpt-4o-mini', usage: { totalTokens: 7 } });
    // The caller reads the body as it came: nothing read it before.
    expect(((await response.json()) as ChatCompletion).choices[0]?.message.content).toBe('Hi there');
  });

  it('reads any other answer once and hands on a copy whose bytes an outer trace reuses', async () => {
    const inner = collect();
    const outer = collect();
    const upstream = scripted([jsonResponse(chatCompletion({ content: 'Hi there', usage }))]);
    const pipeline = trace({ sink: outer.sink })(trace({ sink: inner.sink })(upstream));
    const response = await pipeline(chatRequest());
    expect(knownResponseBytes(response)).toBeDefined();
    expect([inner.records[0]?.usage?.totalTokens, outer.records[0]?.usage?.totalTokens]).toEqual([7, 7]);
    expect(((await response.json()) as ChatCompletion).choices[0]?.message.content).toBe('Hi there');
  });
});
