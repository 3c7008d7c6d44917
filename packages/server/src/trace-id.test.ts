import { type MockProvider, startMockProvider } from '@switchyard/testing';
import { callbackSink, type TraceRecord, trace } from '@switchyard/trace';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningGateway, serve } from './serve.js';

const key = 'sk-gw-team-a-0123456789';

describe("the trace id a client sees, with the gateway's own usage recording", () => {
  let upstream: MockProvider;
  let gateway: RunningGateway;
  const records: TraceRecord[] = [];

  beforeAll(async () => {
    upstream = await startMockProvider({ reply: 'served' });
    gateway = await serve({
      port: 0,
      log: () => {},
      keys: [{ name: 'team-a', key }],
      config: { provider: 'openai', api_key: 'sk-upstream', custom_host: upstream.baseURL },
      use: [trace({ sink: callbackSink((record) => void records.push(record)) })],
    });
  });
  afterAll(async () => {
    await gateway?.close(0);
    await upstream?.close();
  });

  const ask = (headers: Record<string, string> = {}) =>
    fetch(`${gateway.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }),
    });

  it("is the one in the operator's trace records, whether the client sent one or not", async () => {
    const generated = await ask();
    await generated.text();
    await vi.waitFor(() => expect(records).toHaveLength(1));
    expect(generated.headers.get('x-portkey-trace-id')).toBe(records[0]?.traceId);
    expect(generated.headers.get('x-switchyard-trace-id')).toBe(records[0]?.traceId);

    const given = await ask({ 'x-portkey-trace-id': 'client-trace-1' });
    await given.text();
    await vi.waitFor(() => expect(records).toHaveLength(2));
    expect(records[1]?.traceId).toBe('client-trace-1');
    expect(given.headers.get('x-portkey-trace-id')).toBe('client-trace-1');
  });
});
